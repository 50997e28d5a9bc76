/**
 * `npx tsx bench/ward.ts [cases...] [--repeats N]`: Ward clustering speed and memory, in
 * process (both paths of hclust) and as a whole CLI process, against SciPy
 * (bench/ward_scipy.py) on the same CSV files. Writes bench/results/ward.md. Targets (issue 3,
 * item 5): CLI Ward on 5,000 x 20 as a whole process no slower than the SciPy script;
 * 20,000 x 20 through the CLI without an n x n matrix, under 250 MB peak RSS.
 *
 * Cases: a size (clustered data: seeded Gaussian mixture, 8 centres drawn from N(0, 3^2) per
 * variable, points N(centre, 1), 20 variables, mulberry32 seed 2024) or "iso" + size
 * (structureless: one isotropic Gaussian, the worst case for the centroid path's pruning).
 * Whole-process runs are interleaved (every case's CLI and SciPy runs, then the next repeat),
 * so all see the same machine load; the table gives medians and the min-max spread.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import {
  WARD_PROBE_MAX_VISITED,
  WARD_PROBE_SEARCHES,
  type WardAlgorithm,
  hclust,
} from '../src/core/cluster/hclust.ts';
import { wardNnChainIfPruned } from '../src/core/cluster/ward.ts';
import { WARD_MATRIX_MAX_OBSERVATIONS } from '../src/core/cluster/wardMatrix.ts';
import { MAX_MATRIX_OBSERVATIONS, toRowMajor } from '../src/core/cluster/distance.ts';
import { mulberry32, normal } from '../src/core/stats/random.ts';
import { zScoreColumns } from '../src/core/stats/zscore.ts';

const P = 20;
const args = process.argv.slice(2);
const rIdx = args.indexOf('--repeats');
const REPEATS = rIdx >= 0 ? Number(args[rIdx + 1]) : 5;
const argCases = args.filter((a, i) => /^(iso)?\d+$/.test(a) && !(rIdx >= 0 && i === rIdx + 1));
const CASES = argCases.length
  ? argCases
  : ['1000', '3000', '5000', '20000', 'iso1000', 'iso3000', 'iso5000', 'iso20000'];
const CORE_REPEATS = 3;

function makeData(n: number, structureless: boolean): number[][] {
  const rng = mulberry32(2024);
  const centres = Array.from({ length: 8 }, () =>
    Array.from({ length: P }, () => (structureless ? 0 : 3 * normal(rng))),
  );
  return Array.from({ length: n }, () => {
    const c = centres[Math.floor(rng() * 8)];
    return c.map((m) => m + normal(rng));
  });
}

function writeCsv(path: string, x: number[][]): void {
  const head = ['label', ...Array.from({ length: P }, (_, j) => `v${j + 1}`)].join(',');
  const lines = x.map((row, i) => [`o${i + 1}`, ...row.map((v) => v.toFixed(6))].join(','));
  writeFileSync(path, [head, ...lines].join('\n') + '\n');
}

const hasTime = existsSync('/usr/bin/time');
// The JSON tree of 20,000 observations is several MB; spawnSync's default buffer is 1 MB.
const SPAWN = { encoding: 'utf8', maxBuffer: 1 << 30 } as const;
interface Run {
  seconds: number;
  rssMb: number;
  stdout: string;
}
/** Wall time and peak RSS (largest process of the tree, /usr/bin/time -v) of a command. */
function timed(cmd: string, cmdArgs: string[], dir: string): Run {
  const out = join(dir, 'time.txt');
  const t0 = performance.now();
  const r = hasTime
    ? spawnSync('/usr/bin/time', ['-v', '-o', out, cmd, ...cmdArgs], SPAWN)
    : spawnSync(cmd, cmdArgs, SPAWN);
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) {
    throw new Error(`${cmd} ${cmdArgs.join(' ')} failed (${r.status ?? r.error}): ${r.stderr}`);
  }
  const rss = hasTime
    ? /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(out, 'utf8'))
    : null;
  return { seconds, rssMb: rss ? Number(rss[1]) / 1024 : NaN, stdout: r.stdout };
}
const sorted = (v: number[]) => [...v].sort((a, b) => a - b);
const median = (v: number[]) => sorted(v)[Math.floor(v.length / 2)];
interface Stat {
  median: number;
  min: number;
  max: number;
}
const stat = (v: number[]): Stat => ({
  median: median(v),
  min: Math.min(...v),
  max: Math.max(...v),
});

const loadBefore = os
  .loadavg()
  .map((v) => v.toFixed(1))
  .join(', ');
const dir = mkdtempSync(join(os.tmpdir(), 'bench-ward-'));

