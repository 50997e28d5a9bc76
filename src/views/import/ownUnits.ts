/**
 * A table of the user's own units with no boundary file (firms, schools, towns: any units): a
 * table none of whose rows names a region, and that no set of the user's units claims
 * (unitSet.ts), is keyed by its own labels instead of having every row left out as an
 * unmatched region. Clustering, factor analysis and the data view then read it as the CLI does
 * (`atlas cluster --input` takes any labels); the map draws it once a boundary file of these
 * units is imported.
 *
 * It stays a table of regions, with the preview's region pickers, when any row names a region
 * or when more than a quarter of its rows look like misspelt regions (the matcher suggests one),
 * since that is a table of regions whose names need correcting, not a table of other units.
 */
import type { Issue } from '../../core/index.ts';
import type { ImportedTable } from '../../data/readers/indicatorTable.ts';
import { cellIssue, columnLetter } from '../../data/readers/place.ts';
import { REGION_NOTICES } from './unitSet.ts';

/** Share of rows with a suggested region above which the table is taken for misspelt regions. */
const MISSPELT_SHARE = 0.25;

/**
 * `table` keyed by its own labels, or null when it is a table of regions (see above). A row
 * whose label repeats an earlier one is left out with a warning naming both rows; the notice
 * `table-as-own-units` says what was done, replacing the region-matching notices.
 */
export function asOwnUnits(
  table: ImportedTable,
  warnings: readonly Issue[],
): { table: ImportedTable; warnings: Issue[] } | null {
  const rows = table.rows.filter((r) => r.kind === 'region' && r.label.trim() !== '');
  if (rows.length === 0 || rows.some((r) => r.regionCode !== null)) return null;
  // A duplicate region leaves its row unkeyed too, but says that a region was named.
  if (warnings.some((w) => w.code === 'duplicate-region')) return null;
  const suggested = rows.filter((r) => r.suggestions.length > 0).length;
  if (suggested > MISSPELT_SHARE * rows.length) return null;

  const file = table.fileName;
  const header = table.columns[table.labelColumn]?.name;
  const key = new Map<number, string>();
  const firstRow = new Map<string, number>();
  const issues: Issue[] = [];
  for (const r of rows) {
    const label = r.label.trim();
    const first = firstRow.get(label);
    if (first !== undefined) {
      issues.push(
        cellIssue(
          'unit-row-duplicate',
          'warning',
          `Rows ${first} and ${r.row} both name the unit '${label}'; only row ${first} is used.`,
          file,
          r.row,
          table.labelColumn,
          header,
          { first, value: label },
        ),
      );
      continue;
    }
    firstRow.set(label, r.row);
    key.set(r.row, label);
  }
  const notice: Issue = {
    code: 'table-as-own-units',
    severity: 'warning',
    message: `No row names a region of Kazakhstan, so the table was read as a table of its own units (${key.size}), named in column ${columnLetter(table.labelColumn)}. Clustering, factor analysis and the data view use them; to map them, import a boundary file whose features carry these names, then this table again.`,
    where: { file },
    params: { count: key.size, column: columnLetter(table.labelColumn) },
  };
  return {
    table: {
      ...table,
      rows: table.rows.map((r) => ({
        ...r,
        regionCode: key.get(r.row) ?? null,
        suggestions: [],
      })),
      missingRegions: [],
    },
    warnings: [notice, ...warnings.filter((w) => !REGION_NOTICES.has(w.code)), ...issues],
  };
}
