/**
 * The data audit's findings (data/audit, AuditFinding) as sentences a reader can follow:
 * "Table 4, row 14 (East Kazakhstan), labour productivity: printed 2 063,15, recomputed
 * 3 243,87 — <cause>". The region and column come from the dataset the finding names; the
 * cause is the audit's own explanation, in the reader's language (i18n/auditCauses.ts).
 */
import type { AuditFinding } from '../../data/audit/finding.ts';
import type { Dataset } from '../../data/datasets/catalogue.ts';
import { auditCauseText } from '../../i18n/auditCauses.ts';
import type { T } from '../../i18n/useT.ts';
import { regionName } from '../map/regionName.ts';

/** Decimals as the printed figure has them (at least 2), for the recomputed value beside it. */
function decimalsOf(printed: string): number {
  const i = printed.indexOf(',');
  return i < 0 ? 2 : Math.max(2, printed.length - i - 1);
}

export function auditSentence(f: AuditFinding, datasets: readonly Dataset[], t: T): string {
  const ds = datasets.find((d) => d.id === f.dataset);
  let region = '';
  // Checks over a whole table name no column of it (componentVariance.ts).
  let column =
    f.column === 'variance share'
      ? t('data.audit.varianceShare')
      : f.column === 'communality'
        ? t('data.audit.communality')
        : f.column;
  let printedText = typeof f.printed === 'string' ? f.printed : t.num(f.printed, 2);
  if (ds && ds.kind === 'table') {
    const col = ds.columns.find((c) => c.id === f.column);
    if (col) column = col.title[t.lang];
    // The printed row: the cell whose provenance names this table and row.
    for (const r of ds.rows) {
      const c = r.cells[f.column];
      if (c && c.source.table === f.table && c.source.row === f.row) {
        region = r.label;
        if (typeof f.printed === 'number') printedText = c.printed || printedText;
        break;
      }
    }
    if (!region) {
      const r = ds.rows.find((x) =>
        Object.values(x.cells).some((c) => c.source.table === f.table && c.source.row === f.row),
      );
      if (r) region = r.label || regionName(r.key, t);
    }
  }
  return t('data.audit.sentence', {
    table: f.table,
    row: f.row === 'all' ? t('data.audit.allRows') : f.row,
    region: region ? ` (${region})` : '',
    column,
    printed: printedText,
    recomputed: t.num(f.recomputed, decimalsOf(printedText)),
    cause: auditCauseText(f.reason, t.lang),
  });
}