// Start-up of the CLI alone (--help), interleaved: the launcher behind `npm run -s atlas`
// (scripts/atlas.mjs, a cached esbuild bundle) against running the TypeScript through tsx.
const STARTUP: [string, string, string[]][] = [
  [
    '`npm run -s atlas -- --help` (scripts/atlas.mjs)',
    'npm',
    ['run', '-s', 'atlas', '--', '--help'],
  ],
  ['`node scripts/atlas.mjs --help` (no npm)', 'node', ['scripts/atlas.mjs', '--help']],
  [
    '`npx tsx src/cli/main.ts --help` (the former script)',
    'npx',
    ['tsx', 'src/cli/main.ts', '--help'],
  ],
  [
    '`node --import tsx/esm src/cli/main.ts --help`',
    'node',
    ['--import', 'tsx/esm', 'src/cli/main.ts', '--help'],
  ],
  [
    '`python3 -c "import numpy, scipy.cluster.hierarchy"`',
    'python3',
    ['-c', 'import numpy, scipy.cluster.hierarchy'],
  ],
];
// Warm the bundle cache and tsx's transform cache first.
for (const [, cmd, a] of STARTUP) spawnSync(cmd, a, { encoding: 'utf8' });
const startupRuns: number[][] = STARTUP.map(() => []);
for (let r = 0; r < REPEATS; r++) {
  STARTUP.forEach(([, cmd, a], i) => startupRuns[i].push(timed(cmd, a, dir).seconds));
}
const startup = startupRuns.map(stat);
STARTUP.forEach(([label], i) => console.log(`${label}: ${startup[i].median.toFixed(2)} s`));

interface Case {
  name: string;
  n: number;
  iso: boolean;
  file: string;
  core: Partial<Record<WardAlgorithm, Stat>>;
  autoPath: string;
  cli: Run[];
  scipy: Run[];
}
const cases: Case[] = CASES.map((name) => {
  const iso = name.startsWith('iso');
  const n = Number(name.replace('iso', ''));
  const x = makeData(n, iso);
  const file = join(dir, `ward_${name}x${P}.csv`);
  writeCsv(file, x);
  const z = zScoreColumns(x.map((r) => r.map((v) => Number(v.toFixed(6))))).data;
  const core: Case['core'] = {};
  const tops: number[] = [];
  const { x: xs } = toRowMajor(z);
  const autoPath =
    n > WARD_MATRIX_MAX_OBSERVATIONS ||
    wardNnChainIfPruned(xs, n, P, WARD_PROBE_SEARCHES, WARD_PROBE_MAX_VISITED)
      ? 'centroids'
      : 'matrix';
  for (const alg of ['auto', 'matrix', 'centroids'] as const) {
    if (alg === 'matrix' && n > MAX_MATRIX_OBSERVATIONS) continue;
    const times: number[] = [];
    for (let r = 0; r < (n > 10_000 ? 1 : CORE_REPEATS); r++) {
      const t0 = performance.now();
      const tree = hclust(z, 'ward', { wardAlgorithm: alg });
      times.push((performance.now() - t0) / 1000);
      tops.push(tree.height.at(-1)!);
    }
    core[alg] = stat(times);
  }
  console.log(
    `${name}: core ${Object.entries(core)
      .map(([k, v]) => `${k} ${v.median.toFixed(3)} s`)
      .join(
        ', ',
      )}; top heights agree: ${tops.every((t) => Math.abs(t - tops[0]) <= 1e-9 * tops[0])}`,
  );
  return { name, n, iso, file, core, autoPath, cli: [], scipy: [] };
});

for (let r = 0; r < REPEATS; r++) {
  for (const c of cases) {
    c.cli.push(
      timed('npm', ['run', '-s', 'atlas', '--', 'cluster', '--input', c.file, '--k', '5'], dir),
    );
    c.scipy.push(timed('python3', ['bench/ward_scipy.py', c.file], dir));
  }
  console.log(`repeat ${r + 1}/${REPEATS} done`);
}
rmSync(dir, { recursive: true, force: true });

