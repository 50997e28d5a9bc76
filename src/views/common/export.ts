/**
 * Exports: tables as CSV, maps and charts as SVG and PNG. Every file records the spec it
 * came from, so a figure in a report can be reproduced:
 * - CSV: the shared writer (data/csv/writeCsv.ts): `;` and the decimal comma under ru and kk
 *   unless the user picks `,` and `.`; metadata (`# key`, value; spec as one JSON cell) in a
 *   trailing block after an empty row, every cell through the one formula-injection rule.
 * - SVG: a <metadata> element holding the spec JSON.
 * - PNG: a tEXt chunk with keyword `kz-atlas:spec` holding the spec JSON (ASCII, non-ASCII
 *   escaped as \uXXXX), readable with `exiftool` or any PNG chunk reader.
 */
import type { AnalysisSpec } from '../../core/index.ts';
import { csvFormatFor, writeCsv, type CsvCell, type CsvFormat } from '../../data/csv/writeCsv.ts';
import { getCsvStyle } from './csvStyle.ts';
import { sourceLines, specSource, type ExportSource } from './exportSource.ts';

export type { CsvCell } from '../../data/csv/writeCsv.ts';

export interface ExportMeta {
  title: string;
  spec: AnalysisSpec;
  /** Extra `# key: value` lines (year, variables, language, ...). */
  extra?: Record<string, string>;
  /**
   * The data the export shows; the spec's table (file + SHA-256, or the bundled table's
   * citation) when absent. Views showing another table (industries, an imported matrix) say so.
   */
  source?: ExportSource;
  /** ISO timestamp; passed in so exports are reproducible in tests. */
  created?: string;
  /**
   * CSV separators and decimal mark; when absent, those of `extra.language` in the style the
   * user picked (csvStyle.ts), `,` and `.` without a language.
   */
  csv?: CsvFormat;
}

/** ASCII-only JSON: non-ASCII characters as \uXXXX (PNG tEXt is Latin-1; safe everywhere). */
export function asciiJson(x: unknown): string {
  return JSON.stringify(x).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function metaLines(meta: ExportMeta): [string, string][] {
  return [
    ['title', meta.title],
    ['generator', 'KZ Cluster Atlas'],
    ...(meta.created ? [['created', meta.created] as [string, string]] : []),
    ...sourceLines(meta.source ?? specSource(meta.spec), meta.spec),
    ...Object.entries(meta.extra ?? {}),
    ['spec', JSON.stringify(meta.spec)],
  ];
}

/** CSV text of a table with the export's metadata in a trailing block (data/csv/writeCsv.ts). */
export function toCsv(header: string[], rows: CsvCell[][], meta: ExportMeta): string {
  const format = meta.csv ?? csvFormatFor(meta.extra?.language ?? 'en', getCsvStyle());
  return writeCsv(header, rows, format, metaLines(meta));
}

export function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) =>
    c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : c === '"' ? '&quot;' : '&apos;',
  );
}

/** The <metadata> element for an SVG export. */
export function svgMetadata(meta: ExportMeta): string {
  const body = metaLines(meta)
    .map(([k, v]) => `<atlas:${k}>${escapeXml(v)}</atlas:${k}>`)
    .join('');
  return `<metadata><atlas:export xmlns:atlas="https://kz-cluster-atlas.example/export">${body}</atlas:export></metadata>`;
}

// CRC-32 (ISO 3309, as PNG requires) over a byte range.
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 of `bytes` as PNG chunks use it (PNG spec 1.2, section 3.4). */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * A PNG with one tEXt chunk (keyword, Latin-1 text) inserted right after IHDR (PNG spec 1.2,
 * section 4.2.3.1). The input must start with the PNG signature and IHDR.
 */
export function addPngText(png: Uint8Array, keyword: string, text: string): Uint8Array {
  const sig = [137, 80, 78, 71, 13, 10, 26, 10];
  if (png.length < 33 || sig.some((b, i) => png[i] !== b)) throw new Error('Not a PNG file.');
  const ihdrEnd = 8 + 12 + 13;
  const data = new Uint8Array(keyword.length + 1 + text.length);
  for (let i = 0; i < keyword.length; i++) data[i] = keyword.charCodeAt(i) & 0xff;
  data[keyword.length] = 0;
  for (let i = 0; i < text.length; i++) data[keyword.length + 1 + i] = text.charCodeAt(i) & 0xff;
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set([116, 69, 88, 116], 4); // 'tEXt'
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
  const out = new Uint8Array(png.length + chunk.length);
  out.set(png.subarray(0, ihdrEnd), 0);
  out.set(chunk, ihdrEnd);
  out.set(png.subarray(ihdrEnd), ihdrEnd + chunk.length);
  return out;
}

/** The text of every tEXt chunk of a PNG, by keyword (to read back what addPngText wrote). */
export function readPngText(png: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let p = 8;
  while (p + 12 <= png.length) {
    const len = view.getUint32(p);
    const type = String.fromCharCode(...png.subarray(p + 4, p + 8));
    if (type === 'tEXt') {
      const d = png.subarray(p + 8, p + 8 + len);
      const z = d.indexOf(0);
      out[String.fromCharCode(...d.subarray(0, z))] = String.fromCharCode(...d.subarray(z + 1));
    }
    p += 12 + len;
  }
  return out;
}

export const PNG_SPEC_KEYWORD = 'kz-atlas:spec';

/** Rasterise an SVG string in the browser and tag the PNG with the spec. */
export async function svgToPng(
  svg: string,
  width: number,
  height: number,
  meta: ExportMeta,
  scale = 2,
): Promise<Blob> {
  const img = new Image();
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('The image could not be drawn.'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('Drawing is not available in this browser.');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/png'));
    if (!blob) throw new Error('The image could not be encoded.');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const tagged = addPngText(bytes, PNG_SPEC_KEYWORD, asciiJson(meta.spec));
    return new Blob([tagged.slice().buffer], { type: 'image/png' });
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Save a blob under a file name (browser only). */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * A file-name-safe stem: 'rating-2014', 'rating-регионы-2024' (letters of any script kept, so
 * an export names the user's file; everything else becomes '-').
 */
export function fileStem(...parts: (string | number)[]): string {
  return parts
    .map((p) =>
      String(p)
        .toLowerCase()
        .replace(/[^\p{L}\p{N}._-]+/gu, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter(Boolean)
    .join('-');
}
