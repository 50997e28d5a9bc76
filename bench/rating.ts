/**
 * `npx tsx bench/rating.ts`: speed of rate() and of the Monte Carlo sensitivity (1,000 runs,
 * uniform noise 0.25, and simplex) at 16, 200 and 3,000 regions, 6 indicators in 2 groups
 * (the paper's spec). Median of several repeats after a warm-up, in ms. Writes
 * bench/results/rating.md. Target (issue 3): sensitivity, 1,000 runs on 16 regions, well
 * under 50 ms.
 *
 * Data: the 16 regions are seed 004's 2010 inputs (test/fixtures/rating/seed004-2010.csv);
 * larger sizes are lognormal columns from mulberry32 seed 2024, 1% of cells missing.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import {
  rate,
  type RatingMatrix,
  sensitivity,
  paperRatingSpec,
  mulberry32,
  normal,
} from '../src/core/index.ts';

const IDS = ['S_D', 'S_F', 'S_E', 'S_A', 'S_B', 'S_C'];

function seedMatrix(): RatingMatrix {
  const [, ...lines] = readFileSync('test/fixtures/rating/seed004-2010.csv', 'utf8')
    .trim()
    .split('\n');
  const rows = lines.map((l) => l.split(','));
  return {
    rows: rows.map((r) => r[0]),
    columns: IDS,
    values: rows.map((r) => r.slice(1).map(Number)),
  };
}

function synthetic(n: number): RatingMatrix {
  const rng = mulberry32(2024);
  return {
    rows: Array.from({ length: n }, (_, i) => `r${i + 1}`),
    columns: IDS,
    values: Array.from({ length: n }, () =>
      IDS.map(() => (rng() < 0.01 ? null : Math.exp(normal(rng)))),
    ),
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function time(f: () => unknown, repeats: number): number {
  f(); // warm-up (JIT)
  const t: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    f();
    t.push(performance.now() - t0);
  }
  return median(t);
}

const spec = paperRatingSpec();
const rows: string[] = [];
for (const n of [16, 200, 3000]) {
  const m = n === 16 ? seedMatrix() : synthetic(n);
  const repeats = n <= 200 ? 15 : 5;
  const tRate = time(() => rate(m, spec), repeats);
  const tUni = time(
    () => sensitivity(m, spec, { runs: 1000, mode: 'uniform', noise: 0.25, seed: 1 }),
    repeats,
  );
  const tSim = time(
    () => sensitivity(m, spec, { runs: 1000, mode: 'simplex', noise: 0, seed: 1 }),
    repeats,
  );
  rows.push(
    `| ${n.toLocaleString('en')} | ${tRate.toFixed(3)} | ${tUni.toFixed(1)} | ${tSim.toFixed(1)} | ${repeats} |`,
  );
}

const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`;
const text = [
  '## Rating and sensitivity (bench/rating.ts)',
  '',
  `${new Date().toISOString().slice(0, 10)}, ${machine}. Paper's spec (6 indicators, 2 groups), median ms over the repeats after one warm-up.`,
  'Target: sensitivity, 1,000 runs on 16 regions, well under 50 ms.',
  '',
  '| regions | rate() ms | sensitivity 1,000 runs, uniform ms | sensitivity 1,000 runs, simplex ms | repeats |',
  '|---:|---:|---:|---:|---:|',
  ...rows,
  '',
].join('\n');
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/rating.md', text);
console.log(text);
