import { crc32 as nodeCrc32 } from 'node:zlib';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { defaultSpec } from '../../../src/core/index.ts';
import {
  addPngText,
  crc32,
  readPngText,
  svgMetadata,
  toCsv,
} from '../../../src/views/common/export.ts';
import { setCsvStyle } from '../../../src/views/common/csvStyle.ts';

const meta = { title: 'Rating, 2014', spec: defaultSpec(), created: '2024-05-01T00:00:00.000Z' };

describe('toCsv()', () => {
  it('toCsv() writes the table first, the metadata in a trailing block, quoted and neutralised', () => {
    const text = toCsv(
      ['rank', 'region'],
      [
        [1, '=evil()'],
        [2, 'a, "b"'],
      ],
      meta,
    );
    const lines = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('rank,region');
    expect(lines).toContain("1,'=evil()");
    expect(lines).toContain('2,"a, ""b"""');
    expect(lines[3]).toBe('');
    expect(lines[4]).toBe('# title,"Rating, 2014"');
    const specLine = lines.find((l) => l.startsWith('# spec,'))!;
    const cell = specLine.slice('# spec,'.length);
    expect(JSON.parse(cell.slice(1, -1).replace(/""/g, '"'))).toEqual(defaultSpec());
  });

  it('under ru: ; and the decimal comma, unless the user picks , and .', () => {
    const ru = { ...meta, extra: { language: 'ru' } };
    const text = toCsv(['region', 'index'], [['Акмолинская', 51.5]], ru);
    expect(text.startsWith('\ufeffregion;index\r\nАкмолинская;51,5\r\n')).toBe(true);
    setCsvStyle('plain');
    expect(toCsv(['index'], [[51.5]], ru).startsWith('\ufeffindex\r\n51.5\r\n')).toBe(true);
    setCsvStyle('locale');
  });

  it("a crafted spec (the link's content) makes no live formula in the metadata", () => {
    const spec = defaultSpec();
    (spec.rating.groups[0] as { id: string }).id = "x,=cmd|' /C calc'!A0";
    for (const language of ['ru', 'en']) {
      const d = language === 'ru' ? ';' : ',';
      const text = toCsv(['a'], [[1]], { ...meta, spec, extra: { language } });
      const fields = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
        delimiter: d,
      }).data.flat();
      expect(fields).toContain('# spec');
      expect(fields.filter((f) => /^[=+\-@\t\r]/.test(f))).toEqual([]);
    }
  });
});

describe('SVG and PNG metadata', () => {
  it('svgMetadata() embeds the spec, XML-escaped', () => {
    const m = svgMetadata({ ...meta, title: 'a < b & c' });
    expect(m).toContain('a &lt; b &amp; c');
    expect(m).toContain('&quot;ratio-to-max&quot;');
  });
  it('crc32() agrees with zlib', () => {
    const bytes = new TextEncoder().encode('IEND and some text');
    expect(crc32(bytes)).toBe(nodeCrc32(bytes));
  });
  it('addPngText() inserts a tEXt chunk after IHDR that readPngText() reads back', () => {
    // A 1x1 PNG: signature, IHDR, IDAT, IEND (from a reference encoder).
    const png = Uint8Array.from(
      Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
        'base64',
      ),
    );
    const out = addPngText(png, 'kz-atlas:spec', '{"a":1}');
    expect(String.fromCharCode(...out.subarray(37, 41))).toBe('tEXt');
    expect(readPngText(out)).toEqual({ 'kz-atlas:spec': '{"a":1}' });
    // The chunk's CRC covers type and data (PNG 1.2, 3.4).
    const len = new DataView(out.buffer).getUint32(33);
    const crc = new DataView(out.buffer).getUint32(41 + len);
    expect(crc).toBe(nodeCrc32(out.subarray(37, 41 + len)));
    expect(() => addPngText(new Uint8Array(40), 'k', 'v')).toThrow('Not a PNG file.');
  });
});
