/**
 * UI benchmark only (scripts/bench-ui.mjs): a synthetic hexagon grid of `n` made-up regions
 * over Kazakhstan's bounding box with six indicators S_D..S_C, put in the store as the active
 * user table and boundary set. Part of the benchmark build (bench/ui/vite.config.ts), never of
 * the app's: there `#/<route>?bench=hex&n=3000` (or `?bench=store`, which keeps the bundled
 * data) turns it on; the production build has no such link and no `__atlasBench`. The import
 * cannot carry these cells because it keys rows by registry regions, and the UI benchmark
 * needs thousands of units. `&k=30&tree=4` gives 30 indicators I01..I30 under a four-level
 * tree of groups (issue 9's case) instead of S_D..S_C.
 */
import { activateDataset } from '../../src/views/import/activate.ts';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { GroupSpec } from '../../src/core/index.ts';
import type { TableDataset } from '../../src/data/types.ts';
import type { AppStore } from '../../src/state/store.ts';
import type { UserBoundarySet, UserDataset } from '../../src/state/userData.ts';

export const BENCH_INDICATORS = ['S_D', 'S_F', 'S_E', 'S_A', 'S_B', 'S_C'] as const;

/** Cap on the grid so a mistyped link cannot freeze the tab. */
export const MAX_HEX_CELLS = 20000;

export interface HexGrid {
  boundaries: FeatureCollection<Polygon>;
  table: TableDataset;
}

/**
 * `n` pointy-top hexagons in rows (odd rows shifted half a cell), radius R = w / sqrt(3) for
 * column spacing w and row spacing 1.5 R, so they tile; values from a linear congruential
 * generator (Numerical Recipes constants) seeded by `seed`, uniform on [10, 100).
 */
export function hexGrid(
  n: number,
  seed = 1,
  indicators: readonly string[] = BENCH_INDICATORS,
): HexGrid {
  const count = Math.max(1, Math.min(MAX_HEX_CELLS, Math.floor(n)));
  const [west, south, east] = [46.5, 40.5, 87.3];
  const cols = Math.max(1, Math.ceil(Math.sqrt(count * 2.2)));
  const w = (east - west) / (cols + 0.5);
  const r = w / Math.sqrt(3);
  let s = seed >>> 0;
  const next = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  const features: Feature<Polygon>[] = [];
  const rows: TableDataset['rows'] = [];
  const digits = String(count).length;
  for (let i = 0; i < count; i++) {
    const row = Math.floor(i / cols);
    const col = i % cols;
    const cx = west + w / 2 + col * w + (row % 2 ? w / 2 : 0);
    const cy = south + r + row * 1.5 * r;
    const ring: [number, number][] = [];
    for (let k = 0; k <= 6; k++) {
      const a = ((30 + 60 * (k % 6)) * Math.PI) / 180;
      ring.push([+(cx + r * Math.cos(a)).toFixed(5), +(cy + r * Math.sin(a)).toFixed(5)]);
    }
    const key = `HEX-${String(i + 1).padStart(digits, '0')}`;
    features.push({
      type: 'Feature',
      id: key,
      properties: { name: key },
      geometry: { type: 'Polygon', coordinates: [ring] },
    });
    rows.push({
      key,
      label: key,
      cells: Object.fromEntries(
        indicators.map((ind, c) => {
          const v = +(10 + next() * 90).toFixed(3);
          return [
            ind,
            {
              value: v,
              printed: String(v),
              source: { seed: 'bench', table: 'hex', row: key, column: ind, col: c + 2 },
            },
          ];
        }),
      ),
    });
  }
  const same = (x: string) => ({ ru: x, kk: x, en: x });
  const table: TableDataset = {
    kind: 'table',
    id: 'bench-hex',
    title: same(`Synthetic hexagon grid (${count} cells, benchmark)`),
    source: 'synthetic benchmark data',
    seed: 'bench',
    tables: ['hex'],
    units: same(''),
    years: [2014],
    notes: same('Synthetic benchmark data, not regions.'),
    scheme: 'current',
    columns: indicators.map((id) => ({
      id,
      title: same(id),
      unit: same(''),
      direction: 'higher' as const,
    })),
    rows,
  };
  return { boundaries: { type: 'FeatureCollection', features }, table };
}

