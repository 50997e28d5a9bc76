import { crc32 as nodeCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { defaultSpec } from '../../../src/core/spec.ts';
import {
  addPngText,
  crc32,
  neutraliseCell,
  readPngText,
  svgMetadata,
  toCsv,
} from '../../../src/views/common/export.ts';

const meta = { title: 'Rating, 2014', spec: defaultSpec(), created: '2024-05-01T00:00:00.000Z' };

describe('neutraliseCell()', () => {
  it('neutraliseCell() prefixes formula-like text with an apostrophe', () => {
    expect(neutraliseCell('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(neutraliseCell('+cmd')).toBe("'+cmd");
    expect(neutraliseCell('-2+3')).toBe("'-2+3");
    expect(neutraliseCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseCell('\tTAB')).toBe("'\tTAB");
  });
  it('neutraliseCell() leaves numbers, signed numeric text and ordinary text alone', () => {
    expect(neutraliseCell(-3.5)).toBe('-3.5');
    expect(neutraliseCell('-3,5')).toBe('-3,5');
    expect(neutraliseCell('+12')).toBe('+12');
    expect(neutraliseCell('Акмолинская')).toBe('Акмолинская');
    expect(neutraliseCell(null)).toBe('');
    expect(neutraliseCell(Number.NaN)).toBe('');
  });
});

describe('toCsv()', () => {
  it('toCsv() writes the spec as a leading comment, quotes per RFC 4180 and neutralises cells', () => {
    const text = toCsv(
      ['rank', 'region'],
      [
        [1, '=evil()'],
        [2, 'a, "b"'],
      ],
      meta,
    );
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('# title: Rating, 2014');
    const specLine = lines.find((l) => l.startsWith('# spec: '))!;
    expect(JSON.parse(specLine.slice('# spec: '.length))).toEqual(defaultSpec());
    expect(lines).toContain("1,'=evil()");
    expect(lines).toContain('2,"a, ""b"""');
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
