/**
 * An imported panel (data/readers/panelTable.ts: a year column, or years as headers as the
 * Bureau of National Statistics publishes them) as a user dataset with one table per year
 * (issue 11). Every year's table has the panel's variables as columns and its regions as rows,
 * keyed by ISO code in the panel's scheme: today's 20 units when any unit that exists only
 * since 2022 appears (Abai, Zhetisu, Ulytau, Turkistan, Shymkent), the 2014 scheme otherwise.
 * The republic's total rows are not regions and stay out. Each cell keeps its row and column.
 */
import type { Issue } from '../../core/index.ts';
import type { Scheme } from '../../data/regions/registry.ts';
import type { PanelRecord, PanelTable } from '../../data/readers/panelTable.ts';
import type { Grid } from '../../data/readers/grid.ts';
import { cellText } from '../../data/readers/grid.ts';
import type { Cell, TableDataset } from '../../data/types.ts';
import type { UserDataset } from '../../state/userData.ts';
import { autoMapping } from './toUserDataset.ts';

const same = (text: string) => ({ ru: text, kk: text, en: text });

/** The scheme a panel's rows are keyed in (see the file comment). */
export function panelScheme(p: PanelTable): Scheme {
  return p.records.some((r) => r.region && !r.region.schemes.includes('2014')) ? 'current' : '2014';
}

/** The panel as a user dataset, and a warning for each row its scheme has no code for. */
export function panelToUserDataset(
  p: PanelTable,
  id: string,
  importedAt: string,
  grid?: Grid,
): { dataset: UserDataset; warnings: Issue[] } {
  const scheme = panelScheme(p);
  const warnings: Issue[] = [];
  const sheet = grid?.sheet ?? 'CSV';
  const printed = (row: number, letter: string, v: number | null) => {
    if (!grid) return v === null ? '' : String(v);
    const col = letter.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return cellText(grid.rows[row - 1]?.[col]);
  };
  const tableOf = (year: number, recs: PanelRecord[]): TableDataset => ({
    kind: 'table',
    id,
    title: same(p.title ?? p.fileName),
    source: p.fileName,
    seed: p.fileName,
    tables: [sheet],
    units: same(''),
    years: [year],
    notes: same(''),
    scheme,
    columns: p.variables.map((v) => ({ id: v.name, title: same(v.name), unit: same('') })),
    rows: recs.flatMap((r) => {
      const key = r.region?.code[scheme];
      if (!key) return [];
      return [
        {
          key,
          label: r.label,
          cells: Object.fromEntries(
            p.variables.map((v, j): [string, Cell] => {
              // Wide: one variable, a column per year; long: a column per variable.
              const letter = p.layout === 'wide' ? v.letters[p.years.indexOf(year)] : v.letters[0];
              const value = r.values[j] ?? null;
              return [
                v.name,
                {
                  value: value !== null && Number.isFinite(value) ? value : null,
                  printed: printed(r.row, letter ?? 'A', value),
                  source: {
                    seed: p.fileName,
                    table: sheet,
                    row: String(r.row),
                    column: `${letter ?? ''} (${v.name})`,
                  },
                },
              ];
            }),
          ),
        },
      ];
    }),
  });
  for (const r of p.records) {
    if (r.region && !r.region.code[scheme] && !warnings.some((w) => w.where?.row === r.row))
      warnings.push({
        code: 'panel-unit-other-scheme',
        severity: 'warning',
        message: `'${r.label}' is not a unit of the ${scheme === 'current' ? 'current' : '2014'} scheme the rest of the table uses; its row is left out.`,
        params: { value: r.label },
        where: { file: p.fileName, row: r.row },
      });
  }
  const panel = p.years.map((year) => ({
    year,
    table: tableOf(
      year,
      p.records.filter((r) => r.year === year),
    ),
  }));
  const last = panel[panel.length - 1];
  return {
    dataset: {
      id,
      fileName: p.fileName,
      importedAt,
      table: last.table,
      year: last.year,
      panel,
      mapping: autoMapping(p.variables.map((v) => v.name)),
    },
    warnings,
  };
}
