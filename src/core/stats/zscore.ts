/**
 * Column standardisation, z = (x - mean) / s with the SAMPLE standard deviation
 * s = sqrt(sum (x - mean)^2 / (n - 1)), as R's `scale()` does (docs/methods.md section 3).
 */

export interface ColumnStats {
  mean: number;
  /** Sample standard deviation (n - 1); 0 for a constant column. */
  sd: number;
}

/** Mean and sample SD of column j of a row-major matrix (rows = observations). */
export function columnStats(data: ReadonlyArray<ArrayLike<number>>, j: number): ColumnStats {
  const n = data.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += data[i][j];
  mean /= n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (data[i][j] - mean) ** 2;
  return { mean, sd: n > 1 ? Math.sqrt(ss / (n - 1)) : 0 };
}

/**
 * Standardises every column: z_ij = (x_ij - mean_j) / sd_j. A constant column (sd = 0)
 * cannot be scaled; it becomes all zeros and its index is reported in `constant`, so callers
 * can warn instead of producing NaN.
 */
export function zScoreColumns(data: ReadonlyArray<ArrayLike<number>>): {
  data: number[][];
  stats: ColumnStats[];
  constant: number[];
} {
  const p = data.length > 0 ? data[0].length : 0;
  const stats: ColumnStats[] = [];
  const constant: number[] = [];
  for (let j = 0; j < p; j++) {
    const s = columnStats(data, j);
    stats.push(s);
    if (!(s.sd > 0)) constant.push(j);
  }
  const out = data.map((row) =>
    stats.map(({ mean, sd }, j) => (sd > 0 ? (row[j] - mean) / sd : 0)),
  );
  return { data: out, stats, constant };
}
