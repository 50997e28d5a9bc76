/**
 * Pearson correlation matrix of the columns of a data matrix (rows = observations):
 *
 *   r_jk = sum_i (x_ij - mean_j)(x_ik - mean_k) / sqrt(sum_i (x_ij - mean_j)^2 sum_i (x_ik - mean_k)^2)
 *
 * the matrix R's `cor(X)` returns and `prcomp(X, scale. = TRUE)` diagonalises (docs/methods.md
 * section 4). Written as a tight Float64Array loop rather than ml-matrix's `correlation()`:
 * bench/pca.ts measured both (see bench/results/pca.md); this one also validates the input.
 */
import type { Issue } from '../issue.ts';
import { FactorError } from './factorError.ts';
import { missingValueIssue } from '../stats/missingValue.ts';

/** Data as rows of numbers; null, undefined or NaN cells count as missing. */
export type DataRows = ReadonlyArray<ArrayLike<number | null | undefined>>;

export interface CorrelationResult {
  /** p x p, row-major. */
  r: Float64Array;
  p: number;
  n: number;
  means: Float64Array;
  /** Sample standard deviations (n - 1). */
  sds: Float64Array;
}

const MAX_LISTED = 50;

/** Variable names for messages: the given ones, else V1, V2, ... */
export function variableNames(p: number, variables?: readonly string[]): string[] {
  if (variables && variables.length === p) return [...variables];
  return Array.from({ length: p }, (_, j) => `V${j + 1}`);
}

/**
 * Checks the data and packs it column-major into one Float64Array (n * p). Throws a
 * FactorError listing every missing cell, or naming each constant column.
 */
export function packColumns(
  data: DataRows,
  variables?: readonly string[],
  minObservations = 3,
): { x: Float64Array; n: number; p: number } {
  const n = data.length;
  const p = n > 0 ? data[0].length : 0;
  if (n < minObservations) {
    throw new FactorError(
      'too-few-observations',
      `Factor analysis needs at least ${minObservations} observations; the data has ${n}.`,
      [
        {
          code: 'too-few-observations',
          severity: 'error',
          message: `Factor analysis needs at least ${minObservations} observations; the data has ${n}.`,
          params: { count: n, min: minObservations },
        },
      ],
    );
  }
  if (variables && variables.length !== p) {
    throw new FactorError(
      'variables-length',
      `${variables.length} variable names were given for ${p} columns.`,
    );
  }
  const names = variableNames(p, variables);
  const x = new Float64Array(n * p);
  const missing: Issue[] = [];
  for (let i = 0; i < n; i++) {
    const row = data[i];
    if (row.length !== p) {
      throw new FactorError(
        'ragged-rows',
        `Observation ${i + 1} has ${row.length} values; the first has ${p}.`,
        [
          {
            code: 'ragged-rows',
            severity: 'error',
            message: `Observation ${i + 1} has ${row.length} values; the first has ${p}.`,
            where: { row: i + 1 },
            params: { observation: i + 1, count: row.length, expected: p },
          },
        ],
      );
    }
    for (let j = 0; j < p; j++) {
      const v = row[j];
      if (v === null || v === undefined || !Number.isFinite(v)) {
        missing.push(missingValueIssue(i, names[j]));
        continue;
      }
      x[j * n + i] = v;
    }
  }
  if (missing.length > 0) {
    const shown = missing
      .slice(0, MAX_LISTED)
      .map((m) => `observation ${m.where?.row} / ${m.where?.column}`)
      .join('; ');
    const more = missing.length > MAX_LISTED ? `; and ${missing.length - MAX_LISTED} more` : '';
    throw new FactorError(
      'missing-values',
      `${missing.length} missing value(s); factor analysis needs complete data: ${shown}${more}.`,
      missing,
    );
  }
  return { x, n, p };
}

/**
 * The correlation matrix of complete numeric data; throws FactorError for fewer than 3
 * observations, missing cells (all listed) or constant columns (all named).
 */
export function correlationMatrix(
  data: DataRows,
  variables?: readonly string[],
): CorrelationResult {
  const { x, n, p } = packColumns(data, variables);
  return correlationOfColumns(x, n, p, variableNames(p, variables));
}

/** Correlation of column-major data (n * p); names are used for the constant-column error. */
export function correlationOfColumns(
  x: Float64Array,
  n: number,
  p: number,
  names: readonly string[],
): CorrelationResult {
  const means = new Float64Array(p);
  const sds = new Float64Array(p);
  // Centred and scaled to unit sum of squares, so each r_jk is one dot product.
  const u = new Float64Array(n * p);
  const constant: string[] = [];
  for (let j = 0; j < p; j++) {
    const o = j * n;
    let m = 0;
    for (let i = 0; i < n; i++) m += x[o + i];
    m /= n;
    // A second pass on the centred values keeps the variance accurate for large means.
    let ss = 0;
    for (let i = 0; i < n; i++) {
      const d = x[o + i] - m;
      u[o + i] = d;
      ss += d * d;
    }
    means[j] = m;
    sds[j] = Math.sqrt(ss / (n - 1));
    // Relative test: a column whose spread is rounding noise around its mean is constant.
    if (!(ss > 0) || Math.sqrt(ss / n) <= 1e-13 * Math.max(1, Math.abs(m))) {
      constant.push(names[j]);
      continue;
    }
    const s = 1 / Math.sqrt(ss);
    for (let i = 0; i < n; i++) u[o + i] *= s;
  }
  if (constant.length > 0) {
    throw new FactorError(
      'constant-column',
      `Constant column(s) have no variance and no correlation: ${constant.join(', ')}. Remove them.`,
      constant.map((c) => ({
        code: 'constant-column',
        severity: 'error' as const,
        message: `Variable ${c} has the same value in every observation, so it has no correlation with anything.`,
        where: { column: c },
        params: { variable: c },
      })),
    );
  }
  const r = new Float64Array(p * p);
  for (let j = 0; j < p; j++) {
    r[j * p + j] = 1;
    const oj = j * n;
    for (let k = j + 1; k < p; k++) {
      const ok = k * n;
      let s = 0;
      for (let i = 0; i < n; i++) s += u[oj + i] * u[ok + i];
      // Rounding can push |r| a hair above 1; the eigen-solver must not see that.
      if (s > 1) s = 1;
      else if (s < -1) s = -1;
      r[j * p + k] = s;
      r[k * p + j] = s;
    }
  }
  return { r, p, n, means, sds };
}
