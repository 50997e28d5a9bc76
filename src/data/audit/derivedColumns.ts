/**
 * Recomputes the derived columns of seed 004's input tables from the raw columns printed in
 * the same row (docs/methods.md section 1; GRP and expenditure in million tenge, employed in
 * persons, emissions in thousand tonnes) and reports each printed figure more than 1% off.
 * Where a figure is off, it looks for the printed row whose raw data reproduce all the derived
 * figures of the flagged row: that is the row the figures belong to.
 */
import type { Cell } from '../types.ts';
import {
  type AuditFinding,
  because,
  differs,
  formatPrinted,
  printedDecimals,
  relativeDifference,
  round4,
} from './finding.ts';
import type { PrintedRow } from './printedRows.ts';
import type { AuditReason, AuditRowRef } from '../../i18n/auditCauses.ts';

export interface DerivedRule {
  id: string;
  formula: string;
  compute(cells: Record<string, Cell>): number | null;
}

const v = (cells: Record<string, Cell>, id: string): number | null => cells[id]?.value ?? null;

function ratio(a: number | null, b: number | null, scale: number): number | null {
  if (a === null || b === null || b === 0) return null;
  return (a * scale) / b;
}

/**
 * Tables 2 and 4: S_D = grp / employed * 1000 (thousand tenge per person), S_F = grp /
 * fixed_assets, S_E = grp / emissions (million tenge per thousand tonnes = thousand tenge per
 * tonne). Seed 004, Tables 2 and 4; docs/methods.md section 1.
 */
export const RECEPTIVITY_RULES: DerivedRule[] = [
  {
    id: 'S_D',
    formula: 'grp / employed * 1000',
    compute: (c) => ratio(v(c, 'grp'), v(c, 'employed'), 1000),
  },
  {
    id: 'S_F',
    formula: 'grp / fixed_assets',
    compute: (c) => ratio(v(c, 'grp'), v(c, 'fixed_assets'), 1),
  },
  {
    id: 'S_E',
    formula: 'grp / emissions',
    compute: (c) => ratio(v(c, 'grp'), v(c, 'emissions'), 1),
  },
];

/**
 * Tables 3 and 5: S_A = rnd * 1e6 / employed_activity, S_B = tech_innovation * 1e6 /
 * employed_activity (tenge per person). S_C (per inhabitant) needs population, which the
 * tables do not print. Seed 004, Tables 3 and 5; docs/methods.md section 1.
 */
export const ACTIVITY_RULES: DerivedRule[] = [
  {
    id: 'S_A',
    formula: 'rnd * 1000000 / employed_activity',
    compute: (c) => ratio(v(c, 'rnd'), v(c, 'employed_activity'), 1e6),
  },
  {
    id: 'S_B',
    formula: 'tech_innovation * 1000000 / employed_activity',
    compute: (c) => ratio(v(c, 'tech_innovation'), v(c, 'employed_activity'), 1e6),
  },
];

/**
 * True when `recomputed`, rounded as the printed figure is, gives the printed figure: within
 * half a unit of the last printed decimal (with a hair of slack for binary floating point) or
 * 0.1%, whichever is larger.
 */
export function reproduces(printed: Cell, recomputed: number): boolean {
  if (printed.value === null) return false;
  const half = 0.5 * 10 ** -printedDecimals(printed.printed) + 1e-9;
  return (
    Math.abs(printed.value - recomputed) <= half ||
    relativeDifference(printed.value, recomputed) <= 0.001
  );
}

/** Printed rows as a cause names them ("row 11 (Южно-Казахстанская)"). */
function rowsOf(...rows: PrintedRow[]): { rows: AuditRowRef[] } {
  return { rows: rows.map((r) => (r.label ? { row: r.row, label: r.label } : { row: r.row })) };
}

/**
 * Findings for every derived cell of `rows` whose printed value differs by more than 1% from
 * the value recomputed from the same row's raw cells. The cause names the printed row whose raw
 * data reproduce all of the flagged row's derived figures, if there is one.
 */
export function auditDerivedColumns(
  dataset: string,
  table: string,
  rows: readonly PrintedRow[],
  rules: readonly DerivedRule[],
): AuditFinding[] {
  const findings: AuditFinding[] = [];
  for (const row of rows) {
    const flagged = rules.filter((rule) => {
      const printed = row.cells[rule.id]?.value;
      const rec = rule.compute(row.cells);
      return printed != null && rec !== null && differs(printed, rec);
    });
    if (flagged.length === 0) continue;
    const derivedHere = rules.filter((rule) => row.cells[rule.id]?.value != null);
    const donors = rows.filter(
      (other) =>
        other !== row &&
        derivedHere.every((rule) => {
          const rec = rule.compute(other.cells);
          return rec !== null && reproduces(row.cells[rule.id], rec);
        }),
    );
    for (const rule of flagged) {
      const printedCell = row.cells[rule.id];
      const recomputed = rule.compute(row.cells)!;
      const d = printedDecimals(printedCell.printed);
      const formula = { rule: rule.id, formula: rule.formula };
      let reason: AuditReason;
      if (donors.length === 1) {
        const donor = donors[0];
        const fromDonor = rule.compute(donor.cells)!;
        reason = {
          cause: 'derived-donor',
          params: {
            donor: rowsOf(donor),
            value: formatPrinted(fromDonor, d),
            formula,
            here: rowsOf(row),
          },
        };
      } else if (donors.length > 1) {
        reason = { cause: 'derived-ambiguous', params: { rows: rowsOf(...donors) } };
      } else {
        const single = rows.filter((o) => {
          const rec = rule.compute(o.cells);
          return o !== row && rec !== null && reproduces(printedCell, rec);
        });
        reason =
          single.length > 0
            ? { cause: 'derived-partial', params: { column: rule.id, rows: rowsOf(...single) } }
            : { cause: 'derived-misprint', params: { table, formula } };
      }
      findings.push({
        dataset,
        table,
        row: row.row,
        column: rule.id,
        printed: printedCell.value!,
        recomputed: round4(recomputed),
        ...because([reason]),
      });
    }
  }
  return findings;
}
