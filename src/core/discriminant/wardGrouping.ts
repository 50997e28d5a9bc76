/**
 * The default grouping of industries offered before the user edits it by hand: Ward's
 * clustering of the industries on their z-scored measures (clusterAnalysis with standardise
 * 'z' and Ward's linkage = R `cutree(hclust(dist(scale(X)), "ward.D2"), k)`, docs/methods.md
 * section 3), as seed 002 first groups its 21 industries by Ward before the discriminant
 * step. The groups are renumbered by ascending mean of `order` (e.g. the location quotient),
 * so group 1 holds the weakest industries and group k the strongest.
 */
import { clusterAnalysis } from '../cluster/clusterAnalysis.ts';
import type { Result } from '../issue.ts';
import { fail, ok } from '../issue.ts';

/** Group index 0 .. k - 1 per row of `data`, ordered by the groups' mean of `order`. */
export function wardGrouping(
  data: readonly (readonly number[])[],
  k: number,
  order: readonly number[],
  names?: { observations?: readonly string[]; variables?: readonly string[] },
): Result<number[]> {
  const res = clusterAnalysis(data, {
    standardise: 'z',
    linkage: 'ward',
    k,
    observationNames: names?.observations,
    variableNames: names?.variables,
  });
  if (!res.ok) return fail(res.issues);
  const labels = res.value.labels;
  const sums = new Array<number>(k).fill(0);
  const counts = new Array<number>(k).fill(0);
  labels.forEach((l, i) => {
    sums[l - 1] += order[i];
    counts[l - 1]++;
  });
  const rank = sums
    .map((s, g) => ({ g, mean: counts[g] > 0 ? s / counts[g] : Infinity }))
    .sort((a, b) => a.mean - b.mean || a.g - b.g)
    .map((x) => x.g);
  const to = new Array<number>(k);
  rank.forEach((g, r) => (to[g] = r));
  return ok(
    labels.map((l) => to[l - 1]),
    res.warnings,
  );
}
