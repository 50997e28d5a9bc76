/**
 * An import problem as one line a reader can follow: where it is (file, row and column as a
 * spreadsheet shows them, or feature number) in the interface language, then what is wrong.
 * Reader messages are English sentences with the specifics (the cell's text, the limit); codes
 * with a dictionary entry get a translated sentence and keep the English detail beside it.
 */
import type { Issue } from '../../core/issue.ts';
import type { MessageKey } from '../../i18n/translate.ts';
import type { T } from '../../i18n/useT.ts';

/** Reader issue codes with a translated summary (import.issue.<code>). */
export const TRANSLATED_CODES = [
  'not-a-number',
  'missing-cells',
  'extra-cells',
  'unmatched-region',
  'duplicate-region',
  'file-too-large',
  'invalid-json',
  'total-row',
  'regions-missing',
  'no-numeric-columns',
  'empty-table',
  'unclosed-ring',
  'short-ring',
  'projected-coordinates',
  'wrong-geometry-type',
  'encoding-windows-1251',
  'xlsx-unpacked-too-large',
  'xlsx-sheet-too-large',
  'no-region-matched',
] as const;

/** '“Row 4, column C (GRP)”' in the interface language, or '' when the issue has no place. */
export function issuePlace(i: Issue, t: T): string {
  const w = i.where ?? {};
  const parts: string[] = [];
  if (w.row !== undefined) parts.push(t('import.place.row', { row: w.row }));
  if (w.column !== undefined) parts.push(t('import.place.column', { column: w.column }));
  if (w.feature !== undefined) parts.push(t('import.place.feature', { n: w.feature }));
  if (w.property !== undefined) parts.push(t('import.place.property', { name: w.property }));
  if (w.field !== undefined && parts.length === 0) parts.push(w.field);
  return parts.join(', ');
}

/** The translated summary for a known code, or null. */
export function issueSummary(i: Issue, t: T): string | null {
  return (TRANSLATED_CODES as readonly string[]).includes(i.code)
    ? t(`import.issue.${i.code}` as MessageKey)
    : null;
}
