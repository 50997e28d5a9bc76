/**
 * `npx tsx bench/spatial.ts [--repeats N]`: speed of the spatial statistics (issue 10) on a
 * 3,000-hexagon GeoJSON, against R spdep and scikit-learn on the same file in the same run.
 * Writes bench/results/spatial.md. Targets: contiguity from a 3,000-polygon GeoJSON within
 * 500 ms; LISA with 999 permutations on 3,000 hexagons within 300 ms; SCHC on 3,000 units
 * within 1 s. SKATER is timed on the first SKATER_ROWS rows of the grid (spdep's R-level pruning
 * of 3,000 units takes many minutes a cut), for k = 10 on both sides.
 *
 * Data: 60 x 50 pointy-top hexagons whose vertices come from an integer lattice (so shared
 * vertices are bitwise equal) mapped to 50-59 E, 40-47 N; five variables per unit: a smooth
 * west-east and north-south surface plus seeded noise (mulberry32, seed 2026).
 */
import { spawnSync } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import {
  contiguityNeighbours,
  localMoran,
  localMoranPermutation,
  schc,
  skater,
  weightsFromNeighbours,
  defaultSpatialSpec,
  mulberry32,
  normal,
  zScoreColumns,
} from '../src/core/index.ts';
import { readSpatialFeatures } from '../src/data/readers/spatialUnits.ts';

const args = process.argv.slice(2);
const rIdx = args.indexOf('--repeats');
const REPEATS = rIdx >= 0 ? Number(args[rIdx + 1]) : 5;
const COLS = 60;
const ROWS = 50;
const P = 5;
const SKATER_ROWS = 10;
const SKATER_K = 10;

