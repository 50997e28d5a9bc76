/**
 * `atlas shift-share`: classic and Esteban-Marquillas shift-share of employment between two
 * dates (core/clusters/shiftShare.ts).
 */
import type { CliCommand } from '../command.ts';
import { DataError, UsageError } from '../errors.ts';
import { readInput } from '../readInput.ts';
import { toCsv, toJson } from '../output.ts';
import { shiftShare, type LabelledMatrix } from '../../core/index.ts';

const USAGE = `Usage: npm run -s atlas -- shift-share --start FILE.csv --end FILE.csv [--format json|csv]

Each FILE.csv (or .xlsx, read as the app's import reads it): header row, region in the first column, one column per industry, employment
in each cell (empty or '-' = missing, counted as 0 with a warning). Regions and industries
are matched by name between the two files. A row labelled as the nation ('Республика
Казахстан', 'Kazakhstan', 'total', ...) gives the national totals; otherwise the nation is the
sum of the regions.
JSON: {"rows": [{"region", "industry", "change", "national", "mix", "competitive",
"em_competitive", "em_allocation"}], "national_growth", "industry_growth", "issues"}:
change = national + mix + competitive (classic, Dunn 1960); competitive = em_competitive +
em_allocation (Esteban-Marquillas 1972). Undefined terms are null. CSV: the rows.`;

interface Split {
  matrix: LabelledMatrix;
  national: number[] | null;
}

async function split(file: string): Promise<Split> {
  const { matrix: m, totals } = await readInput(file, { regions: true });
  if (totals.rows.length > 1)
    throw new DataError(
      `${file}: ${totals.rows.map((r) => `'${r}'`).join(', ')} are all national totals; keep one.`,
    );
  return {
    matrix: m,
    national: totals.rows.length === 1 ? totals.values[0].map((v) => v ?? 0) : null,
  };
}

export const command: CliCommand = {
  name: 'shift-share',
  summary: 'shift-share of employment between two dates (classic and Esteban-Marquillas)',
  usage: USAGE,
  options: { start: { type: 'string' }, end: { type: 'string' } },
  async run({ values, positionals, format }) {
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'.`);
    if (!values.start) throw new UsageError('--start FILE.csv is required.');
    if (!values.end) throw new UsageError('--end FILE.csv is required.');
    const s = await split(values.start as string);
    const e = await split(values.end as string);
    if ((s.national === null) !== (e.national === null))
      throw new DataError(
        'only one of the two files has a national row; give it in both or in neither.',
      );
    let national: { start: number[]; end: number[] } | undefined;
    if (s.national && e.national) {
      const idx = s.matrix.columns.map((i) => e.matrix.columns.indexOf(i));
      national = { start: s.national, end: idx.map((j) => (j >= 0 ? e.national![j] : 0)) };
    }
    const r = shiftShare({ start: s.matrix, end: e.matrix, national });
    const errors = r.issues.filter((i) => i.severity === 'error');
    if (r.rows.length === 0 && errors.length > 0)
      throw new DataError(
        `${errors.length} problem(s):\n  ${errors.map((i) => i.message).join('\n  ')}`,
      );
    const rows = r.rows.map((x) => ({
      region: x.region,
      industry: x.industry,
      change: x.change,
      national: x.national,
      mix: x.mix,
      competitive: x.competitive,
      em_competitive: x.em_competitive,
      em_allocation: x.em_allocation,
    }));
    if (format === 'csv') return toCsv(rows);
    return toJson({
      rows,
      national_growth: r.nationalGrowth,
      industry_growth: r.industryGrowth,
      issues: r.issues,
    });
  },
};
