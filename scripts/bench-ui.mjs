// UI benchmark (`npm run bench:ui`): how fast a weight change reaches the screen in the
// production build, in Debian's Chromium, served from a sub-path under the strict CSP.
//
// Case 1: the bundled 16 regions. Case 2: N synthetic regions on a hexagon grid (default 3,000),
// put in the store by the benchmark link `?bench=hex&n=N` (bench/ui/hexGrid.ts): the import
// keys rows by registry regions, so it cannot carry made-up cells. The link exists only in the
// benchmark's own build (bench/ui/vite.config.ts: the app plus bench/ui/main.ts, no service
// worker), never in the shipped one.
//
// Per step: the weight slider S_A is moved with the keyboard on #/rating (ArrowRight x20, then
// ArrowLeft x20), and on #/map the same weight is set through the store (the map has no slider).
// Measured per step:
// - work: Event Timing API (PerformanceObserver type 'event', durationThreshold 16) keydown and
//   input entries, processingEnd - processingStart summed; steps under the threshold report
//   nothing and count as "< 16 ms".
// - repaint: from the event's timeStamp to the first requestAnimationFrame callback after the
//   watched element (table or map) last changed, and how many frames that took.
//
// Usage: node scripts/bench-ui.mjs [--no-build] [--n 3000] [--steps 40] [--out bench/results/ui.md]
// The functions passed to page.evaluate run in the page, where these globals exist.
/* global window, document, performance, requestAnimationFrame, PerformanceObserver, MutationObserver */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import os from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { CSP } from './csp.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const N = Number(opt('n', 3000));
const STEPS = Number(opt('steps', 40));
const OUT = opt('out', 'bench/results/ui.md');
// A subset of cases for a quick look: k16, m16, khex, mhex (keyboard/map, 16 regions/hexagons).
// ktree, ktreehex: issue 9's four-level tree of 30 indicators on 20 hexagons and on N.
const CASES = new Set(opt('cases', 'k16,m16,khex,mhex,ktree,ktreehex').split(','));
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const LOAD_START = os.loadavg()[0].toFixed(2);
const SUB = '/kz-cluster-atlas/';

