/**
 * The agglomeration schedule SPSS prints for hierarchical clustering (docs/methods.md section 3).
 * Per stage: the two clusters combined, each named by its smallest member (1-based
 * observation number; the combined cluster keeps the smaller name), the merge height, the
 * coefficient = within-cluster sum of squares of the whole partition after the stage (for
 * Ward this is SPSS's coefficient, the cumulative sum of height^2 / 2, since
 * d(A, B)^2 / 2 = |A||B| / (|A| + |B|) ||c_A - c_B||^2 is the increase it causes), the stage
 * at which each cluster was formed (0 = a single observation) and the next stage at which
 * the combined cluster is merged again (0 = never).
 */
import { ClusterError } from './clusterError.ts';
import { toRowMajor } from './distance.ts';
import type { HclustTree } from './hclustTree.ts';

export interface ScheduleStage {
  stage: number;
  cluster1: number;
  cluster2: number;
  height: number;
  /** Within-cluster sum of squares after this stage (SPSS's Ward coefficient). */
  coefficient: number;
  firstAppears1: number;
  firstAppears2: number;
  nextStage: number;
}

/** The SPSS-style schedule of `tree`, with coefficients from the clustered `data`. */
export function agglomerationSchedule(
  tree: HclustTree,
  data: ReadonlyArray<ArrayLike<number>>,
): ScheduleStage[] {
  const { merge, height, n } = tree;
  const { x, p } = toRowMajor(data);
  if (data.length !== n) {
    throw new ClusterError(
      'labels-length',
      `The tree has ${n} observations, the data ${data.length}.`,
    );
  }
  const m = merge.length;
  // Per step: smallest member, size and centroid of the cluster it formed.
  const smallest = new Int32Array(m);
  const size = new Float64Array(m);
  const centroid = new Float64Array(m * p);
  const nextStage = new Int32Array(m);
  const describe = (code: number) =>
    code < 0
      ? { name: -code, size: 1, offset: (-code - 1) * p, cx: x, stage: 0 }
      : {
          name: smallest[code - 1] + 1,
          size: size[code - 1],
          offset: (code - 1) * p,
          cx: centroid,
          stage: code,
        };
  const out: ScheduleStage[] = [];
  let wss = 0;
  for (let s = 0; s < m; s++) {
    let a = describe(merge[s][0]);
    let b = describe(merge[s][1]);
    if (b.name < a.name) [a, b] = [b, a];
    const t = a.size + b.size;
    let d2 = 0;
    for (let j = 0; j < p; j++) {
      const ca = a.cx[a.offset + j];
      const cb = b.cx[b.offset + j];
      d2 += (ca - cb) ** 2;
      centroid[s * p + j] = (a.size * ca + b.size * cb) / t;
    }
    wss += ((a.size * b.size) / t) * d2;
    smallest[s] = a.name - 1;
    size[s] = t;
    if (a.stage > 0) nextStage[a.stage - 1] = s + 1;
    if (b.stage > 0) nextStage[b.stage - 1] = s + 1;
    out.push({
      stage: s + 1,
      cluster1: a.name,
      cluster2: b.name,
      height: height[s],
      coefficient: wss,
      firstAppears1: a.stage,
      firstAppears2: b.stage,
      nextStage: 0,
    });
  }
  for (let s = 0; s < m; s++) out[s].nextStage = nextStage[s];
  return out;
}