/** `k` indicator ids I01..Ik (k = 6 keeps S_D..S_C, the paper's names, for the old cases). */
export function benchIndicators(k: number): readonly string[] {
  if (k === 6) return BENCH_INDICATORS;
  const n = Math.max(1, Math.min(200, Math.floor(k)));
  return Array.from({ length: n }, (_, i) => `I${String(i + 1).padStart(2, '0')}`);
}

/**
 * Issue 9's benchmark tree: `depth` levels of groups (each group splits in two) over the
 * indicators, dealt to the deepest groups in order, e.g. 30 indicators under 2 x 2 x 2 x 2.
 */
export function benchTree(ids: readonly string[], depth: number): GroupSpec[] {
  const leaves = 2 ** Math.max(1, depth);
  let leaf = 0;
  const build = (level: number, name: string): GroupSpec => {
    if (level === depth) {
      const mine = ids.slice(
        Math.floor((leaf * ids.length) / leaves),
        Math.floor(((leaf + 1) * ids.length) / leaves),
      );
      leaf++;
      return {
        id: name,
        label: name,
        weight: 1,
        indicators: mine.map((id) => ({ id, label: id, weight: 1, direction: 'higher' as const })),
      };
    }
    return {
      id: name,
      label: name,
      weight: 1,
      indicators: [],
      groups: [build(level + 1, `${name}.1`), build(level + 1, `${name}.2`)],
    };
  };
  return [build(1, 'G1'), build(1, 'G2')];
}

/**
 * Applies a benchmark link: `bench=hex&n=N` makes an N-cell grid the active data and
 * boundaries (re-applied if stored data are loaded over it later); any `bench=` value exposes
 * the store as `window.__atlasBench` so the benchmark can time a store-driven update.
 */
export function applyBenchLink(store: AppStore, hash: string, win: object): void {
  const q = new URLSearchParams(hash.split('?')[1] ?? '');
  const mode = q.get('bench');
  if (!mode) return;
  (win as { __atlasBench?: AppStore }).__atlasBench = store;
  if (mode !== 'hex') return;
  const ids = benchIndicators(Number(q.get('k') ?? 6));
  const depth = Number(q.get('tree') ?? 0);
  const { boundaries, table } = hexGrid(Number(q.get('n') ?? 3000), 1, ids);
  const stamp = '2000-01-01T00:00:00.000Z';
  const label = `bench-hex-${table.rows.length} (synthetic)`;
  const dataset: UserDataset = {
    id: 'bench-hex',
    fileName: label,
    importedAt: stamp,
    table,
    year: 2014,
    mapping: ids === BENCH_INDICATORS ? Object.fromEntries(ids.map((i) => [i, i])) : {},
  };
  const bounds: UserBoundarySet = {
    id: 'bench-hex',
    fileName: label,
    importedAt: stamp,
    scheme: 'current',
    features: boundaries,
    report: { matched: table.rows.length, unmatched: [], duplicates: [], missing: [] },
  };
  const install = () => {
    const s = store.getState();
    if (!s.userData.datasets.some((d) => d.id === dataset.id)) s.addUserDataset(dataset);
    if (!s.userData.boundaries.some((b) => b.id === bounds.id)) s.addUserBoundaries(bounds);
    const u = store.getState().userData;
    if (u.activeDataset !== dataset.id || store.getState().spec.data.table.source !== 'user')
      activateDataset(store, dataset.id);
    if (u.activeBoundaries !== bounds.id) store.getState().useBoundaries(bounds.id);
    if (store.getState().view.year !== 2014) store.getState().setYear(2014);
    if (depth > 0) {
      const spec = store.getState().spec;
      store
        .getState()
        .setSpec({ ...spec, rating: { ...spec.rating, groups: benchTree(ids, depth) } });
    }
  };
  install();
  // Stored items loaded after start-up replace the lists: put the grid back once.
  const unsub = store.subscribe((s, p) => {
    if (s.userData.hydrated && !p.userData.hydrated) {
      unsub();
      install();
    }
  });
}
