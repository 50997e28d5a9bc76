/**
 * Max-p regions (Duque, Anselin & Rey 2012, Journal of Regional Science 52:397): the largest
 * number of contiguous regions such that each region's sum of a floor variable (population,
 * say) reaches a threshold, and among partitions with that many regions the one with the
 * smallest within-region sum of squares of the attributes.
 *
 * Heuristic, seeded (the problem is NP-hard):
 * 1. Construction, repeated `iterations` times over random unit orders: grow a region from an
 *    unassigned unit by adding the unassigned neighbour closest in attributes to the region's
 *    mean until the floor is met; units that cannot reach the floor stay unassigned and are
 *    then attached to the neighbouring region whose sum of squares grows least.
 * 2. Keep the constructions with the most regions; improve the best of them by local search:
 *    move a unit on a region's edge to a neighbouring region when both stay contiguous, the
 *    donor keeps its floor and the total sum of squares falls, until no move helps.
 * A unit whose own connected component cannot reach the floor makes the problem infeasible.
 */
import type { Result } from '../issue.ts';
import { fail, ok } from '../issue.ts';
import { mulberry32, type Rng } from '../stats/random.ts';

export interface MaxpOptions {
  /** Floor variable per unit (e.g. population). */
  floorValues: ArrayLike<number>;
  /** Each region's sum of floorValues must be at least this. */
  floor: number;
  iterations?: number;
  seed?: number;
}

export interface MaxpResult {
  /** 1-based region of each unit, numbered by first appearance. */
  labels: number[];
  regions: number;
  /** Within-region sum of squared deviations from the region means, summed over regions. */
  withinSS: number;
}