// The benchmark build, in a private directory so a concurrent `vite build` of dist/ cannot
// interfere; --no-build reuses the last one.
const root = join(os.tmpdir(), 'kz-atlas-bench-ui-dist');
if (!args.includes('--no-build')) {
  const b = spawnSync(
    'npx',
    [
      'vite',
      'build',
      '--config',
      'bench/ui/vite.config.ts',
      '--logLevel',
      'warn',
      '--outDir',
      root,
      '--emptyOutDir',
    ],
    { stdio: 'inherit' },
  );
  if (b.status !== 0) process.exit(b.status ?? 1);
}
if (!existsSync(join(root, 'index.html'))) {
  console.error(`No build in ${root}; run without --no-build.`);
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
};
const server = createServer(async (req, res) => {
  const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
  if (!path.startsWith(SUB)) return res.writeHead(404).end();
  let file = normalize(join(root, path.slice(SUB.length)));
  if (!file.startsWith(root)) return res.writeHead(403).end();
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    res
      .writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': CSP,
      })
      .end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}${SUB}`;

const browser = await chromium.launch({
  executablePath: CHROME,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'],
});

/** In-page instrumentation: frame counter, Event Timing entries, change watcher on `selector`. */
function instrument(selector) {
  const m = { frame: 0, cur: null, events: [] };
  window.__m = m;
  const tick = () => {
    m.frame++;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      m.events.push({
        name: e.name,
        start: e.startTime,
        work: e.processingEnd - e.processingStart,
        duration: e.duration,
      });
  }).observe({ type: 'event', durationThreshold: 16, buffered: false });
  m.begin = (t0) => {
    m.cur = {
      t0,
      f0: m.frame,
      tLast: null,
      tFrame: null,
      frames: null,
      seq: 0,
      tResults: null,
      tResultsFrame: null,
      resultsFrames: null,
      // The step's first change (the scores and ranks; the rank intervals may follow later).
      tFirstFrame: null,
      firstFrames: null,
    };
  };
  document.addEventListener('keydown', (e) => m.begin(e.timeStamp), true);
  // Store-driven cases: when the results land. A step that changes no colour (the map
  // restyles only regions whose fill changed) then counts to the frame after the results,
  // the frame that would have shown a change.
  window.__atlasBench?.subscribe((s, p) => {
    const c = m.cur;
    if (!c || s.results.rating === p.results.rating) return;
    c.tResults = performance.now();
    requestAnimationFrame(() => {
      c.tResultsFrame = performance.now();
      c.resultsFrames = m.frame - c.f0;
    });
  });
  const target = document.querySelector(selector);
  new MutationObserver(() => {
    const c = m.cur;
    if (!c) return;
    c.tLast = performance.now();
    if (c.seq === 0)
      requestAnimationFrame(() => {
        c.tFirstFrame = performance.now();
        c.firstFrames = m.frame - c.f0;
      });
    const seq = ++c.seq;
    requestAnimationFrame(() => {
      // Only the frame after the last change of this step counts.
      if (seq !== c.seq) return;
      c.tFrame = performance.now();
      c.frames = m.frame - c.f0;
    });
  }).observe(target, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    // data-painted: bumped on each canvas restyle, whose redraw runs in the next frame before
    // the watcher's frame callback (maps of > 1,000 regions draw on a canvas).
    attributeFilter: ['fill', 'style', 'class', 'd', 'data-region', 'data-painted'],
  });
}

/** Waits until the current step's change has been followed by a quiet frame. */
async function waitStep(page) {
  await page.waitForFunction(
    () => {
      const c = window.__m.cur;
      if (!c) return false;
      if (c.tFrame !== null) return performance.now() - c.tLast > 60;
      return c.tResultsFrame !== null && performance.now() - c.tResults > 150;
    },
    null,
    { timeout: 20000, polling: 20 },
  );
  return page.evaluate(() => {
    const c = window.__m.cur;
    const changed = c.tFrame !== null;
    return {
      repaint: (changed ? c.tFrame : c.tResultsFrame) - c.t0,
      frames: changed ? c.frames : c.resultsFrames,
      firstRepaint: (changed ? c.tFirstFrame : c.tResultsFrame) - c.t0,
      firstFrames: changed ? c.firstFrames : c.resultsFrames,
      t0: c.t0,
      changed,
    };
  });
}

async function openPage(route, bench) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${base}#/${route}${bench ? `?${bench}` : ''}`);
  return { page, ctx, errors };
}

const regionCount = (page, sel) => page.$$eval(`${sel} [data-region]`, (els) => els.length);

/** Regions on the map: SVG paths with data-region, or the features drawn on a canvas. */
async function mapUnits(page) {
  const paths = await regionCount(page, '[data-testid="map"]');
  if (paths > 0) return `${paths} map paths`;
  const n = await page.evaluate(
    () => window.__atlasBench?.getState().userData.boundaries.at(-1)?.features.features.length,
  );
  const canvas = await page.$$eval(
    '[data-testid="map"] canvas.leaflet-zoom-animated',
    (els) => els.length,
  );
  return canvas > 0 && n ? `${n} regions on a canvas` : `${paths} map paths`;
}

/** Keyboard steps of a weight slider (S_A by default) on #/rating, watching the rating table. */
async function keyboardCase(bench, expectRows, slider = 'weight-S_A') {
  const { page, ctx, errors } = await openPage('rating', bench);
  await page.getByTestId('rating-table').waitFor({ timeout: 60000 });
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="rating-table"] [data-region]').length >= n,
    Math.min(expectRows, 16),
    { timeout: 60000 },
  );
  await page.waitForTimeout(500);
  const rows = await regionCount(page, '[data-testid="rating-table"]');
  await page.evaluate(instrument, '[data-testid="rating-table"]');
  await page.getByTestId(slider).focus();
  const steps = [];
  for (let i = 0; i < STEPS; i++) {
    await page.keyboard.press(i < STEPS / 2 ? 'ArrowRight' : 'ArrowLeft');
    steps.push(await waitStep(page));
  }
  const events = await page.evaluate(() => window.__m.events);
  for (const s of steps) {
    const mine = events.filter(
      (e) => (e.name === 'keydown' || e.name === 'input') && Math.abs(e.start - s.t0) < 1,
    );
    s.work = mine.length ? mine.reduce((a, e) => a + e.work, 0) : null;
    s.duration = mine.length ? Math.max(...mine.map((e) => e.duration)) : null;
  }
  await ctx.close();
  return { steps, rows, errors };
}

