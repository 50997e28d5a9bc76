/**
 * Re-aggregation of a table from one territorial scheme to another (docs/methods.md,
 * "Today's regions and the crosswalk to 2014").
 *
 * Merging parts into a whole, for a target unit T made of source units P(T):
 * - additive columns (counts and totals: population, employed, GRP):   x_T = sum_{p in P(T)} x_p
 * - weighted columns (rates and ratios), with a weight column w:      x_T = sum w_p x_p / sum w_p
 * - other columns: carried only where T has exactly one part (same territory), else null.
 * A missing part makes the whole missing: a sum over some of the parts would be silently low.
 *
 * Splitting a whole into parts, with an allocation key s_T (the part's share of its parent):
 * - additive: x_T = s_T * x_parent;  weighted and other columns: x_T = x_parent (the parent's
 *   rate is the only estimate of the part's rate without further data; stated in the output).
 */
import type { Issue } from '../issue.ts';

export type CrosswalkColumnKind = 'additive' | 'weighted' | 'other';

export interface CrosswalkTable {
  /** values[row][column]; null = missing. */
  values: ReadonlyArray<ReadonlyArray<number | null>>;
  kinds: readonly CrosswalkColumnKind[];
  /** Column holding the weight of `weighted` columns, or null when none is weighted. */
  weightColumn: number | null;
}

export interface CrosswalkResult {
  values: (number | null)[][];
  issues: Issue[];
}

/**
 * Merges source rows into target units: `groups[t]` lists the source rows that make up target
 * t (formula in the file comment). `names[t]` labels target t in messages.
 */
export function aggregateUnits(
  table: CrosswalkTable,
  groups: ReadonlyArray<readonly number[]>,
  names: readonly string[] = [],
): CrosswalkResult {
  const issues: Issue[] = [];
  const { values, kinds, weightColumn } = table;
  const out = groups.map((rows, t) =>
    kinds.map((kind, c): number | null => {
      if (rows.length === 0) return null;
      const parts = rows.map((r) => values[r][c]);
      if (rows.length === 1) return parts[0];
      if (parts.some((v) => v === null)) return null;
      if (kind === 'additive') return (parts as number[]).reduce((a, b) => a + b, 0);
      if (kind === 'weighted') {
        if (weightColumn === null) return null;
        let sw = 0;
        let swx = 0;
        for (let i = 0; i < rows.length; i++) {
          const w = values[rows[i]][weightColumn];
          if (w === null || w < 0) return null;
          sw += w;
          swx += w * (parts[i] as number);
        }
        if (sw <= 0) {
          issues.push({
            code: 'crosswalk-zero-weight',
            severity: 'warning',
            message: `The weights of the parts of ${names[t] ?? `unit ${t + 1}`} sum to 0, so its weighted average is undefined.`,
            where: { region: names[t], column: String(c) },
          });
          return null;
        }
        return swx / sw;
      }
      return null;
    }),
  );
  return { values: out, issues };
}

/**
 * Splits parent rows into target units with an allocation key: target t takes row `parent[t]`
 * and share `shares[t]` (formula in the file comment). Shares of the parts of one parent must
 * sum to 1 (within 0.001): otherwise an issue names the parent.
 */
export function allocateUnits(
  table: CrosswalkTable,
  parent: readonly number[],
  shares: readonly number[],
  parentNames: readonly string[] = [],
): CrosswalkResult {
  const issues: Issue[] = [];
  const sums = new Map<number, number>();
  parent.forEach((p, t) => sums.set(p, (sums.get(p) ?? 0) + shares[t]));
  for (const [p, s] of sums) {
    if (Math.abs(s - 1) > 1e-3) {
      issues.push({
        code: 'crosswalk-shares-sum',
        severity: 'error',
        message: `The shares of the parts of ${parentNames[p] ?? `row ${p + 1}`} sum to ${s.toFixed(4)}, not 1.`,
        where: { region: parentNames[p] },
      });
    }
  }
  const values = parent.map((p, t) =>
    table.kinds.map((kind, c) => {
      const v = table.values[p][c];
      if (v === null) return null;
      return kind === 'additive' ? v * shares[t] : v;
    }),
  );
  return { values, issues };
}