function hexGrid(rows = ROWS) {
  const features = [];
  const lon = (x: number) => 50 + x * 0.075;
  const lat = (y: number) => 40 + y * 0.045;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < COLS; c++) {
      const x = 2 * c + (r & 1);
      const y = 3 * r;
      const ring = [
        [x - 1, y - 1],
        [x, y - 2],
        [x + 1, y - 1],
        [x + 1, y + 1],
        [x, y + 2],
        [x - 1, y + 1],
        [x - 1, y - 1],
      ].map(([a, b]) => [lon(a), lat(b)]);
      features.push({
        type: 'Feature',
        id: `h${r * COLS + c + 1}`,
        properties: { code: `h${r * COLS + c + 1}` },
        geometry: { type: 'Polygon', coordinates: [ring] },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}

function hexData(): number[][] {
  const rng = mulberry32(2026);
  const out: number[][] = [];
  for (let r = 0; r < ROWS; r++)
    for (let c = 0; c < COLS; c++)
      out.push(
        Array.from(
          { length: P },
          (_, j) => Math.sin((c + 7 * j) / 9) + Math.cos((r - 3 * j) / 11) + 0.5 * normal(rng),
        ),
      );
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
function timeIt<T>(f: () => T): [number, T] {
  const t0 = performance.now();
  const v = f();
  return [performance.now() - t0, v];
}
function runs<T>(f: () => T, n = REPEATS): { med: number; min: number; max: number; value: T } {
  f(); // warm-up
  const ts: number[] = [];
  let value!: T;
  for (let i = 0; i < n; i++) {
    const [t, v] = timeIt(f);
    ts.push(t);
    value = v;
  }
  return { med: median(ts), min: Math.min(...ts), max: Math.max(...ts), value };
}
const fmt = (r: { med: number; min: number; max: number }) =>
  `${r.med.toFixed(1)} (${r.min.toFixed(1)}–${r.max.toFixed(1)})`;

const dir = mkdtempSync(join(os.tmpdir(), 'atlas-bench-spatial-'));
const geoPath = join(dir, 'hex3000.geojson');
const csvPath = join(dir, 'hex3000.csv');
const geoText = JSON.stringify(hexGrid());
writeFileSync(geoPath, geoText);
// Rounded as the CSV the peers read, so every side analyses the same numbers.
const data = hexData().map((row) => row.map((v) => Number(v.toFixed(6))));
const csvText = (rows: number[][]) =>
  ['id,' + Array.from({ length: P }, (_, j) => `v${j + 1}`).join(',')]
    .concat(rows.map((row, i) => `h${i + 1},${row.map((v) => v.toFixed(6)).join(',')}`))
    .join('\n') + '\n';
writeFileSync(csvPath, csvText(data));
// The SKATER subset: the first SKATER_ROWS rows of hexagons and of the data.
const nSkater = SKATER_ROWS * COLS;
const skaterGeoText = JSON.stringify(hexGrid(SKATER_ROWS));
const skaterGeoPath = join(dir, 'hexskater.geojson');
const skaterCsvPath = join(dir, 'hexskater.csv');
writeFileSync(skaterGeoPath, skaterGeoText);
writeFileSync(skaterCsvPath, csvText(data.slice(0, nSkater)));
const load1 = os.loadavg();
/** 1-minute load average read before each step. */
const loads: Record<string, number> = {};
const at = (step: string) => (loads[step] = os.loadavg()[0]);
at('read');

const readAndQueen = runs(() => {
  const f = readSpatialFeatures(geoText, 'hex3000.geojson');
  if (!f.ok) throw new Error('read failed');
  return contiguityNeighbours(f.value, 'queen');
});
const units = (() => {
  const f = readSpatialFeatures(geoText, 'hex3000.geojson');
  if (!f.ok) throw new Error('read failed');
  return f.value;
})();
at('queen');
const queenOnly = runs(() => contiguityNeighbours(units, 'queen'));
at('rook');
const rookOnly = runs(() => contiguityNeighbours(units, 'rook'));
const nb = queenOnly.value;
const links = nb.reduce((a, r) => a + r.length, 0);
const ids = units.map((u) => u.id);
const w = weightsFromNeighbours(ids, nb, { type: 'queen', tolerance: 0 }, 'W');
const x = data.map((r) => r[0]);
at('lisa');
const lisa = runs(() => {
  localMoran(w, x);
  return localMoranPermutation(w, x, 999, 1);
});
const z = zScoreColumns(data).data;
at('schc');
const schcRun = runs(() => schc(z, nb), Math.min(REPEATS, 3));
const zSkater = zScoreColumns(data.slice(0, nSkater)).data;
const nbSkater = (() => {
  const f = readSpatialFeatures(skaterGeoText, 'hexskater.geojson');
  if (!f.ok) throw new Error('read failed');
  return contiguityNeighbours(f.value, 'queen');
})();
at('skater');
const skaterRun = runs(() => {
  const r = skater(zSkater, nbSkater, { k: SKATER_K });
  if (!r.ok) throw new Error('skater failed');
  return r.value;
}, 3);
at('skater3000');
const skater3000 = runs(() => skater(z, nb, { k: SKATER_K }), 1);

function external(cmd: string, argv: string[]): Record<string, number> | string {
  const r = spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0)
    return `not run (${cmd}: ${(r.stderr || r.error?.message || '').trim().split('\n').pop()})`;
  const line = r.stdout.trim().split('\n').pop() ?? '';
  const out: Record<string, number> = {};
  for (const m of line.matchAll(/(\w+)=([\d.]+)/g)) out[m[1]] = Number(m[2]);
  return out;
}
// The same work in a worker thread, as the app runs it (src/worker): LISA alone, then the
// whole spatial task (queen weights, Moran's I + 999 permutations, LISA 999, Gi*, SCHC k = 4).
// Times: inside the thread, and the round trip with the structured clone of input and result.
const worker = new Worker(
  `import { register } from 'tsx/esm/api'; register(); await import(${JSON.stringify(
    new URL('./spatial_worker.ts', import.meta.url).href,
  )});`,
  { eval: true },
);
const ask = (msg: unknown) =>
  new Promise<{ inside: number; trip: number }>((resolve, reject) => {
    const t0 = performance.now();
    worker.once('message', (m: { ms: number }) =>
      resolve({ inside: m.ms, trip: performance.now() - t0 }),
    );
    worker.once('error', reject);
    worker.postMessage(msg);
  });
async function workerRuns(msg: unknown, n: number) {
  await ask(msg); // warm-up
  const inside: number[] = [];
  const trip: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = await ask(msg);
    inside.push(r.inside);
    trip.push(r.trip);
  }
  const stat = (xs: number[]) => ({ med: median(xs), min: Math.min(...xs), max: Math.max(...xs) });
  return { inside: stat(inside), trip: stat(trip) };
}
at('workerLisa');
const workerLisa = await workerRuns({ kind: 'lisa', w, x, permutations: 999 }, REPEATS);
at('workerTask');
const workerTask = await workerRuns(
  {
    kind: 'task',
    input: {
      units: units.map((u) => ({ id: u.id, geometry: u.geometry })),
      values: x,
      clusterRows: data,
      second: null,
      spec: { ...defaultSpatialSpec(), weights: 'queen', permutations: 999, method: 'schc', k: 4 },
      fileWeights: null,
    },
  },
  Math.min(REPEATS, 3),
);
await worker.terminate();

at('R');
const R = external('Rscript', [
  'bench/spatial_spdep.R',
  geoPath,
  csvPath,
  skaterGeoPath,
  skaterCsvPath,
  String(SKATER_K - 1),
]);
at('sklearn');
const SK = external('/usr/bin/python3', ['bench/spatial_sklearn.py', csvPath, geoPath]);
const load2 = os.loadavg();

function peerVersions(): string {
  const r = spawnSync(
    'Rscript',
    ['-e', 'cat(R.version$major, R.version$minor, as.character(packageVersion("spdep")))'],
    { encoding: 'utf8' },
  );
  const py = spawnSync(
    '/usr/bin/python3',
    ['-c', 'import sklearn, platform; print(platform.python_version(), sklearn.__version__)'],
    { encoding: 'utf8' },
  );
  const [maj, min, sp] = (r.stdout || '').trim().split(/\s+/);
  const [pv, sk] = (py.stdout || '').trim().split(/\s+/);
  return `R ${maj ?? '?'}.${min ?? '?'}, spdep ${sp ?? '?'}; Python ${pv ?? '?'}, scikit-learn ${sk ?? '?'}`;
}
const num = (o: Record<string, number> | string, k: string) =>
  typeof o === 'string' || o[k] === undefined ? '—' : o[k].toFixed(1);
const ratio = (a: number, o: Record<string, number> | string, k: string) =>
  typeof o === 'string' || !o[k] ? '—' : (a / o[k]).toFixed(3);
const met = (v: number, t: number) => (v <= t ? 'met' : 'MISSED');
const cpu = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM`;
const ld = (step: string) => (loads[step] ?? 0).toFixed(1);
const sswOurs = skaterRun.value.ssw[skaterRun.value.ssw.length - 1];
const sswPeer = typeof R === 'string' ? undefined : R.skater_ssw;
const lines = [
  '## Spatial statistics (bench/spatial.ts)',
  '',
  `${new Date().toISOString().slice(0, 10)}; ${cpu}; Node ${process.version}; ${peerVersions()}. Load average ${load1.map((v) => v.toFixed(1)).join(', ')} before and ${load2.map((v) => v.toFixed(1)).join(', ')} after (1, 5, 15 min) on a machine shared by several agents (2 cores); the last column is the 1-minute load read before the step (atlas) and before the peer's script (R, Python). Compare ratios measured in the same run, not absolute times across runs.`,
  '',
  `Data: ${COLS} x ${ROWS} = ${COLS * ROWS} hexagons (GeoJSON ${(geoText.length / 1024).toFixed(0)} KiB, ${links} queen links), ${P} variables, z-scores for the clusterings. atlas core: median (min–max) ms of ${REPEATS} runs after a warm-up in one Node process (the worker runs the same code in V8); SCHC and SKATER of 600 units 3 runs, SKATER of 3,000 one. spdep/scikit-learn: the same files, timed inside R (\`system.time\`, median of 3; SKATER one run) and Python (\`time.perf_counter\`, median of 3), reading excluded unless said. SKATER against spdep on the first ${SKATER_ROWS} rows (${nSkater} hexagons): spdep's \`skater()\` prunes in R and takes minutes a cut on 3,000 units.`,
  '',
  '| step | atlas core (ms) | peer | peer (ms) | atlas / peer | target (ms) | | load (atlas / peer) |',
  '| :--- | ---: | :--- | ---: | ---: | ---: | :--- | ---: |',
  `| read GeoJSON + queen contiguity | ${fmt(readAndQueen)} | sf \`st_read\` + spdep \`poly2nb\` | ${num(R, 'read_poly2nb_ms')} | ${ratio(readAndQueen.med, R, 'read_poly2nb_ms')} | 500 | ${met(readAndQueen.med, 500)} | ${ld('read')} / ${ld('R')} |`,
  `| queen contiguity (parsed polygons) | ${fmt(queenOnly)} | spdep \`poly2nb(queen = TRUE)\` | ${num(R, 'poly2nb_ms')} | ${ratio(queenOnly.med, R, 'poly2nb_ms')} | | | ${ld('queen')} / ${ld('R')} |`,
  `| rook contiguity (parsed polygons) | ${fmt(rookOnly)} | spdep \`poly2nb(queen = FALSE)\` | ${num(R, 'poly2nb_rook_ms')} | ${ratio(rookOnly.med, R, 'poly2nb_rook_ms')} | | | ${ld('rook')} / ${ld('R')} |`,
  `| local Moran + 999 conditional permutations | ${fmt(lisa)} | spdep \`localmoran_perm(nsim = 999)\` | ${num(R, 'localmoran_perm_ms')} | ${ratio(lisa.med, R, 'localmoran_perm_ms')} | 300 | ${met(lisa.med, 300)} | ${ld('lisa')} / ${ld('R')} |`,
  `| local Moran + 999 permutations in a worker thread (inside; round trip) | ${fmt(workerLisa.inside)}; ${fmt(workerLisa.trip)} | spdep \`localmoran_perm(nsim = 999)\` | ${num(R, 'localmoran_perm_ms')} | ${ratio(workerLisa.inside.med, R, 'localmoran_perm_ms')} | 300 | ${met(workerLisa.inside.med, 300)} | ${ld('workerLisa')} / ${ld('R')} |`,
  `| the app's whole \`spatial\` task in a worker thread (inside; round trip) | ${fmt(workerTask.inside)}; ${fmt(workerTask.trip)} | | | | | | ${ld('workerTask')} / — |`,
  `| SCHC (Ward + contiguity), full tree | ${fmt(schcRun)} | scikit-learn \`AgglomerativeClustering(ward, connectivity)\` | ${num(SK, 'schc_ms')} | ${ratio(schcRun.med, SK, 'schc_ms')} | 1,000 | ${met(schcRun.med, 1000)} | ${ld('schc')} / ${ld('sklearn')} |`,
  `| SKATER, k = ${SKATER_K}, ${nSkater} hexagons | ${fmt(skaterRun)} | spdep \`mstree\` + \`skater(ncuts = ${SKATER_K - 1})\` | ${num(R, 'skater_ms')} | ${ratio(skaterRun.med, R, 'skater_ms')} | | | ${ld('skater')} / ${ld('R')} |`,
  `| SKATER, k = ${SKATER_K}, ${COLS * ROWS} hexagons | ${fmt(skater3000)} | (not run on spdep) | — | — | | | ${ld('skater3000')} / — |`,
  '',
  `- SKATER on ${nSkater} hexagons, k = ${SKATER_K}: total ssw ${sswOurs.toFixed(6)} (atlas) and ${sswPeer === undefined ? '—' : sswPeer.toFixed(6)} (spdep)${sswPeer === undefined ? '' : Math.abs(sswOurs - sswPeer) <= 1e-6 * Math.abs(sswPeer) ? ': the same cut' : ': DIFFERENT'}.`,
  ...(typeof R === 'string' ? [`- spdep: ${R}`] : []),
  ...(typeof SK === 'string' ? [`- scikit-learn: ${SK}`] : []),
];
writeFileSync('bench/results/spatial.md', lines.join('\n') + '\n');
console.log(lines.join('\n'));
