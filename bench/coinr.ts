/**
 * `npx tsx bench/coinr.ts`: speed of the COINr-style uncertainty and sensitivity analysis
 * (src/core/coin/coinSensitivity.ts) against the targets: 1,000 base samples over 6
 * uncertain inputs (weights, normalisation, aggregation, imputation, treatment, leaving one
 * indicator out: 8,000 index evaluations, plus 500 bootstrap resamples of the Sobol
 * estimators) on 20 units within 1 s and on 3,000 units within 10 s. Also coinRate() alone.
 * Peer measured in the same run: the app's weights-only Monte Carlo (core/sensitivity,
 * 1,000 runs, 6 indicators in 2 groups) on the same number of units.
 *
 * Data: a four-level tree of 30 indicators (6 pillars of 5, 2 sub-indices, index), lognormal
 * columns from mulberry32 seed 2026, 2% of cells missing, one unit-group column.
 * Median of the repeats after one warm-up; machine load (1-minute load average) recorded.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import {
  type CoinData,
  coinRate,
  type CoinOptions,
  coinSensitivity,
  buildIndexTree,
  type IndexNodeSpec,
  type RatingMatrix,
  sensitivity,
  paperRatingSpec,
  mulberry32,
  normal,
} from '../src/core/index.ts';

const K = 30;
function study(n: number): { data: CoinData; nodes: IndexNodeSpec[]; matrix: RatingMatrix } {
  const rng = mulberry32(2026);
  const nodes: IndexNodeSpec[] = [];
  for (let k = 0; k < K; k++) {
    nodes.push({
      code: `x${k + 1}`,
      level: 1,
      parent: `P${Math.floor(k / 5) + 1}`,
      weight: 1 + (k % 3),
      direction: k % 7 === 3 ? -1 : 1,
    });
  }
  for (let p = 1; p <= 6; p++)
    nodes.push({ code: `P${p}`, level: 2, parent: p <= 3 ? 'S1' : 'S2', weight: 1 });
  nodes.push(
    { code: 'S1', level: 3, parent: 'IDX', weight: 1 },
    { code: 'S2', level: 3, parent: 'IDX', weight: 1 },
  );
  nodes.push({ code: 'IDX', level: 4, parent: null, weight: 1 });
  const numeric = new Map<string, Float64Array>();
  for (let k = 0; k < K; k++) {
    numeric.set(
      `x${k + 1}`,
      Float64Array.from({ length: n }, () => (rng() < 0.02 ? NaN : Math.exp(normal(rng)))),
    );
  }
  const data: CoinData = {
    uCode: Array.from({ length: n }, (_, i) => `u${i + 1}`),
    uName: Array.from({ length: n }, (_, i) => `Unit ${i + 1}`),
    time: new Array(n).fill(null),
    numeric,
    text: new Map([['zone', Array.from({ length: n }, (_, i) => (i % 2 ? 'a' : 'b'))]]),
  };
  const ids = ['S_D', 'S_F', 'S_E', 'S_A', 'S_B', 'S_C'];
  const matrix: RatingMatrix = {
    rows: data.uCode,
    columns: ids,
    values: data.uCode.map((_, u) =>
      ids.map((_, k) => {
        const v = (numeric.get(`x${k + 1}`) as Float64Array)[u];
        return v === v ? v : null;
      }),
    ),
  };
  return { data, nodes, matrix };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
/** Wall and CPU (user + system) ms per call: on a shared machine the CPU time is the fairer figure. */
function time(
  f: () => unknown,
  repeats: number,
): { median: number; min: number; max: number; cpu: number } {
  f();
  const t: number[] = [];
  const c: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    f();
    t.push(performance.now() - t0);
    const dc = process.cpuUsage(c0);
    c.push((dc.user + dc.system) / 1000);
  }
  return { median: median(t), min: Math.min(...t), max: Math.max(...t), cpu: median(c) };
}

const options: CoinOptions = {
  impute: 'i_mean',
  treat: { method: 'none' },
  normalise: 'n_minx',
  range: [1, 100],
  aggregate: [{ method: 'a_amean' }],
};
const rows: string[] = [];
const loads: number[] = [];
for (const [n, repeats, target] of [
  [20, 7, 1000],
  [3000, 3, 10000],
] as const) {
  const s = study(n);
  const t = buildIndexTree(s.nodes);
  if (!t.ok) throw new Error('tree');
  const tree = t.tree;
  loads.push(os.loadavg()[0]);
  const tRate = time(() => coinRate(s.data, tree, options), repeats);
  const tSens = time(
    () =>
      coinSensitivity(s.data, tree, options, {
        vary: ['weights', 'normalise', 'aggregate', 'impute', 'treat', 'exclude'],
        runs: 1000,
        seed: 1,
      }),
    repeats,
  );
  const tPeer = time(
    () =>
      sensitivity(s.matrix, paperRatingSpec(), {
        runs: 1000,
        mode: 'uniform',
        noise: 0.25,
        seed: 1,
      }),
    repeats,
  );
  loads.push(os.loadavg()[0]);
  rows.push(
    `| ${n.toLocaleString('en')} | ${tRate.median.toFixed(2)} | ${tSens.median.toFixed(0)} (${tSens.min.toFixed(0)}-${tSens.max.toFixed(0)}) | ${tSens.cpu.toFixed(0)} | ${(target / 1000).toFixed(0)} s: wall ${tSens.median <= target ? 'met' : 'MISSED'}, CPU ${tSens.cpu <= target ? 'met' : 'MISSED'} | ${tPeer.median.toFixed(1)} | ${(tSens.median / tPeer.median).toFixed(1)} | ${repeats} |`,
  );
  console.log(rows[rows.length - 1]);
}
const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}`;
const text = [
  '## COINr-style uncertainty and Sobol sensitivity (bench/coinr.ts)',
  '',
  `${new Date().toISOString().slice(0, 10)}, ${machine}; 1-minute load average during the run ${Math.min(...loads).toFixed(1)}-${Math.max(...loads).toFixed(1)} (shared machine).`,
  'Four-level tree of 30 indicators; 6 uncertain inputs (weights, normalisation, aggregation, imputation, treatment, one indicator left out), 1,000 base samples: 8,000 index evaluations plus 500 bootstrap resamples of the Sobol estimators.',
  "Peer in the same run: the app's weights-only Monte Carlo (1,000 runs, 6 indicators, 2 groups) on the same units. Median ms after one warm-up (min-max).",
  '',
  '| units | coinRate() ms | sensitivity, 8,000 evaluations, wall ms (min-max) | same, CPU ms | target | peer: weights-only MC, 1,000 runs, wall ms | ratio to peer (wall) | repeats |',
  '|---:|---:|---:|---:|---|---:|---:|---:|',
  ...rows,
  '',
].join('\n');
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/coinr.md', text);
console.log('bench/results/coinr.md written');
