/**
 * The data audit (issue 2 item 7): for each bundled dataset, every check its printed figures
 * allow, as a list of findings (dataset, seed table, row as printed, column, printed,
 * recomputed, most likely cause). Tables are audited as printed: innovation-2014's findings for
 * Table 4 show the misalignment its notes describe, while the dataset itself carries the
 * realigned figures (auditAlignment() checks those).
 */
import { DATASETS, getDataset, type Dataset } from '../datasets/catalogue.ts';
import type { TableDataset } from '../types.ts';
import { auditComponentVariance } from './componentVariance.ts';
import { ACTIVITY_RULES, RECEPTIVITY_RULES, auditDerivedColumns } from './derivedColumns.ts';
import { auditEmployedMatch } from './employedMatch.ts';
import type { AuditFinding } from './finding.ts';
import { auditImpliedPopulation } from './innovativeOutputPerInhabitant.ts';
import { printedRowsOf } from './printedRows.ts';
import { auditPublishedIndex } from './publishedIndex.ts';

function table(id: string): TableDataset {
  const ds = getDataset(id);
  if (!ds || ds.kind !== 'table') throw new Error(`Bundled dataset ${id} is missing.`);
  return ds;
}

/** Derived columns of the seed 004 input tables, as printed (Tables 2-5). */
function auditInputs(ds: TableDataset): AuditFinding[] {
  const [receptivity, activity] = ds.tables;
  return [
    ...auditDerivedColumns(ds.id, receptivity, printedRowsOf(ds, receptivity), RECEPTIVITY_RULES),
    ...auditDerivedColumns(ds.id, activity, printedRowsOf(ds, activity), ACTIVITY_RULES),
    ...auditEmployedMatch(ds),
  ];
}

/**
 * Re-verifies a dataset's row realignments: after the move, every derived figure must agree
 * with the raw data of the row it now sits in. Returns the findings that remain (none when the
 * alignment is right); the table is named e.g. `4 (aligned)`.
 */
export function auditAlignment(ds: TableDataset): AuditFinding[] {
  const out: AuditFinding[] = [];
  for (const al of ds.alignments ?? []) {
    const rules = [...RECEPTIVITY_RULES, ...ACTIVITY_RULES].filter((r) =>
      al.columns.includes(r.id),
    );
    const rows = ds.rows.map((r) => ({ row: r.key, label: r.label, cells: r.cells }));
    for (const f of auditDerivedColumns(ds.id, `${al.table} (aligned)`, rows, rules)) out.push(f);
  }
  return out;
}

/** Every finding for one bundled dataset (an empty list where nothing can be recomputed). */
export function auditDataset(ds: Dataset): AuditFinding[] {
  if (ds.kind !== 'table') return [];
  switch (ds.id) {
    case 'innovation-2010':
      return auditInputs(ds);
    case 'innovation-2014':
      return [
        ...auditInputs(ds),
        ...auditImpliedPopulation(ds, table('innovation-2010')),
        ...auditAlignment(ds),
      ];
    case 'innovation-published': {
      const d2010 = table('innovation-2010');
      const d2014 = table('innovation-2014');
      // Cells flagged by a check independent of Table 6 back one explanation over another.
      const suspects = new Set(
        auditImpliedPopulation(d2014, d2010).map((f) => `${f.table}#${f.row}#${f.column}`),
      );
      return auditPublishedIndex(ds, { 2010: d2010, 2014: d2014 }, undefined, suspects);
    }
    case 'vko-loadings-published':
      return auditComponentVariance(ds);
    default:
      return [];
  }
}

/** Findings for every bundled dataset, in catalogue order. */
export function auditAll(): AuditFinding[] {
  return DATASETS.flatMap((ds) => auditDataset(ds));
}
