/**
 * `atlas crosswalk`: a table of regions (one year, or a panel of years, long or wide as the
 * Bureau of National Statistics publishes it) carried between the 2014 scheme of 16 regions
 * and today's 20 units (docs/methods.md, "Today's regions and the crosswalk to 2014").
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { CrosswalkColumnKind, Issue } from '../../core/index.ts';
import { crosswalkPanel, sharesFromPanel } from '../../data/crosswalkPanel.ts';
import { readPanelTable, type PanelTable } from '../../data/readers/panelTable.ts';
import type { Scheme } from '../../data/regions/registry.ts';
import type { CliCommand } from '../command.ts';
import { DataError, UsageError } from '../errors.ts';
import { toCsv, toJson } from '../output.ts';

const USAGE = `Usage: npm run -s atlas -- crosswalk --input FILE --to 2014|current
         [--additive C,D,...] [--weighted F,... --weight C] [--shares FILE] [--from 2014|current]
         [--format json|csv]

FILE: CSV or XLSX, regions in rows (names or ISO codes); a year column ('Год', 'Year', 'Time')
or years as columns ('2019', '2020 г.'); title rows above the header and a 'Республика
Казахстан' total row are allowed ('х' = suppressed, '-' or '…' = missing).
Columns are named by spreadsheet letter (C) or header text. --additive: counts and totals,
summed over the parts (population, employed, GRP). --weighted: rates, averaged with the
--weight column (itself additive). Other columns are carried only for units whose territory
did not change. Going to 'current' splits four 2014 regions: additive figures need --shares
FILE (each part's share of its 2014 region: a region column and a share column, 0-1 or %).
--from: the scheme of years whose units do not tell (only unchanged units); default --to.
JSON: {"rows": [{"code", "year", "values": {"<header text>": number|null}}], "national":
[{"year", "values"}], "source_scheme": {"<year>": "2014"|"current"}, "issues": [...]}.`;

function describe(issues: Issue[]): string {
  return issues
    .map((i) => {
      const w = i.where ?? {};
      const at = [
        w.file,
        w.row !== undefined ? `row ${w.row}` : '',
        w.column ? `column ${w.column}` : '',
      ]
        .filter(Boolean)
        .join(', ');
      return `${at ? `${at}: ` : ''}${i.message}`;
    })
    .join('\n');
}

async function readPanel(path: string): Promise<{ panel: PanelTable; warnings: Issue[] }> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new DataError(`cannot read '${path}'.`);
  }
  const r = await readPanelTable(bytes, basename(path));
  if (!r.ok) throw new DataError(`\n${describe(r.issues)}`);
  return { panel: r.value, warnings: r.warnings };
}

/** Variable index for a column reference: a spreadsheet letter or the header text. */
function resolve(panel: PanelTable, ref: string, option: string): number {
  const t = ref.trim();
  const i = panel.variables.findIndex(
    (v) => v.letters.includes(t.toUpperCase()) || v.name.toLowerCase() === t.toLowerCase(),
  );
  if (i < 0) {
    throw new UsageError(
      `${option}: no column '${t}'. Columns: ${panel.variables.map((v) => `${v.letters.join(',')} (${v.name})`).join('; ')}.`,
    );
  }
  return i;
}

const list = (v: unknown) =>
  typeof v === 'string' && v.trim() ? v.split(',').filter((s) => s.trim()) : [];

const scheme = (v: unknown, option: string): Scheme | undefined => {
  if (v === undefined) return undefined;
  if (v !== '2014' && v !== 'current') throw new UsageError(`${option} must be 2014 or current.`);
  return v;
};

export const command: CliCommand = {
  name: 'crosswalk',
  summary: "carry a regional table or panel between the 2014 scheme and today's 20 units",
  usage: USAGE,
  options: {
    input: { type: 'string' },
    to: { type: 'string' },
    from: { type: 'string' },
    additive: { type: 'string' },
    weighted: { type: 'string' },
    weight: { type: 'string' },
    shares: { type: 'string' },
  },
  async run({ values, positionals, format }) {
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'.`);
    if (typeof values.input !== 'string') throw new UsageError('--input FILE is required.');
    const to = scheme(values.to, '--to');
    if (!to) throw new UsageError('--to 2014|current is required.');
    const { panel, warnings } = await readPanel(values.input);
    const kinds: CrosswalkColumnKind[] = panel.variables.map(() => 'other');
    for (const ref of list(values.additive)) kinds[resolve(panel, ref, '--additive')] = 'additive';
    const weightedRefs = list(values.weighted);
    let weight: number | null = null;
    if (weightedRefs.length > 0) {
      if (typeof values.weight !== 'string') {
        throw new UsageError(
          '--weighted needs --weight C (the column to weight by, e.g. population).',
        );
      }
      if (panel.layout === 'wide') {
        throw new UsageError(
          'a weighted average needs its weight in the same table: with years as columns the table holds one indicator only; use a table with a year column.',
        );
      }
      weight = resolve(panel, values.weight, '--weight');
      for (const ref of weightedRefs) kinds[resolve(panel, ref, '--weighted')] = 'weighted';
      if (kinds[weight] === 'other') kinds[weight] = 'additive';
    }
    let shares: Map<string, number> | undefined;
    if (typeof values.shares === 'string')
      shares = sharesFromPanel((await readPanel(values.shares)).panel);
    const r = crosswalkPanel(panel, {
      to,
      kinds,
      weight,
      shares,
      from: scheme(values.from, '--from'),
    });
    if (!r.ok) throw new DataError(`\n${describe(r.issues)}`);
    const names = panel.variables.map((v) => v.name);
    const named = (vals: (number | null)[]) =>
      Object.fromEntries(names.map((n, i) => [n, vals[i] ?? null]));
    const rows = r.value.rows.map((row) => ({
      code: row.code,
      year: row.year,
      values: named(row.values),
    }));
    if (format === 'csv') {
      return toCsv(rows.map((row) => ({ code: row.code, year: row.year, ...row.values })));
    }
    return toJson({
      rows,
      national: panel.national.map((n) => ({ year: n.year, values: named(n.values) })),
      source_scheme: r.value.sourceScheme,
      issues: [...warnings, ...r.warnings],
    });
  },
};
