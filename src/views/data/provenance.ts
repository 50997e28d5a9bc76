/**
 * Where a figure was printed, as one line in the interface language (data/types.ts Provenance):
 * a bundled study by author, year and table (data/datasets/citation.ts), never its seed file's
 * name; a user's file by its name and sheet.
 */
import { authorYear, isStudySeed, tablesText } from '../../data/datasets/citation.ts';
import type { Provenance } from '../../data/types.ts';
import type { T } from '../../i18n/useT.ts';

/** Who printed it: a study's author and year, or the user's file. */
export function sourceName(seed: string, t: T): string {
  return isStudySeed(seed) ? authorYear(seed, t.lang) : t('data.prov.seed', { seed });
}

export function provenanceText(p: Provenance, t: T): string {
  const parts = [
    sourceName(p.seed, t),
    isStudySeed(p.seed) ? tablesText([p.table], t.lang) : t('data.prov.table', { table: p.table }),
    t('data.prov.row', { row: p.row }),
  ];
  if (p.column) parts.push(t('data.prov.column', { column: p.column }));
  return parts.join(', ');
}
