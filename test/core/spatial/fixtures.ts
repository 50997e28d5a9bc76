/** Loads the spdep and scikit-learn references (test/fixtures/spatial/README.md says how they were made). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SpatialUnit } from '../../../src/core/spatial/boundaryGeometry.ts';

export const fixtureDir = fileURLToPath(new URL('../../fixtures/spatial/', import.meta.url));

interface MoranRef {
  I: number;
  expected: number;
  variance_randomisation: number;
  variance_normal: number;
  z_randomisation: number;
  p_randomisation: number;
  z_normal: number;
  p_normal: number;
}
interface LocalRef {
  Ii: number[];
  E: number[];
  Var: number[];
  Z: number[];
}
export interface StatsRef {
  moranW: MoranRef;
  moranB: MoranRef;
  localW: { conditional: LocalRef; total: LocalRef };
  localB: { conditional: LocalRef; total: LocalRef };
  lagW: number[];
  localGstarW: number[];
  localGstarB: number[];
  localGW: number[];
}
export interface RuleRef {
  neighbours: Record<string, string[]>;
  stats: Record<string, StatsRef>;
  mst: [string, string, number][];
  skater: Record<string, { groups: number[]; ssw: number[] }>;
}
export interface SetRef {
  ids: string[];
  variables: string[];
  centroids: [number, number][];
  queen: RuleRef;
  rook: RuleRef;
  knn: { k: number; neighbours: Record<string, string[]> };
  distance: { km: number; neighbours: Record<string, string[]> };
  gcdist: number[];
}

export const spdep = JSON.parse(readFileSync(fixtureDir + 'spdep_reference.json', 'utf8')) as {
  meta: Record<string, unknown>;
  kz16: SetRef;
  grid: SetRef;
  padjust: { p: number[]; fdr: number[]; bonferroni: number[] };
  pnorm: { q: number[]; upper: number[] };
};

export interface SklearnRule {
  labels: Record<string, number[]>;
  children: [number, number][];
  distances: number[];
}
export const sklearn = JSON.parse(readFileSync(fixtureDir + 'sklearn_reference.json', 'utf8')) as {
  meta: Record<string, string>;
  kz16: { ids: string[]; queen: SklearnRule; rook: SklearnRule };
  grid: { ids: string[]; queen: SklearnRule; rook: SklearnRule };
};

/** The CSV of a data set as ids and numeric columns. */
export function readTable(name: 'kz16' | 'grid'): {
  ids: string[];
  columns: string[];
  rows: number[][];
} {
  const lines = readFileSync(`${fixtureDir}${name}.csv`, 'utf8').trim().split('\n');
  const columns = lines[0].split(',').slice(1);
  const ids: string[] = [];
  const rows: number[][] = [];
  for (const line of lines.slice(1)) {
    const [id, ...v] = line.split(',');
    ids.push(id);
    rows.push(v.map(Number));
  }
  return { ids, columns, rows };
}

/** The boundaries of a data set, as units in the order of its CSV. */
export function readUnits(name: 'kz16' | 'grid'): SpatialUnit[] {
  const fc = JSON.parse(readFileSync(`${fixtureDir}${name}.geojson`, 'utf8')) as {
    features: { id: string; properties: { code: string }; geometry: SpatialUnit['geometry'] }[];
  };
  const byCode = new Map(fc.features.map((f) => [f.properties.code, f]));
  return readTable(name).ids.map((id) => ({ id, geometry: byCode.get(id)!.geometry }));
}

/** Neighbour lists by index from spdep's lists by id. */
export function indexLists(ids: readonly string[], lists: Record<string, string[]>): number[][] {
  const index = new Map(ids.map((id, i) => [id, i]));
  return ids.map((id) => lists[id].map((o) => index.get(o)!).sort((a, b) => a - b));
}

export function column(name: 'kz16' | 'grid', variable: string): number[] {
  const t = readTable(name);
  const j = t.columns.indexOf(variable);
  return t.rows.map((r) => r[j]);
}

/** Largest relative error max |a - b| / max(|b|, 1e-300) over two arrays. */
export function maxRelativeError(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) return Infinity;
  let worst = 0;
  a.forEach((v, i) => {
    const e = Math.abs(v - b[i]) / Math.max(Math.abs(b[i]), 1e-300);
    if (!(e <= worst)) worst = e;
  });
  return worst;
}

/** Same partition (labels may differ by a permutation). */
export function samePartition(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  const ab = new Map<number, number>();
  const ba = new Map<number, number>();
  for (let i = 0; i < a.length; i++) {
    if ((ab.get(a[i]) ?? b[i]) !== b[i] || (ba.get(b[i]) ?? a[i]) !== a[i]) return false;
    ab.set(a[i], b[i]);
    ba.set(b[i], a[i]);
  }
  return true;
}
