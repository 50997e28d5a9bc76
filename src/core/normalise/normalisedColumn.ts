/**
 * What every normalisation returns: the column on its scale (null where the input is
 * missing) and the named problems met on the way. Normalisations never throw and never
 * produce NaN or Infinity; an edge case becomes an Issue and a documented value.
 */
import type { Issue } from '../issue.ts';
import type { Direction } from '../spec.ts';

export interface NormalisedColumn {
  values: (number | null)[];
  issues: Issue[];
}

export interface ColumnInput {
  /** Indicator id, for `where.indicator` in issues. */
  indicator: string;
  /** Unit (region) names, for `where.region` in issues; same length as `values`. */
  units: readonly string[];
  values: readonly (number | null)[];
  direction: Direction;
  /** `distance-to-target` only. */
  target?: number;
  /** `goalposts` only: worst and best plausible values (low < high) in the column's unit. */
  goalposts?: { low?: number; high?: number };
  /** Output scale of `min-max` and `goalposts`; absent = [0, 100]. */
  range?: readonly [number, number];
}

/** A finite number, or null for anything missing or non-finite. */
export function finiteOrNull(x: number | null | undefined): number | null {
  return typeof x === 'number' && Number.isFinite(x) ? x : null;
}

/** Indices of the present (finite) values. */
export function presentIndices(values: readonly (number | null)[]): number[] {
  const out: number[] = [];
  values.forEach((v, i) => {
    if (finiteOrNull(v) !== null) out.push(i);
  });
  return out;
}
