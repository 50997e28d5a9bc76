/**
 * Shift-share decomposition of the change in employment of industry i in region r between a
 * start (0) and an end (1) date (Dunn 1960; Esteban-Marquillas 1972; Stevens & Moore 1980 for
 * the notation):
 *
 *   G = E^1 / E^0 - 1   national growth,   g_i = E_i^1 / E_i^0 - 1   national growth of i,
 *   g_ir = E_ir^1 / E_ir^0 - 1   growth of i in r,
 *
 *   change      = E_ir^1 - E_ir^0 = national + mix + competitive
 *   national    = E_ir^0 G                     (had r grown with the nation)
 *   mix         = E_ir^0 (g_i - G)             (industry mix: i grew faster or slower)
 *   competitive = E_ir^0 (g_ir - g_i)          (regional competitive shift)
 *
 * and Esteban-Marquillas's split of the competitive shift with homothetic employment
 * E*_ir = E_r^0 E_i^0 / E^0 (what r would employ in i with the nation's structure):
 *
 *   em_competitive = E*_ir (g_ir - g_i)              (homothetic competitive effect)
 *   em_allocation  = (E_ir^0 - E*_ir)(g_ir - g_i)    (allocation effect; sums to competitive)
 *
 * The nation is the sum of the matrix's regions unless national totals are given. Where
 * E_ir^0 = 0 the competitive shift is still E_ir^1 - E_ir^0 (1 + g_i) but g_ir is undefined,
 * so both Esteban-Marquillas terms are null; where E_i^0 = 0 every term but change is null.
 */
import type { Issue } from '../issue.ts';
import type { LabelledMatrix } from '../matrix/labelledMatrix.ts';
import { prepareEmployment } from '../specialisation/prepareEmployment.ts';

export interface ShiftShareInput {
  start: LabelledMatrix;
  end: LabelledMatrix;
  /** National totals per industry (in `start.columns` order), else the sum of regions. */
  national?: { start: number[]; end: number[] };
}

export interface ShiftShareRow {
  region: string;
  industry: string;
  start: number;
  end: number;
  change: number;
  national: number | null;
  mix: number | null;
  competitive: number | null;
  em_competitive: number | null;
  em_allocation: number | null;
}

export interface ShiftShareResult {
  /** One row per region and industry, regions outer, in the start matrix's order. */
  rows: ShiftShareRow[];
  /** G. */
  nationalGrowth: number | null;
  /** g_i per industry. */
  industryGrowth: (number | null)[];
  issues: Issue[];
}

function listMismatch(
  a: readonly string[],
  b: readonly string[],
  what: 'region' | 'industry',
): Issue[] {
  const issues: Issue[] = [];
  for (const x of a)
    if (!b.includes(x))
      issues.push({
        code: `${what}-only-at-start`,
        severity: 'error',
        message: `${what === 'region' ? 'Region' : 'Industry'} '${x}' is in the start matrix but not in the end matrix.`,
        where: what === 'region' ? { region: x } : { indicator: x },
      });
  for (const x of b)
    if (!a.includes(x))
      issues.push({
        code: `${what}-only-at-end`,
        severity: 'error',
        message: `${what === 'region' ? 'Region' : 'Industry'} '${x}' is in the end matrix but not in the start matrix.`,
        where: what === 'region' ? { region: x } : { indicator: x },
      });
  return issues;
}

/** Aligns the end matrix to the start's regions and industries by name. */
export function shiftShare(input: ShiftShareInput): ShiftShareResult {
  const { start, end } = input;
  const mismatch = [
    ...listMismatch(start.rows, end.rows, 'region'),
    ...listMismatch(start.columns, end.columns, 'industry'),
  ];
  if (mismatch.length > 0)
    return { rows: [], nationalGrowth: null, industryGrowth: [], issues: mismatch };
  const ri = start.rows.map((r) => end.rows.indexOf(r));
  const ii = start.columns.map((i) => end.columns.indexOf(i));
  const endAligned: LabelledMatrix = {
    rows: start.rows,
    columns: start.columns,
    values: ri.map((r) => ii.map((i) => end.values[r]?.[i] ?? null)),
  };
  const p0 = prepareEmployment(start);
  const p1 = prepareEmployment(endAligned);
  const issues: Issue[] = [
    ...p0.issues.filter((x) => x.code !== 'empty-region' && x.code !== 'empty-industry'),
    ...p1.issues.filter((x) => x.code !== 'empty-region' && x.code !== 'empty-industry'),
  ].map((x) => ({ ...x, message: x.message }));
  const I = start.columns.length;
  if (input.national && (input.national.start.length !== I || input.national.end.length !== I)) {
    issues.push({
      code: 'national-length',
      severity: 'error',
      message: `The national row has ${input.national.start.length} values at the start and ${input.national.end.length} at the end for ${I} industries.`,
      params: { start: input.national.start.length, end: input.national.end.length, count: I },
    });
    return { rows: [], nationalGrowth: null, industryGrowth: [], issues };
  }
  const n0 = input.national ? input.national.start : p0.colTotals;
  const n1 = input.national ? input.national.end : p1.colTotals;
  const t0 = n0.reduce((a, b) => a + b, 0);
  const t1 = n1.reduce((a, b) => a + b, 0);
  const G = t0 > 0 ? t1 / t0 - 1 : null;
  if (G === null)
    issues.push({
      code: 'empty-start',
      severity: 'error',
      message: 'National employment at the start is 0, so no growth rate can be computed.',
    });
  const gi = n0.map((v, i) => (v > 0 ? n1[i] / v - 1 : null));
  gi.forEach((g, i) => {
    if (g === null && G !== null)
      issues.push({
        code: 'industry-absent-at-start',
        severity: 'warning',
        message: `${start.columns[i]} employs no one nationally at the start; its shift-share terms are undefined (left empty).`,
        where: { indicator: start.columns[i] },
      });
  });
  const rows: ShiftShareRow[] = [];
  p0.e.forEach((row, r) =>
    row.forEach((e0, i) => {
      const e1 = p1.e[r][i];
      const base = {
        region: start.rows[r],
        industry: start.columns[i],
        start: e0,
        end: e1,
        change: e1 - e0,
      };
      const g = gi[i];
      if (G === null || g === null) {
        rows.push({
          ...base,
          national: null,
          mix: null,
          competitive: null,
          em_competitive: null,
          em_allocation: null,
        });
        return;
      }
      const national = e0 * G;
      const mix = e0 * (g - G);
      const competitive = e1 - e0 * (1 + g);
      let emC: number | null = null;
      let emA: number | null = null;
      if (e0 > 0) {
        const gir = e1 / e0 - 1;
        const homothetic = (p0.rowTotals[r] * n0[i]) / t0;
        emC = homothetic * (gir - g);
        emA = (e0 - homothetic) * (gir - g);
      }
      rows.push({ ...base, national, mix, competitive, em_competitive: emC, em_allocation: emA });
    }),
  );
  return { rows, nationalGrowth: G, industryGrowth: gi, issues };
}
