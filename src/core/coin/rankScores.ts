/**
 * Ranks of scores as COINr's results tables give them: 1 = highest, ties share the smallest
 * rank (R's `rank(-x, ties.method = "min", na.last = "keep")`), missing scores have no rank
 * (null). Scores within 1e-9 (relative, at least absolute 1e-9) of each other tie, so that
 * floating-point noise does not split a tie.
 */
export function rankScores(
  x: ArrayLike<number>,
  offset = 0,
  n = x.length - offset,
): (number | null)[] {
  const idx: number[] = [];
  for (let i = 0; i < n; i++) if (x[offset + i] === x[offset + i]) idx.push(i);
  idx.sort((a, b) => x[offset + b] - x[offset + a]);
  const out: (number | null)[] = new Array<number | null>(n).fill(null);
  let rank = 1;
  for (let k = 0; k < idx.length; k++) {
    if (k > 0) {
      const a = x[offset + idx[k - 1]];
      const b = x[offset + idx[k]];
      if (a - b > 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))) rank = k + 1;
    }
    out[idx[k]] = rank;
  }
  return out;
}
