/**
 * Turning a figure as printed in a seed into a Cell. The seeds print decimal commas and space
 * thousands separators (`1 417,77`) and `-` for "no data" (docs/methods.md, opening section); the
 * printed text is kept verbatim beside the parsed number so the transcription can be checked
 * against the seed character by character (scripts/verify-transcription.ts).
 */
import type { Cell, Provenance } from '../types.ts';

/** Texts the seeds print for "no data". */
const NO_DATA = new Set(['-', '–', '—', '']);

/**
 * The number a seed figure stands for: spaces dropped, decimal comma read as a point, `-` as
 * null. Throws on anything else, because a bundled transcription that does not parse is a bug
 * in this file, not user input (source: docs/methods.md, "Transcribe the figures exactly as printed").
 */
export function parsePrinted(printed: string): number | null {
  const t = printed.trim();
  if (NO_DATA.has(t)) return null;
  const s = t.replace(/ /g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(s)) {
    throw new Error(`Not a printed number: '${printed}'.`);
  }
  return Number(s);
}

/** A numeric Cell from the text as printed and its provenance. */
export function cell(printed: string, source: Provenance): Cell {
  return { value: parsePrinted(printed), printed, source };
}

/** A text Cell (value null) such as a rating class, with its normalised form. */
export function textCell(printed: string, text: string, source: Provenance): Cell {
  return { value: null, printed, text, source };
}