function shuffled(n: number, rng: Rng): number[] {
  const a = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

function renumber(labels: readonly number[]): number[] {
  const map = new Map<number, number>();
  return labels.map((g) => {
    let v = map.get(g);
    if (v === undefined) {
      v = map.size + 1;
      map.set(g, v);
    }
    return v;
  });
}

export function maxp(
  data: ReadonlyArray<ArrayLike<number>>,
  neighbours: ReadonlyArray<readonly number[]>,
  options: MaxpOptions,
): Result<MaxpResult> {
  const n = data.length;
  const p = n ? data[0].length : 0;
  const { floorValues, floor } = options;
  const iterations = options.iterations ?? 99;
  const rng = mulberry32(options.seed ?? 1);
  let total = 0;
  for (let i = 0; i < n; i++) total += floorValues[i];
  if (!(total >= floor)) {
    return fail([
      {
        code: 'floor-unreachable',
        severity: 'error',
        message: `All units together sum to ${total}, below the floor of ${floor}: no region can be formed.`,
        params: { total, floor },
      },
    ]);
  }

  const sse = (members: readonly number[]): number => {
    let s = 0;
    for (let c = 0; c < p; c++) {
      let m = 0;
      for (const i of members) m += data[i][c];
      m /= members.length;
      for (const i of members) s += (data[i][c] - m) ** 2;
    }
    return s;
  };
  const totalSS = (labels: readonly number[]): number => {
    const groups = new Map<number, number[]>();
    labels.forEach((g, i) => {
      const l = groups.get(g);
      if (l) l.push(i);
      else groups.set(g, [i]);
    });
    let s = 0;
    for (const m of groups.values()) s += sse(m);
    return s;
  };

  const construct = (): number[] | null => {
    const label = new Array<number>(n).fill(-1);
    let regions = 0;
    const order = shuffled(n, rng);
    const enclaves: number[] = [];
    for (const seed of order) {
      if (label[seed] !== -1) continue;
      const members = [seed];
      label[seed] = regions;
      let sum = floorValues[seed];
      const mean = Float64Array.from(data[seed]);
      while (sum < floor) {
        let best = -1;
        let bestD = Infinity;
        for (const u of members)
          for (const v of neighbours[u]) {
            if (label[v] !== -1) continue;
            let d = 0;
            for (let c = 0; c < p; c++) d += (data[v][c] - mean[c]) ** 2;
            if (d < bestD) {
              bestD = d;
              best = v;
            }
          }
        if (best < 0) break;
        members.push(best);
        label[best] = regions;
        sum += floorValues[best];
        for (let c = 0; c < p; c++) mean[c] += (data[best][c] - mean[c]) / members.length;
      }
      if (sum >= floor) {
        regions++;
      } else {
        for (const u of members) {
          label[u] = -2;
          enclaves.push(u);
        }
      }
    }
    if (regions === 0) return null;
    // Attach enclaves to an adjacent region (least growth of its sum of squares).
    let pending = enclaves.filter((u) => label[u] < 0);
    while (pending.length) {
      const next: number[] = [];
      for (const u of pending) {
        let best = -1;
        let bestCost = Infinity;
        const seen = new Set<number>();
        for (const v of neighbours[u]) {
          const g = label[v];
          if (g < 0 || seen.has(g)) continue;
          seen.add(g);
          const members = label.flatMap((h, i) => (h === g ? [i] : []));
          const cost = sse([...members, u]) - sse(members);
          if (cost < bestCost) {
            bestCost = cost;
            best = g;
          }
        }
        if (best >= 0) label[u] = best;
        else next.push(u);
      }
      if (next.length === pending.length) return null;
      pending = next;
    }
    return label;
  };

  let bestLabels: number[] | null = null;
  let bestRegions = 0;
  let bestSS = Infinity;
  for (let it = 0; it < iterations; it++) {
    const l = construct();
    if (!l) continue;
    const r = new Set(l).size;
    const ss = totalSS(l);
    if (r > bestRegions || (r === bestRegions && ss < bestSS)) {
      bestLabels = l;
      bestRegions = r;
      bestSS = ss;
    }
  }
  if (!bestLabels) {
    return fail([
      {
        code: 'floor-unreachable-part',
        severity: 'error',
        message:
          'No partition meets the floor: some groups of connected units sum to less than it. Lower the floor or join islands to their nearest unit.',
      },
    ]);
  }
  const labels = localSearch(bestLabels);
  return ok({ labels: renumber(labels), regions: bestRegions, withinSS: totalSS(labels) });

  function connectedWithout(members: readonly number[], drop: number): boolean {
    const set = new Set(members);
    set.delete(drop);
    if (set.size === 0) return false;
    const start = set.values().next().value as number;
    const seen = new Set([start]);
    const stack = [start];
    while (stack.length) {
      const u = stack.pop() as number;
      for (const v of neighbours[u])
        if (set.has(v) && !seen.has(v)) {
          seen.add(v);
          stack.push(v);
        }
    }
    return seen.size === set.size;
  }

  function localSearch(start: number[]): number[] {
    const label = [...start];
    const groupMembers = () => {
      const m = new Map<number, number[]>();
      label.forEach((g, i) => {
        const l = m.get(g);
        if (l) l.push(i);
        else m.set(g, [i]);
      });
      return m;
    };
    for (let pass = 0; pass < 50; pass++) {
      let improved = false;
      const members = groupMembers();
      for (let u = 0; u < n; u++) {
        const from = label[u];
        const donor = members.get(from) as number[];
        if (donor.length < 2) continue;
        let donorSum = 0;
        for (const i of donor) donorSum += floorValues[i];
        if (donorSum - floorValues[u] < floor) continue;
        const targets = new Set(neighbours[u].map((v) => label[v]).filter((g) => g !== from));
        if (targets.size === 0 || !connectedWithout(donor, u)) continue;
        const donorAfter = donor.filter((i) => i !== u);
        const base = sse(donor);
        let bestGain = 1e-12;
        let bestTo = -1;
        for (const g of targets) {
          const rec = members.get(g) as number[];
          const gain = base + sse(rec) - sse(donorAfter) - sse([...rec, u]);
          if (gain > bestGain) {
            bestGain = gain;
            bestTo = g;
          }
        }
        if (bestTo >= 0) {
          label[u] = bestTo;
          members.set(from, donorAfter);
          (members.get(bestTo) as number[]).push(u);
          improved = true;
        }
      }
      if (!improved) break;
    }
    return label;
  }
}
