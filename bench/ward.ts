/**
 * `npx tsx bench/ward.ts [cases...] [--repeats N]` (part of `npm run bench`): Ward clustering
 * as a whole process against fastcluster (issue 14). Writes bench/results/ward.md.
 *
 * Sides, on the same CSV file:
 * - atlas: `npm run -s atlas -- cluster --input FILE --method ward --standardize z` (npm,
 *   Node, the cached CLI bundle: read the CSV, z-scores, Ward, cut, schedule, JSON to stdout);
 * - fastcluster: `python3 bench/ward_fastcluster.py FILE` (imports, `numpy.loadtxt`,
 *   z-scores, `fastcluster.linkage_vector(X, method="ward")`). Set-up: the Python that can
 *   import fastcluster is looked for (`python3`, then `/usr/bin/python3`); if none can, Debian's
 *   `python3-fastcluster` is installed with apt-get (as root), else the bench stops and says so.
 *
 * Cases: "clusters" + size (twelve Gaussian clusters: centres N(0, 3^2) per variable, points
 * N(centre, 1), 20 variables, mulberry32 seed 2024) or "cloud" + size (one Gaussian cloud,
 * the case no pruning helps). Default: the four rows, 5,000 and 20,000 x 20.
 * Whole-process runs are interleaved (each repeat runs every case, atlas and fastcluster back
 * to back, the one going first alternating), so both sides see the same machine load; the
 * 1-minute load average is read before every run. Targets: atlas median time <= fastcluster's,
 * atlas peak RSS <= 1.5 x fastcluster's, the same heights (1e-9 relative).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { hclust, wardSearchCounts, mulberry32, normal, zScoreColumns } from '../src/core/index.ts';

const P = 20;
const CENTRES = 12;
const args = process.argv.slice(2);
const rIdx = args.indexOf('--repeats');
const REPEATS = rIdx >= 0 ? Number(args[rIdx + 1]) : 5;
const argCases = args.filter((a) => /^(clusters|cloud)\d+$/.test(a));
const CASES = argCases.length
  ? argCases
  : ['clusters5000', 'cloud5000', 'clusters20000', 'cloud20000'];

function makeData(n: number, cloud: boolean): number[][] {
  const rng = mulberry32(2024);
  const centres = Array.from({ length: CENTRES }, () =>
    Array.from({ length: P }, () => (cloud ? 0 : 3 * normal(rng))),
  );
  return Array.from({ length: n }, () => {
    const c = centres[Math.floor(rng() * CENTRES)];
    return c.map((m) => m + normal(rng));
  });
}

function writeCsv(path: string, x: number[][]): void {
  const head = ['label', ...Array.from({ length: P }, (_, j) => `v${j + 1}`)].join(',');
  const lines = x.map((row, i) => [`o${i + 1}`, ...row.map((v) => v.toFixed(6))].join(','));
  writeFileSync(path, [head, ...lines].join('\n') + '\n');
}

/** The Python that imports fastcluster, installing Debian's python3-fastcluster if needed. */
function fastclusterPython(): { python: string; setup: string } {
  const works = (py: string) =>
    spawnSync(py, ['-c', 'import fastcluster, numpy'], { encoding: 'utf8' }).status === 0;
  for (const py of ['python3', '/usr/bin/python3']) {
    if (works(py)) return { python: py, setup: `found (${py})` };
  }
  console.log('fastcluster missing: apt-get install -y python3-fastcluster');
  const apt = spawnSync('apt-get', ['install', '-y', '-qq', 'python3-fastcluster'], {
    stdio: 'inherit',
  });
  if (apt.status === 0 && works('/usr/bin/python3')) {
    return { python: '/usr/bin/python3', setup: 'installed by this run (apt-get)' };
  }
  throw new Error(
    'bench/ward.ts needs fastcluster: apt-get install python3-fastcluster (Debian) failed.',
  );
}

const hasTime = existsSync('/usr/bin/time');
// The JSON tree of 20,000 observations is several MB; spawnSync's default buffer is 1 MB.
const SPAWN = { encoding: 'utf8', maxBuffer: 1 << 30 } as const;
interface Run {
  seconds: number;
  rssMb: number;
  stdout: string;
  load: number;
}
/** Wall time and peak RSS (largest process of the tree, /usr/bin/time -v) of a command. */
function timed(cmd: string, cmdArgs: string[], dir: string): Run {
  const out = join(dir, 'time.txt');
  const load = os.loadavg()[0];
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
  return { seconds, rssMb: rss ? Number(rss[1]) / 1024 : NaN, stdout: r.stdout, load };
}
const sorted = (v: number[]) => [...v].sort((a, b) => a - b);
const median = (v: number[]) => {
  const s = sorted(v);
  const h = Math.floor(s.length / 2);
  return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
};
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
const loadText = () =>
  os
    .loadavg()
    .map((v) => v.toFixed(1))
    .join(', ');