/** Store-driven steps of the S_A weight on #/map, watching the map's paths. */
async function mapCase(bench) {
  const { page, ctx, errors } = await openPage('map', bench);
  await page.getByTestId('map').waitFor({ timeout: 60000 });
  await page.waitForFunction(() => !!window.__atlasBench, null, { timeout: 30000 });
  await page.waitForTimeout(1500);
  const paths = await mapUnits(page);
  await page.evaluate(instrument, '[data-testid="map"]');
  const steps = [];
  for (let i = 0; i < STEPS; i++) {
    await page.evaluate(
      (k) => {
        const store = window.__atlasBench;
        const w = 1 + 0.05 * k;
        window.__m.begin(performance.now());
        store.getState().setIndicatorWeight('S_A', w);
      },
      i < STEPS / 2 ? i + 1 : STEPS - i - 1,
    );
    steps.push(await waitStep(page));
  }
  await ctx.close();
  return { steps, paths, errors };
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const ms = (x) => (x === null || x === undefined ? 'n/a' : `${x.toFixed(1)} ms`);
/** Percentile of Event Timing work where steps under the 16 ms threshold have no entry. */
const workPct = (steps, p) => {
  const vals = steps.map((s) => (s.work === null ? -1 : s.work));
  const v = pct(vals, p);
  return v < 0 ? '< 16 ms (no entry over the threshold)' : ms(v);
};

const results = [];
const row = (label, r, units, target) => {
  const rep = r.steps.map((s) => s.repaint);
  const next = r.steps.filter((s) => s.frames !== null && s.frames <= 1).length;
  const firstRep = r.steps.map((s) => s.firstRepaint);
  const firstNext = r.steps.filter((s) => s.firstFrames !== null && s.firstFrames <= 1).length;
  const over = r.steps.filter((s) => s.work !== undefined && s.work !== null).length;
  // The first step after the page settles also compiles the code paths of a step (lazy
  // parsing, first optimisation): reported on its own, and the percentiles are of the
  // warm steps after it, as the core benchmarks report medians after one warm-up.
  const warm = r.steps.slice(1);
  const keyed = r.steps[0]?.work !== undefined;
  results.push({
    label,
    units,
    cold: !keyed ? '-' : r.steps[0].work === null ? '< 16 ms' : ms(r.steps[0].work),
    workP50: !keyed ? '-' : workPct(warm, 50),
    workP95: !keyed ? '-' : workPct(warm, 95),
    over: r.steps[0]?.work === undefined ? '-' : `${over}/${r.steps.length}`,
    durP95:
      r.steps[0]?.work === undefined
        ? '-'
        : (() => {
            const v = pct(
              r.steps.map((s) => s.duration ?? -1),
              95,
            );
            return v < 0 ? '< 16 ms' : ms(v);
          })(),
    firstP95: ms(pct(firstRep, 95)),
    firstNext: `${firstNext}/${r.steps.length}`,
    repP50: ms(pct(rep, 50)),
    repP95: ms(pct(rep, 95)),
    next: `${next}/${r.steps.length}`,
    maxFrames: Math.max(...r.steps.map((s) => s.frames ?? 0)),
    unchanged: r.steps.filter((s) => !s.changed).length,
    target,
    errors: r.errors,
  });
};

try {
  if (CASES.has('k16')) {
    const k16 = await keyboardCase(null, 16);
    row(
      '16 regions, #/rating, keyboard',
      k16,
      `${k16.rows} table rows`,
      'work p95 <= 16 ms; next frame',
    );
  }
  if (CASES.has('m16')) {
    const m16 = await mapCase('bench=store');
    row('16 regions, #/map, store-driven', m16, m16.paths, 'next frame');
  }
  if (CASES.has('khex')) {
    const kHex = await keyboardCase(`bench=hex&n=${N}`, N);
    row(
      `${N} hexagons, #/rating, keyboard`,
      kHex,
      `${kHex.rows} table rows`,
      'repaint p95 <= 100 ms',
    );
  }
  if (CASES.has('mhex')) {
    const mHex = await mapCase(`bench=hex&n=${N}`);
    row(`${N} hexagons, #/map, store-driven`, mHex, mHex.paths, 'repaint p95 <= 100 ms');
  }
  if (CASES.has('ktree')) {
    const kTree = await keyboardCase('bench=hex&n=20&k=30&tree=4', 20, 'weight-I07');
    row(
      '20 units, 30 indicators in a four-level tree, #/rating, keyboard',
      kTree,
      `${kTree.rows} table rows`,
      'work p95 <= 16 ms; next frame',
    );
  }
  if (CASES.has('ktreehex')) {
    const kTreeHex = await keyboardCase(`bench=hex&n=${N}&k=30&tree=4`, N, 'weight-I07');
    row(
      `${N} hexagons, 30 indicators in a four-level tree, #/rating, keyboard`,
      kTreeHex,
      `${kTreeHex.rows} table rows`,
      'repaint p95 <= 100 ms',
    );
  }
} finally {
  const version = browser.version();
  await browser.close();
  server.close();
  const cpus = os.cpus();
  const lines = [
    '# UI benchmark: weight change to screen',
    '',
    `Run by \`npm run bench:ui\` (scripts/bench-ui.mjs), ${STEPS} steps per case. Production code in the benchmark build (bench/ui/vite.config.ts) served from ${SUB} under the strict CSP.`,
    '',
    '| machine | |',
    '|---|---|',
    `| CPU | ${cpus[0]?.model ?? 'unknown'} |`,
    `| cores | ${cpus.length} |`,
    `| RAM | ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB |`,
    `| browser | Chromium ${version} (headless, ${CHROME}) |`,
    `| Node | ${process.version} |`,
    `| load average (1 min) at start / end | ${LOAD_START} / ${os.loadavg()[0].toFixed(2)} (other processes share the cores) |`,
    `| date | ${new Date().toISOString()} |`,
    '',
    '| case | units drawn | first step work (cold) | work p50 (Event Timing, warm steps) | work p95 (warm steps) | steps with an entry (duration >= 16 ms) | input to next paint p95 (duration) | first change: repaint p95 | first change in next frame | repaint p50 | repaint p95 | updated in next frame | max frames | target |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...results.map(
      (r) =>
        `| ${r.label} | ${r.units} | ${r.cold} | ${r.workP50} | ${r.workP95} | ${r.over} | ${r.durP95} | ${r.firstP95} | ${r.firstNext} | ${r.repP50} | ${r.repP95} | ${r.next} | ${r.maxFrames} | ${r.target} |`,
    ),
    '',
    'work: keydown + input handler time (processingEnd - processingStart) from Event Timing entries with',
    'duration >= 16 ms; a step with no such entry handled its events and painted within 16 ms.',
    `first step (cold): the first of the ${STEPS} steps, which also compiles a step's code paths;`,
    `work percentiles are of the other ${STEPS - 1} (warm) steps. Repaint figures are of all steps.`,
    'duration: Event Timing duration, from the key event to the next paint after its handlers',
    '(rounded to 8 ms by the browser; one frame is 16.7 ms, so most steps get an entry).',
    'repaint: event timeStamp to the first animation frame after the watched element (table or',
    "map) last changed; 'next frame' counts steps whose change landed within one frame. First",
    'change: the same to the frame after its first change (index, ranks and classes; the rank',
    'intervals follow from the sensitivity run, which starts once that frame is painted).',
    'Store-driven rows time setIndicatorWeight() on #/map (the map view has no slider) from the',
    'call, so they have no Event Timing entry. Hexagons: synthetic grid from bench/ui/hexGrid.ts.',
    'The map restyles only regions whose colour changed: a step that changes none is timed to the',
    'first frame after its results reached the store. Steps without a visible change:',
    ...results.map((r) => `- ${r.label}: ${r.unchanged}/${STEPS}`),
    ...results.flatMap((r) =>
      r.errors.length ? [`Errors in "${r.label}": ${r.errors.join('; ')}`] : [],
    ),
    '',
  ];
  const md = lines.join('\n');
  console.log(md);
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, md);
  console.log(`Written to ${OUT}`);
}
