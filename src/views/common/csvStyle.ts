/**
 * Which CSV style the user picked for exports (data/csv/writeCsv.ts): the UI language's
 * spreadsheet habit (`;` and the decimal comma under ru and kk) or `,` and `.`. A display
 * preference, not part of the analysis: kept in localStorage, read at the moment of export.
 */
import type { CsvStyle } from '../../data/csv/writeCsv.ts';

const KEY = 'kz-atlas.csvStyle';
let current: CsvStyle | null = null;

function stored(): CsvStyle {
  try {
    return globalThis.localStorage?.getItem(KEY) === 'plain' ? 'plain' : 'locale';
  } catch (e) {
    // Storage can be refused (private mode, policies); the default style then applies.
    void e;
    return 'locale';
  }
}

export function getCsvStyle(): CsvStyle {
  current ??= stored();
  return current;
}

export function setCsvStyle(style: CsvStyle): void {
  current = style;
  try {
    globalThis.localStorage?.setItem(KEY, style);
  } catch (e) {
    // Not remembered across reloads; this session still uses it.
    void e;
  }
}
