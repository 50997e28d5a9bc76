/**
 * `atlas datasets`: the catalogue of bundled datasets (src/data/datasets/catalogue.ts), one
 * record per dataset with its English title, source, years and number of rows.
 */
import type { CliCommand } from '../command.ts';
import { UsageError } from '../errors.ts';
import { toCsv, toJson } from '../output.ts';
import { DATASETS, datasetSize } from '../../data/datasets/catalogue.ts';

const USAGE = `Usage: npm run -s atlas -- datasets [--format json|csv]

Lists the datasets bundled from the seed studies.
JSON: {"datasets": [{"id", "title", "source", "years", "rows"}]} (title in English; rows =
table rows, sites or groups). CSV: one row per dataset, years joined with '|'.`;

export const command: CliCommand = {
  name: 'datasets',
  summary: 'list the bundled datasets (id, title, source, years, rows)',
  usage: USAGE,
  options: {},
  run({ positionals, format }) {
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'.`);
    const rows = DATASETS.map((d) => ({
      id: d.id,
      title: d.title.en,
      source: d.source,
      years: d.years,
      rows: datasetSize(d),
    }));
    if (format === 'csv') return toCsv(rows.map((r) => ({ ...r, years: r.years.join('|') })));
    return toJson({ datasets: rows });
  },
};
