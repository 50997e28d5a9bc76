/**
 * `npx tsx bench/ward.ts [sizes...]`: Ward clustering speed and memory, in process and as a
 * whole CLI process, against SciPy (bench/ward_scipy.py) on the same CSV files. Writes
 * bench/results/ward.md. Targets (issue 3, item 5): CLI Ward on 5,000 x 20 as a whole process
 * no slower than the SciPy script; 20,000 x 20 through the CLI under 250 MB peak RSS.
 *
 * Data: seeded Gaussian mixture, 8 centres drawn from N(0, 3^2) per variable, points
 * N(centre, 1), 20 variables (mulberry32 seed 2024).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { hclust } from '../src/core/cluster/index.ts';
import { mulberry32, normal } from '../src/core/stats/random.ts';
import { zScoreColumns } from '../src/core/stats/zscore.ts';

const P = 20;
// A case is a size, optionally prefixed "iso" for structureless data (one isotropic Gaussian,
// the worst case for the pruned search in src/core/cluster/ward.ts).
const argCases = process.argv.slice(2).filter((a) => /^(iso)?\d+$/.test(a));
const CASES = argCases.length ? argCases : ['1000', '3000', '5000', '20000', 'iso5000'];
const REPEATS = (n: number) => (n <= 5000 ? 5 : 1);

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
function timed(cmd: string, args: string[], dir: string): Run {
  const out = join(dir, 'time.txt');
  const t0 = performance.now();
  const r = hasTime
    ? spawnSync('/usr/bin/time', ['-v', '-o', out, cmd, ...args], SPAWN)
    : spawnSync(cmd, args, SPAWN);
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} failed (${r.status ?? r.error}): ${r.stderr}`);
  }
  const rss = hasTime
    ? /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(out, 'utf8'))
    : null;
  return { seconds, rssMb: rss ? Number(rss[1]) / 1024 : NaN, stdout: r.stdout };
}
function median(runs: Run[]): Run {
  const s = [...runs].sort((a, b) => a.seconds - b.seconds);
  return { ...s[Math.floor(s.length / 2)], rssMb: Math.max(...runs.map((r) => r.rssMb)) };
}

const loadBefore = os
  .loadavg()
  .map((v) => v.toFixed(1))
  .join(', ');
const dir = mkdtempSync(join(os.tmpdir(), 'bench-ward-'));
interface Row {
  n: number;
  iso: boolean;
  core: number;
  cli: Run;
  tsx: Run;
  scipy: Run;
  scipyLinkage: number;
  sameTop: boolean;
}
const rows: Row[] = [];
// Warm the tsx transform cache so the first timed CLI run is not penalised.
spawnSync('npm', ['run', '-s', 'atlas', '--', '--help'], { encoding: 'utf8' });
for (const name of CASES) {
  const iso = name.startsWith('iso');
  const n = Number(name.replace('iso', ''));
  const x = makeData(n, iso);
  const file = join(dir, `ward_${name}x${P}.csv`);
  writeCsv(file, x);
  const z = zScoreColumns(x.map((r) => r.map((v) => Number(v.toFixed(6))))).data;
  const t0 = performance.now();
  const tree = hclust(z, 'ward');
  const core = (performance.now() - t0) / 1000;
  const args = ['cluster', '--input', file, '--k', '5'];
  // Interleaved (CLI, tsx, SciPy, CLI, ...) so that all three see the same machine load.
  const runs: Run[][] = [[], [], []];
  for (let r = 0; r < REPEATS(n); r++) {
    runs[0].push(timed('npm', ['run', '-s', 'atlas', '--', ...args], dir));
    runs[1].push(timed('npx', ['tsx', 'src/cli/main.ts', ...args], dir));
    runs[2].push(timed('python3', ['bench/ward_scipy.py', file], dir));
  }
  const [cli, tsx, scipy] = runs.map(median);
  const py = JSON.parse(scipy.stdout) as { linkage_s: number; top_height: number };
  const cliTop = (JSON.parse(cli.stdout) as { height: number[] }).height.at(-1)!;
  rows.push({
    n,
    iso,
    core,
    cli,
    tsx,
    scipy,
    scipyLinkage: py.linkage_s,
    sameTop: Math.abs(cliTop - py.top_height) <= 1e-9 * py.top_height,
  });
  console.log(
    `${name}: core ${core.toFixed(3)} s, CLI ${cli.seconds.toFixed(2)} s ${cli.rssMb.toFixed(0)} MB, ` +
      `tsx ${tsx.seconds.toFixed(2)} s, SciPy ${scipy.seconds.toFixed(2)} s ${scipy.rssMb.toFixed(0)} MB ` +
      `(linkage ${py.linkage_s.toFixed(3)} s), top height equal: ${tree.height.at(-1) !== undefined && rows.at(-1)!.sameTop}`,
  );
}
rmSync(dir, { recursive: true, force: true });

const version = (cmd: string, args: string[]) => {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
};
const pyVersions = version('python3', [
  '-c',
  'import sys, numpy, scipy; print(sys.version.split()[0], numpy.__version__, scipy.__version__)',
]).split(' ');
const f2 = (v: number) => v.toFixed(2);
const table = [
  '| n x 20 | core hclust ward (s) | CLI `npm run -s atlas` (s) | CLI peak RSS (MB) | `npx tsx src/cli/main.ts` (s) | SciPy script (s) | SciPy peak RSS (MB) | SciPy linkage alone (s) | CLI / SciPy script | same top height |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: |',
  ...rows.map(
    (r) =>
      `| ${r.n.toLocaleString('en-GB')}${r.iso ? ' (no structure)' : ''} | ${r.core.toFixed(3)} | ${f2(r.cli.seconds)} | ${r.cli.rssMb.toFixed(0)} | ` +
      `${f2(r.tsx.seconds)} | ${f2(r.scipy.seconds)} | ${r.scipy.rssMb.toFixed(0)} | ${r.scipyLinkage.toFixed(3)} | ` +
      `${(r.cli.seconds / r.scipy.seconds).toFixed(2)} | ${r.sameTop ? 'yes' : 'NO'} |`,
  ),
];
const at = (n: number) => rows.find((r) => r.n === n && !r.iso);
const verdicts: string[] = [];
const r5 = at(5000);
if (r5) {
  verdicts.push(
    `- Target "CLI Ward 5,000 x 20 whole process <= SciPy script": ${r5.cli.seconds <= r5.scipy.seconds ? 'met' : 'MISSED'} (${f2(r5.cli.seconds)} s vs ${f2(r5.scipy.seconds)} s).`,
  );
}
const iso5 = rows.find((r) => r.n === 5000 && r.iso);
if (iso5) {
  verdicts.push(
    `- The same on data without cluster structure (worst case for the pruning): ${iso5.cli.seconds <= iso5.scipy.seconds ? 'met' : 'MISSED'} (${f2(iso5.cli.seconds)} s vs ${f2(iso5.scipy.seconds)} s).`,
  );
}
const r20 = at(20000);
if (r20) {
  verdicts.push(
    `- Target "20,000 x 20 CLI peak RSS < 250 MB": ${r20.cli.rssMb < 250 ? 'met' : 'MISSED'} (${r20.cli.rssMb.toFixed(0)} MB).`,
  );
}
const md = [
  '## Ward clustering (bench/ward.ts)',
  '',
  `${new Date().toISOString().slice(0, 10)}; ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ` +
    `${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.type()} ${os.release()}; Node ${process.version}, ` +
    `Python ${pyVersions[0]}, NumPy ${pyVersions[1]}, SciPy ${pyVersions[2]}.`,
  '',
  'Seeded Gaussian mixture (8 centres), 20 variables, written as CSV (6 decimals); "no structure" is one',
  'isotropic Gaussian, the worst case for the projection pruning in ward.ts. Core: `hclust(z, "ward")`',
  'on z-scored data in this process. CLI: `npm run -s atlas -- cluster --input FILE --k 5` as a whole',
  'process (npm + tsx + Node: read CSV, z-scores, Ward, cut, JSON to stdout). SciPy: `python3',
  'bench/ward_scipy.py FILE` as a whole process (imports, numpy.loadtxt, z-scores, `linkage(X, "ward")`,',
  '`fcluster`). Times are wall-clock medians of 5 interleaved runs (1 at 20,000); peak RSS is the largest',
  `process's maximum resident set (${hasTime ? '/usr/bin/time -v' : 'not measured: /usr/bin/time missing'}), the worst of the runs.`,
  `Load average when the table was written (other work on the machine): ${os
    .loadavg()
    .map((v) => v.toFixed(1))
    .join(', ')} (1, 5, 15 min); load before the run: ${loadBefore}.`,
  '',
  ...table,
  '',
  ...verdicts,
  '',
].join('\n');
writeFileSync('bench/results/ward.md', md);
console.log('\n' + md);
