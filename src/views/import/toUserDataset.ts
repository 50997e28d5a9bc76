/**
 * An imported indicator table (data/readers/indicatorTable.ts) as a user dataset in the shape
 * of the bundled ones (data/types.ts), so the rating, the map and the data view read both the
 * same way. Each cell keeps where it came from: the file as `seed`, the sheet (or 'CSV') as
 * `table`, the spreadsheet row and the column header.
 */
import type { Cell, TableDataset, TableRow } from '../../data/types.ts';
import type { ImportedTable } from '../../data/readers/indicatorTable.ts';
import { TEMPLATE_HEADERS } from '../../data/readers/csvTemplate.ts';
import { columnLetter } from '../../data/readers/place.ts';
import { cellText, type Grid } from '../../data/readers/grid.ts';
import { paperRatingSpec } from '../../core/index.ts';
import type { UserDataset } from '../../state/userData.ts';
import type { Year } from '../../state/viewState.ts';

/** The rating's indicators in the paper's order (S_D, S_F, S_E, S_A, S_B, S_C). */
export const RATING_INDICATORS: readonly string[] = paperRatingSpec().groups.flatMap((g) =>
  g.indicators.map((i) => i.id),
);

const same = (text: string) => ({ ru: text, kk: text, en: text });

/** Numeric columns of the imported table, by name. */
export function numericColumns(t: ImportedTable): string[] {
  return t.columns.filter((c) => c.type === 'numeric').map((c) => c.name);
}

/**
 * Which column feeds which rating indicator at first: a column named by the indicator id
 * (`S_D`, or a header starting with it), or the rating template's header for that indicator
 * (csvTemplate.ts, same order as RATING_INDICATORS).
 */
export function autoMapping(columns: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  const norm = (s: string) => s.trim().toLowerCase();
  RATING_INDICATORS.forEach((id, k) => {
    const byId = columns.find(
      (c) => norm(c) === norm(id) || new RegExp(`^${id}\\b`, 'i').test(c.trim()),
    );
    const template = TEMPLATE_HEADERS.rating[k];
    const byTemplate = columns.find((c) => norm(c) === norm(template));
    const col = byId ?? byTemplate;
    if (col) out[id] = col;
  });
  return out;
}

/**
 * The imported table as a user dataset: region rows only; numeric columns as `columns`, text
 * columns (unit groups, for group imputation) as `textColumns`.
 */
export function toUserDataset(
  t: ImportedTable,
  id: string,
  importedAt: string,
  year: Year,
  mapping?: Record<string, string>,
  grid?: Grid,
): UserDataset {
  const cols = t.columns.filter((c) => c.type === 'numeric');
  const textCols = t.columns.filter((c) => c.type === 'text' && c.index !== t.labelColumn);
  const sheet = t.sheet ?? 'CSV';
  const sourceOf = (r: ImportedTable['rows'][number], c: ImportedTable['columns'][number]) => ({
    seed: t.fileName,
    table: sheet,
    row: String(r.row),
    column: `${columnLetter(c.index)} (${c.name})`,
    col: c.index + 1,
  });
  const rows: TableRow[] = t.rows
    .filter((r) => r.kind === 'region' && r.regionCode !== null)
    .map((r) => ({
      key: r.regionCode!,
      label: r.label,
      cells: Object.fromEntries([
        ...textCols.map((c): [string, Cell] => {
          const text = r.texts?.[c.index] ?? null;
          return [
            c.name,
            { value: null, printed: text ?? '', ...(text ? { text } : {}), source: sourceOf(r, c) },
          ];
        }),
        ...cols.map((c): [string, Cell] => {
          const v = r.values[c.index];
          return [
            c.name,
            {
              value: v === null || v === undefined || !Number.isFinite(v) ? null : v,
              printed: grid
                ? cellText(grid.rows[r.row - 1]?.[c.index])
                : v === null || v === undefined
                  ? ''
                  : String(v),
              source: sourceOf(r, c),
            },
          ];
        }),
      ]),
    }));
  const table: TableDataset = {
    kind: 'table',
    id,
    title: same(t.fileName),
    source: t.fileName,
    seed: t.fileName,
    tables: [sheet],
    units: same(''),
    years: [year],
    notes: same(''),
    scheme: t.scheme,
    columns: cols.map((c) => ({
      id: c.name,
      title: same(c.name),
      unit: same(c.unit),
      direction: c.direction,
    })),
    ...(textCols.length > 0
      ? {
          textColumns: textCols.map((c) => ({
            id: c.name,
            title: same(c.name),
            unit: same(''),
          })),
        }
      : {}),
    rows,
  };
  return {
    id,
    fileName: t.fileName,
    importedAt,
    table,
    year,
    mapping: mapping ?? autoMapping(cols.map((c) => c.name)),
  };
}