const { python, setup } = fastclusterPython();
const loadBefore = loadText();
const dir = mkdtempSync(join(os.tmpdir(), 'bench-ward-'));

// Start-up alone, interleaved. The node command is `npm run atlas`'s own (package.json).
const atlasScript = (
  JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }
).scripts.atlas.split(' ');
const STARTUP: [string, string, string[]][] = [
  ['`npm run -s atlas -- --help`', 'npm', ['run', '-s', 'atlas', '--', '--help']],
  [
    `\`${atlasScript.join(' ')} --help\` (no npm)`,
    atlasScript[0],
    [...atlasScript.slice(1), '--help'],
  ],
  ['`npm -v` (npm alone)', 'npm', ['-v']],
  [`\`${python} -c "import fastcluster, numpy"\``, python, ['-c', 'import fastcluster, numpy']],
  // Where NODE_EXTRA_CA_CERTS is set, every Node process reads and parses that file as it
  // starts (Node 20), and an atlas run is two (npm and the CLI): the cost, measured.
  ...(process.env.NODE_EXTRA_CA_CERTS
    ? ([
        ['`node -e 0`', 'node', ['-e', '0']],
        [
          '`node -e 0` without NODE_EXTRA_CA_CERTS (set here; every Node process loads it)',
          'env',
          ['-u', 'NODE_EXTRA_CA_CERTS', 'node', '-e', '0'],
        ],
      ] as [string, string, string[]][])
    : []),
];
// Warm the CLI bundle cache first.
for (const [, cmd, a] of STARTUP) spawnSync(cmd, a, { encoding: 'utf8' });
const startupRuns: Run[][] = STARTUP.map(() => []);
for (let r = 0; r < REPEATS; r++) {
  STARTUP.forEach(([, cmd, a], i) => startupRuns[i].push(timed(cmd, a, dir)));
}

interface Case {
  name: string;
  n: number;
  cloud: boolean;
  file: string;
  core: number;
  coreJs: number;
  searches: { full: number; remembered: number; kernel: boolean };
  atlas: Run[];
  fc: Run[];
}
const cases: Case[] = CASES.map((name) => {
  const n = Number(/\d+/.exec(name)![0]);
  const cloud = name.startsWith('cloud');
  const x = makeData(n, cloud);
  const file = join(dir, `${name}.csv`);
  writeCsv(file, x);
  // In process, one run: the core alone (z-scores done), and how it searched.
  const z = zScoreColumns(x).data;
  const tJs = performance.now();
  hclust(z, 'ward', { wardAlgorithm: 'centroids-js' });
  const coreJs = (performance.now() - tJs) / 1000;
  const t0 = performance.now();
  hclust(z, 'ward');
  const core = (performance.now() - t0) / 1000;
  const searches = { ...wardSearchCounts };
  console.log(
    `${name}: core ${core.toFixed(2)} s, JS loop ${coreJs.toFixed(2)} s (load ${loadText()})`,
  );
  return { name, n, cloud, file, core, coreJs, searches, atlas: [], fc: [] };
});

for (let r = 0; r < REPEATS; r++) {
  for (const c of cases) {
    const atlas = () =>
      c.atlas.push(
        timed(
          'npm',
          [
            'run',
            '-s',
            'atlas',
            '--',
            'cluster',
            '--input',
            c.file,
            '--method',
            'ward',
            '--standardize',
            'z',
          ],
          dir,
        ),
      );
    const fc = () => c.fc.push(timed(python, ['bench/ward_fastcluster.py', c.file], dir));
    if (r % 2 === 0) {
      atlas();
      fc();
    } else {
      fc();
      atlas();
    }
    console.log(
      `${c.name} repeat ${r + 1}: atlas ${c.atlas[r].seconds.toFixed(2)} s, fastcluster ${c.fc[r].seconds.toFixed(2)} s (load ${c.atlas[r].load.toFixed(1)})`,
    );
  }
}
rmSync(dir, { recursive: true, force: true });

