/**
 * Bytes to text for CSV files. Excel on a Russian-locale Windows saves "CSV" in Windows-1251;
 * everything else we expect is UTF-8 (with or without a byte-order mark) or, from "Unicode
 * text" exports, UTF-16 with a BOM. Strict UTF-8 decoding fails on almost every Windows-1251
 * text with Cyrillic letters, which makes the fallback safe (WHATWG Encoding Standard;
 * TextDecoder works the same in browsers and Node 20).
 */
import { type Result, fail, ok } from '../../core/index.ts';

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1251';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/** Accepts the byte containers a browser File or Node Buffer gives. */
export type BytesInput = Uint8Array | ArrayBuffer;

export function asBytes(input: BytesInput): Uint8Array {
  return input instanceof Uint8Array ? input : new Uint8Array(input);
}

/**
 * Decodes a text file: BOM first (UTF-8 EF BB BF, UTF-16 LE FF FE, UTF-16 BE FE FF), then strict
 * UTF-8, then Windows-1251. Source: WHATWG Encoding Standard, "decode" with BOM sniffing.
 */
export function decodeText(input: BytesInput, file = 'file'): Result<DecodedText> {
  try {
    const b = asBytes(input);
    if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
      return strict(b.subarray(3), 'utf-8', 'utf-8-bom', file);
    }
    if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) {
      return strict(b.subarray(2), 'utf-16le', 'utf-16le', file);
    }
    if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) {
      return strict(b.subarray(2), 'utf-16be', 'utf-16be', file);
    }
    try {
      return ok({ text: new TextDecoder('utf-8', { fatal: true }).decode(b), encoding: 'utf-8' });
    } catch {
      const text = new TextDecoder('windows-1251').decode(b);
      return ok({ text, encoding: 'windows-1251' }, [
        {
          code: 'encoding-windows-1251',
          severity: 'warning',
          message:
            'The file is not UTF-8; it was read as Windows-1251 (Cyrillic), the encoding Excel uses on Russian-language Windows. Check that the region names look right.',
          where: { file },
        },
      ]);
    }
  } catch {
    return fail([
      {
        code: 'unreadable-text',
        severity: 'error',
        message: 'The file could not be read as text. Save it as CSV (UTF-8) and try again.',
        where: { file },
      },
    ]);
  }
}

function strict(
  b: Uint8Array,
  label: 'utf-8' | 'utf-16le' | 'utf-16be',
  encoding: TextEncodingName,
  file: string,
): Result<DecodedText> {
  try {
    return ok({ text: new TextDecoder(label, { fatal: true }).decode(b), encoding });
  } catch {
    return fail([
      {
        code: 'invalid-encoding',
        severity: 'error',
        message: `The file starts with a ${label.toUpperCase()} byte-order mark but its contents are not valid ${label.toUpperCase()}. Save it again as CSV (UTF-8).`,
        where: { file },
        params: { encoding: label.toUpperCase() },
      },
    ]);
  }
}
