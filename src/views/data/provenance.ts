/** Where a figure was printed, as one line in the interface language (data/types.ts Provenance). */
import type { Provenance } from '../../data/types.ts';
import type { T } from '../../i18n/useT.ts';

export function provenanceText(p: Provenance, t: T): string {
  const parts = [
    t('data.prov.seed', { seed: p.seed }),
    t('data.prov.table', { table: p.table }),
    t('data.prov.row', { row: p.row }),
  ];
  if (p.column) parts.push(t('data.prov.column', { column: p.column }));
  return parts.join(', ');
}