const version = (cmd: string, a: string[]) => {
  try {
    return execFileSync(cmd, a, { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
};
const pyVersions = version(python, [
  '-c',
  'import sys, numpy, fastcluster; print(sys.version.split()[0], numpy.__version__, fastcluster.__version__)',
]).split(' ');
const f2 = (v: number) => v.toFixed(2);
const spread = (s: Stat) => `${f2(s.median)} (${f2(s.min)}–${f2(s.max)})`;
const label = (c: Case) =>
  `${c.n.toLocaleString('en-GB')} x 20, ${c.cloud ? 'one Gaussian cloud' : 'twelve Gaussian clusters'}`;
const verdicts: string[] = [];
const rows = cases.map((c) => {
  const atlas = stat(c.atlas.map((r) => r.seconds));
  const fc = stat(c.fc.map((r) => r.seconds));
  const atlasRss = Math.max(...c.atlas.map((r) => r.rssMb));
  const fcRss = Math.max(...c.fc.map((r) => r.rssMb));
  const loads = stat([...c.atlas, ...c.fc].map((r) => r.load));
  const fcOut = JSON.parse(c.fc[0].stdout) as { linkage_s: number; heights: number[] };
  const linkage = stat(c.fc.map((r) => (JSON.parse(r.stdout) as { linkage_s: number }).linkage_s));
  // fastcluster reports merges by height; R's order replays them by height too.
  const ours = sorted((JSON.parse(c.atlas[0].stdout) as { height: number[] }).height);
  const theirs = sorted(fcOut.heights);
  let maxRel = 0;
  for (let i = 0; i < ours.length; i++) {
    maxRel = Math.max(maxRel, Math.abs(ours[i] - theirs[i]) / Math.max(theirs[i], 1e-300));
  }
  const ratio = atlas.median / fc.median;
  const faster = c.atlas.filter((r, i) => r.seconds <= c.fc[i].seconds).length;
  verdicts.push(
    `- ${label(c)}: time ${ratio <= 1 ? 'met' : 'MISSED'} (ratio ${ratio.toFixed(2)}; atlas faster in ${faster} of ${REPEATS} paired runs); ` +
      `memory ${atlasRss <= 1.5 * fcRss ? 'met' : 'MISSED'} (${atlasRss.toFixed(0)} MB vs 1.5 x ${fcRss.toFixed(0)} MB); ` +
      `heights ${maxRel <= 1e-9 ? 'equal' : 'DIFFER'} (max relative difference ${maxRel.toExponential(1)}).`,
  );
  return (
    `| ${label(c)} | ${spread(atlas)} | ${atlasRss.toFixed(0)} | ${spread(fc)} | ${fcRss.toFixed(0)} | ` +
    `${ratio.toFixed(2)} | ${(atlasRss / fcRss).toFixed(2)} | ${f2(linkage.median)} | ` +
    `${f2(c.core)}${c.searches.kernel ? '' : ' (no WebAssembly)'} | ${f2(c.coreJs)} | ` +
    `${(c.searches.full / (c.n - 1)).toFixed(2)} + ${(c.searches.remembered / (c.n - 1)).toFixed(2)} | ` +
    `${loads.min.toFixed(1)}–${loads.max.toFixed(1)} |`
  );
});
const startupRows = STARTUP.map(([l], i) => {
  const s = stat(startupRuns[i].map((r) => r.seconds));
  const rss = Math.max(...startupRuns[i].map((r) => r.rssMb));
  return `| ${l} | ${spread(s)} | ${rss.toFixed(0)} |`;
});
const md = [
  '## Ward clustering against fastcluster (bench/ward.ts)',
  '',
  `${new Date().toISOString().slice(0, 10)}; ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ` +
    `${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.type()} ${os.release()}; Node ${process.version}; ` +
    `Python ${pyVersions[0]}, NumPy ${pyVersions[1]}, fastcluster ${pyVersions[2]} (${setup}; the bench ` +
    "installs Debian's `python3-fastcluster` with apt-get when no Python can import it). The machine is " +
    `shared: load average ${loadBefore} (1, 5, 15 min) before the run and ${loadText()} after it; ` +
    'the last column gives the 1-minute load read before each run of that row. Compare medians.',
  '',
  'atlas: `npm run -s atlas -- cluster --input FILE --method ward --standardize z` as a whole process.',
  `fastcluster: \`${python} bench/ward_fastcluster.py FILE\` as a whole process (imports, \`numpy.loadtxt\`,`,
  'z-scores, `fastcluster.linkage_vector(X, method="ward")`). Same CSV (6 decimals), seeded (mulberry32 2024):',
  'twelve centres N(0, 3^2) per variable and points N(centre, 1), or one N(0, 1) cloud. Times: median',
  `(min–max) of ${REPEATS} interleaved runs (the side going first alternates); peak RSS: the largest`,
  `process's maximum resident set (${hasTime ? '/usr/bin/time -v' : 'not measured: /usr/bin/time missing'}), worst run.`,
  'Core: `hclust(z, "ward")` alone in the bench process, one run (its distance scans in the',
  'WebAssembly SIMD kernel, wardKernel.ts); JS loop: the same with `wardAlgorithm: "centroids-js"`.',
  'Searches: full + remembered nearest-neighbour searches per merge (ward.ts).',
  '',
  '| data | atlas (s) | atlas peak RSS (MB) | fastcluster (s) | fastcluster peak RSS (MB) | time ratio | memory ratio | `linkage_vector` alone (s) | atlas core (s) | core, JS loop (s) | searches per merge | load (1 min) |',
  '| :--- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows,
  '',
  'Targets (issue 14): time ratio <= 1.0, memory ratio <= 1.5, the same heights (1e-9 relative;',
  "the merge order is R's, held by the tests against R's and SciPy's trees).",
  '',
  ...verdicts,
  '',
  `Start-up alone, ${REPEATS} interleaved runs each:`,
  '',
  '| command | median (min–max) (s) | peak RSS (MB) |',
  '| :--- | ---: | ---: |',
  ...startupRows,
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
