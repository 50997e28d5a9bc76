/**
 * Builds minimal .xlsx packages (SpreadsheetML parts zipped with fflate) for the reader tests,
 * including hostile ones: a cell at XFD1048576, parts that unpack to hundreds of megabytes.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

const CT = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

/** A worksheet part with the given rows of cells ([ref, value]), numbers or inline strings. */
export function sheetXml(cells: [string, string | number][], filler = ''): string {
  const rows = new Map<number, string[]>();
  for (const [ref, v] of cells) {
    const r = Number(/\d+/.exec(ref)![0]);
    const c =
      typeof v === 'number'
        ? `<c r="${ref}"><v>${v}</v></c>`
        : `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
    rows.set(r, [...(rows.get(r) ?? []), c]);
  }
  const body = [...rows.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([r, cs]) => `<row r="${r}">${cs.join('')}</row>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${filler}<sheetData>${body}</sheetData></worksheet>`;
}

/** A workbook with the named sheets (parts as text or bytes), deflated at level 9. */
export function xlsxPackage(sheets: [string, string | Uint8Array][]): Uint8Array {
  const files: Zippable = {
    '[Content_Types].xml': strToU8(CT),
    '_rels/.rels': strToU8(ROOT_RELS),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets
        .map(([name], i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join('')}</Relationships>`,
    ),
  };
  sheets.forEach(([, xml], i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = typeof xml === 'string' ? strToU8(xml) : xml;
  });
  return zipSync(files, { level: 9 });
}

/** A small valid table: header and three regions. */
export const GOOD_CELLS: [string, string | number][] = [
  ['A1', 'Region'],
  ['B1', 'GRP'],
  ['A2', 'Akmola Region'],
  ['B2', 1.5],
  ['A3', 'Aktobe Region'],
  ['B3', 2.5],
  ['A4', 'Almaty'],
  ['B4', 3.5],
];

/** One cell at Excel's last cell, XFD1048576. */
export const LAST_CELL: [string, string | number][] = [['XFD1048576', 1]];

/**
 * A workbook of about 300 KB whose one sheet unpacks to `mb` megabytes (spaces in an XML
 * comment before a small valid table), built without compressing `mb` megabytes: one
 * megabyte of spaces deflated and ended with a full flush (a byte-aligned point with no
 * back-references across it) is repeated `mb` times, then the head, the table and a final block.
 */
export function bombPackage(mb: number): Uint8Array {
  const [head, tail] = sheetXml(GOOD_CELLS, '<!--|-->').split('|');
  const h = Buffer.from(head);
  const t = Buffer.from(tail);
  const mib = Buffer.alloc(1024 * 1024, 0x20);
  const flushed = (b: Buffer) =>
    deflateRawSync(b, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const padBlock = flushed(mib);
  const data = Buffer.concat([
    flushed(h),
    ...Array.from({ length: mb }, () => padBlock),
    deflateRawSync(t, { level: 9 }),
  ]);
  let crc = crc32(h);
  for (let i = 0; i < mb; i++) crc = crc32(mib, crc);
  crc = crc32(t, crc);
  const sheet = { data, crc, size: h.length + mb * mib.length + t.length };
  // The other parts from the ordinary writer, then the sheet entry written by hand.
  const others = unzipSync(xlsxPackage([['Data', '']]));
  delete others['xl/worksheets/sheet1.xml'];
  const entries = Object.entries(others).map(([name, raw]) => {
    const b = Buffer.from(raw);
    return { name, data: deflateRawSync(b), crc: crc32(b), size: b.length };
  });
  entries.push({ name: 'xl/worksheets/sheet1.xml', ...sheet });
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const cen = Buffer.alloc(46);
    cen.writeUInt32LE(0x02014b50, 0);
    cen.writeUInt16LE(20, 4);
    cen.writeUInt16LE(20, 6);
    cen.writeUInt16LE(8, 10);
    cen.writeUInt32LE(e.crc, 16);
    cen.writeUInt32LE(e.data.length, 20);
    cen.writeUInt32LE(e.size, 24);
    cen.writeUInt16LE(name.length, 28);
    cen.writeUInt32LE(offset, 42);
    central.push(cen, name);
    parts.push(local, name, e.data);
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, cd, end]));
}