const version = (cmd: string, a: string[]) => {
  try {
    return execFileSync(cmd, a, { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
};
const pyVersions = version('python3', [
  '-c',
  'import sys, numpy, scipy; print(sys.version.split()[0], numpy.__version__, scipy.__version__)',
]).split(' ');
const f2 = (v: number) => v.toFixed(2);
const f3 = (v: number) => v.toFixed(3);
const spread = (s: Stat, f: (v: number) => string) => `${f(s.median)} (${f(s.min)}–${f(s.max)})`;
interface Row {
  c: Case;
  cli: Stat;
  scipy: Stat;
  cliRss: number;
  scipyRss: number;
  linkage: Stat;
  sameTop: boolean;
}
const rows: Row[] = cases.map((c) => {
  const py = c.scipy.map((r) => JSON.parse(r.stdout) as { linkage_s: number; top_height: number });
  const cliTop = (JSON.parse(c.cli[0].stdout) as { height: number[] }).height.at(-1)!;
  return {
    c,
    cli: stat(c.cli.map((r) => r.seconds)),
    scipy: stat(c.scipy.map((r) => r.seconds)),
    cliRss: Math.max(...c.cli.map((r) => r.rssMb)),
    scipyRss: Math.max(...c.scipy.map((r) => r.rssMb)),
    linkage: stat(py.map((p) => p.linkage_s)),
    sameTop: Math.abs(cliTop - py[0].top_height) <= 1e-9 * py[0].top_height,
  };
});
const label = (c: Case) =>
  `${c.n.toLocaleString('en-GB')}${c.iso ? ' no structure' : ' clustered'}`;
const table = [
  '| n x 20 | core, default (path taken) (s) | core, matrix path (s) | core, centroid path (s) | CLI `npm run -s atlas` (s) | CLI peak RSS (MB) | SciPy script (s) | SciPy peak RSS (MB) | SciPy linkage alone (s) | CLI / SciPy (medians) | same top height |',
  '| :--- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: |',
  ...rows.map((r) => {
    const core = (alg: WardAlgorithm) => {
      const s = r.c.core[alg];
      return s ? spread(s, f3) : '—';
    };
    return (
      `| ${label(r.c)} | ${core('auto')} (${r.c.autoPath}) | ${core('matrix')} | ${core('centroids')} | ${spread(r.cli, f2)} | ${r.cliRss.toFixed(0)} | ` +
      `${spread(r.scipy, f2)} | ${r.scipyRss.toFixed(0)} | ${f3(r.linkage.median)} | ` +
      `${(r.cli.median / r.scipy.median).toFixed(2)} | ${r.sameTop ? 'yes' : 'NO'} |`
    );
  }),
];
const startupTable = [
  '| command (start-up only) | median (s) | min–max (s) |',
  '| :--- | ---: | ---: |',
  ...STARTUP.map(
    ([l], i) => `| ${l} | ${f2(startup[i].median)} | ${f2(startup[i].min)}–${f2(startup[i].max)} |`,
  ),
];
const verdicts: string[] = [];
for (const r of rows) {
  if (r.c.n === 5000) {
    verdicts.push(
      `- Target "CLI Ward 5,000 x 20 whole process <= SciPy script", ${r.c.iso ? 'no structure' : 'clustered'}: ` +
        `${r.cli.median <= r.scipy.median ? 'met' : 'MISSED'} (medians ${f2(r.cli.median)} s vs ${f2(r.scipy.median)} s; ` +
        `CLI faster in ${r.c.cli.filter((x, i) => x.seconds <= r.c.scipy[i].seconds).length} of ${REPEATS} paired runs).`,
    );
  }
  if (r.c.n === 20000) {
    verdicts.push(
      `- Target "20,000 x 20 CLI peak RSS < 250 MB", ${r.c.iso ? 'no structure' : 'clustered'}: ` +
        `${r.cliRss < 250 ? 'met' : 'MISSED'} (${r.cliRss.toFixed(0)} MB; centroid path, no matrix).`,
    );
  }
}
const md = [
  '## Ward clustering (bench/ward.ts)',
  '',
  `${new Date().toISOString().slice(0, 10)}; ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ` +
    `${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.type()} ${os.release()}; Node ${process.version}, ` +
    `Python ${pyVersions[0]}, NumPy ${pyVersions[1]}, SciPy ${pyVersions[2]}. The machine is shared: load average ` +
    `${loadBefore} (1, 5, 15 min) before the run and ${os
      .loadavg()
      .map((v) => v.toFixed(1))
      .join(', ')} after it, so single runs vary by tens of percent; compare medians.`,
  '',
  `Data: seeded Gaussian mixture (8 centres), 20 variables, written as CSV (6 decimals); "no structure" is one`,
  'isotropic Gaussian. Core: `hclust(z, "ward", { wardAlgorithm })` on z-scored data in this process, median',
  `(min–max) of ${CORE_REPEATS} runs (1 at 20,000). Default: \`hclust\` without options, as the CLI runs it: above`,
  `${WARD_MATRIX_MAX_OBSERVATIONS.toLocaleString('en-GB')} observations the centroid path (ward.ts); up to it, centroids unless the first ${WARD_PROBE_SEARCHES} searches visit more`,
  `than ${WARD_PROBE_MAX_VISITED * 100}% of the clusters, then the matrix path (R's HCLUST, wardMatrix.ts). CLI: \`npm run -s atlas --`,
  'cluster --input FILE --k 5` as a whole process (npm, Node, the cached bundle: read CSV, z-scores, Ward,',
  'cut, schedule, JSON to stdout). SciPy: `python3 bench/ward_scipy.py FILE` as a whole process (imports,',
  '`numpy.loadtxt`, z-scores, `linkage(X, "ward")`, `fcluster`). Whole-process times: median (min–max) of',
  `${REPEATS} interleaved runs; peak RSS: the largest process's maximum resident set (${hasTime ? '/usr/bin/time -v' : 'not measured: /usr/bin/time missing'}), worst run.`,
  '',
  ...table,
  '',
  ...verdicts,
  '',
  `CLI start-up alone, ${REPEATS} interleaved runs each:`,
  '',
  ...startupTable,
  '',
].join('\n');
// Hand-written notes below the marker (what changed, earlier figures) survive a re-run.
const MARKER = '<!-- notes: kept by bench/ward.ts -->';
const previous = existsSync('bench/results/ward.md')
  ? readFileSync('bench/results/ward.md', 'utf8')
  : '';
const notes = previous.includes(MARKER) ? previous.slice(previous.indexOf(MARKER)) : `${MARKER}\n`;
writeFileSync('bench/results/ward.md', `${md}\n${notes}`);
console.log('\n' + md);
