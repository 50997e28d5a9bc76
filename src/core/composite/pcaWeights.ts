/**
 * "PCA weights per group" (issue 9 item 1), as COINr's `get_PCA(by_groups = TRUE, weights_to)`:
 * within each group, the indicators' weights are the loadings of the first principal component
 * of their correlation matrix (R `prcomp(X, center = TRUE, scale. = TRUE)$rotation[, 1]`, i.e.
 * the unit eigenvector of the largest eigenvalue), computed on the normalised scores (so a
 * lower-is-better indicator already points the right way) over the units with every value
 * present. The eigenvector's sign is arbitrary: it is turned so that its loadings sum to a
 * positive number. A negative loading means the indicator pulls against its group's common
 * dimension; as a weight it would reward the worse value, so it is set to 0 and named
 * (`pca-negative-loading`). Weights are the loadings as they are: the rating normalises them
 * within the group. Sub-group and group weights are not touched (COINr: one level at a time).
 *
 * A group with fewer than two indicators, fewer than three complete units or a constant column
 * keeps its weights, named by `pca-few-indicators`, `pca-few-units` or `pca-constant`. OECD/JRC Handbook (2008),
 * section 6.1 discusses the method and its caveats (weights follow correlation, not importance).
 */
import type { Issue } from '../issue.ts';
import { correlationOfColumns } from '../factors/correlationMatrix.ts';
import { principalComponents } from '../factors/principalComponents.ts';
import type { RatingSpec } from '../spec.ts';
import { mapGroups } from './ratingTree.ts';

export interface PcaWeights {
  rating: RatingSpec;
  issues: Issue[];
}

/**
 * `normalised` is units x `indicators` (null = missing), as RatingResult gives it; returns the
 * rating with each group's indicator weights replaced by its first-component loadings.
 */
export function pcaWeights(
  normalised: readonly (readonly (number | null)[])[],
  indicators: readonly string[],
  rating: RatingSpec,
): PcaWeights {
  const issues: Issue[] = [];
  const col = new Map(indicators.map((id, j) => [id, j]));
  const groups = mapGroups(rating.groups, (g) => {
    const ids = g.indicators.map((i) => i.id).filter((id) => col.has(id));
    const skip = (reason: 'few-indicators' | 'few-units' | 'constant') => {
      if (g.indicators.length > 0)
        issues.push({
          code: `pca-${reason}`,
          severity: 'warning',
          message: `Group ${g.id} keeps its weights: ${reason === 'few-indicators' ? 'PCA weights need at least two indicators' : reason === 'few-units' ? 'fewer than three units have every indicator' : 'an indicator has the same value for every unit'}.`,
          where: { field: 'rating.groups' },
          params: { group: g.label ?? g.id },
        });
      return g;
    };
    if (ids.length < 2) return skip('few-indicators');
    const rows = normalised.filter((r) =>
      ids.every((id) => {
        const v = r[col.get(id)!];
        return typeof v === 'number' && Number.isFinite(v);
      }),
    );
    const n = rows.length;
    const p = ids.length;
    if (n < 3) return skip('few-units');
    const x = new Float64Array(n * p);
    ids.forEach((id, j) => rows.forEach((r, i) => (x[j * n + i] = r[col.get(id)!] as number)));
    let corr;
    try {
      corr = correlationOfColumns(x, n, p, ids);
    } catch {
      return skip('constant');
    }
    const v = principalComponents(corr.r, p).vectors.map((row) => row[0]);
    const sign = v.reduce((s, a) => s + a, 0) < 0 ? -1 : 1;
    const w = new Map(ids.map((id, j) => [id, sign * v[j]]));
    return {
      ...g,
      indicators: g.indicators.map((ind) => {
        const l = w.get(ind.id);
        if (l === undefined) return ind;
        if (l < 0) {
          issues.push({
            code: 'pca-negative-loading',
            severity: 'warning',
            message: `Indicator ${ind.id} loads ${l.toFixed(3)} on the first component of group ${g.id}, against the others; its PCA weight is set to 0.`,
            where: { indicator: ind.id },
            params: { group: g.label ?? g.id, value: Math.round(l * 1000) / 1000 },
          });
          return { ...ind, weight: 0 };
        }
        return { ...ind, weight: l };
      }),
    };
  });
  return { rating: groups === rating.groups ? rating : { ...rating, groups }, issues };
}
