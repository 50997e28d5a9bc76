/**
 * `atlas audit [--dataset ID]`: the data audit of the bundled datasets (src/data/audit): every
 * printed figure that differs by more than 1% from the one recomputed from other printed
 * figures, with the most likely cause.
 */
import type { CliCommand } from '../command.ts';
import { UsageError } from '../errors.ts';
import { toCsv, toJson } from '../output.ts';
import { DATASETS, getDataset } from '../../data/datasets/catalogue.ts';
import { auditAll, auditDataset } from '../../data/audit/auditDataset.ts';

const USAGE = `Usage: npm run -s atlas -- audit [--dataset ID] [--format json|csv]

Audits one bundled dataset (or all of them) against its own printed figures.
  --dataset ID   one of: ${DATASETS.map((d) => d.id).join(', ')}
JSON: {"findings": [{"dataset", "table", "row", "column", "printed", "recomputed", "cause"}]}.
CSV: the same fields, one finding per row.`;

export const command: CliCommand = {
  name: 'audit',
  summary: 'list printed figures that differ from their recomputation, with the likely cause',
  usage: USAGE,
  options: { dataset: { type: 'string' } },
  run({ values, positionals, format }) {
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'.`);
    const id = values.dataset as string | undefined;
    let findings;
    if (id === undefined) {
      findings = auditAll();
    } else {
      const ds = getDataset(id);
      if (!ds) {
        throw new UsageError(
          `unknown dataset '${id}'. Known datasets: ${DATASETS.map((d) => d.id).join(', ')}.`,
        );
      }
      findings = auditDataset(ds);
    }
    const rows = findings.map((f) => ({
      dataset: f.dataset,
      table: f.table,
      row: f.row,
      column: f.column,
      printed: f.printed,
      recomputed: f.recomputed,
      cause: f.cause,
    }));
    if (format === 'csv') {
      return rows.length > 0 ? toCsv(rows) : 'dataset,table,row,column,printed,recomputed,cause\n';
    }
    return toJson({ findings: rows });
  },
};
