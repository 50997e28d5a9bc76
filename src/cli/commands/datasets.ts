/**
 * `atlas datasets`: the catalogue of bundled datasets (src/data/datasets/catalogue.ts), one
 * record per dataset with its English title, source cited as the app cites it (author, year,
 * table: data/datasets/citation.ts), the study's full reference, years and number of rows.
 */
import type { CliCommand } from '../command.ts';
import { UsageError } from '../errors.ts';
import { toCsv, toJson } from '../output.ts';
import { DATASETS, datasetSize } from '../../data/datasets/catalogue.ts';
import { datasetCitation, studyReference } from '../../data/datasets/citation.ts';

const USAGE = `Usage: npm run -s atlas -- datasets [--format json|csv]

Lists the datasets bundled from the seed studies.
JSON: {"datasets": [{"id", "title", "source", "reference", "years", "rows"}]} (in English;
source = author, year and table, e.g. "Kireeva A.A. (n.d.), Table 6"; reference = the study;
rows = table rows, sites or groups). CSV: one row per dataset, years joined with '|'.`;

export const command: CliCommand = {
  name: 'datasets',
  summary: 'list the bundled datasets (id, title, source, reference, years, rows)',
  usage: USAGE,
  options: {},
  run({ positionals, format }) {
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'.`);
    const rows = DATASETS.map((d) => ({
      id: d.id,
      title: d.title.en,
      source: datasetCitation(d, 'en'),
      reference: studyReference(d.seed, 'en') ?? d.source,
      years: d.years,
      rows: datasetSize(d),
    }));
    if (format === 'csv') return toCsv(rows.map((r) => ({ ...r, years: r.years.join('|') })));
    return toJson({ datasets: rows });
  },
};
