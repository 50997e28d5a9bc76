/**
 * Spatial weights from a boundary set in one call: contiguity (queen, rook), k nearest
 * neighbours or a distance band on centroids, then the island policy, then the style.
 * Units left out as islands are listed; `kept` maps the result's rows to the input's.
 */
import type { SpatialUnit } from './boundaryGeometry.ts';
import { centroids } from './centroid.ts';
import { DEFAULT_SNAP, contiguityNeighbours } from './contiguity.ts';
import { distanceBandNeighbours } from './distanceBand.ts';
import { joinIslandsToNearest, type IslandPolicy } from './islands.ts';
import { knnNeighbours } from './knn.ts';
import {
  islandIndices,
  subsetWeights,
  weightsFromNeighbours,
  type SpatialWeights,
  type WeightsKind,
  type WeightsStyle,
} from './spatialWeights.ts';

export interface WeightsOptions {
  kind: WeightsKind;
  style: WeightsStyle;
  islands: IslandPolicy;
  /**
   * For kind `file`: the neighbours read from a GAL or GWT file (0-based, in the units'
   * order) and, from a GWT file, their general weights. A link joining an island to its
   * nearest unit gets the general weight 1.
   */
  given?: {
    neighbours: ReadonlyArray<readonly number[]>;
    general?: ReadonlyArray<readonly number[]>;
  };
}

export interface BuiltWeights {
  weights: SpatialWeights;
  /** Ids of the units that had no neighbour (before the island policy). */
  islands: string[];
  /** weights row t is input unit kept[t]. */
  kept: number[];
  centroids: [number, number][];
}

/** Parses the CLI's and the spec's weights text: queen, rook, knn:K, distance:KM. */
export function parseWeightsKind(text: string, tolerance = DEFAULT_SNAP): WeightsKind | null {
  if (text === 'queen' || text === 'rook') return { type: text, tolerance };
  const knn = /^knn:(\d+)$/.exec(text);
  if (knn) return { type: 'knn', k: Number(knn[1]) };
  const band = /^distance:(\d+(?:\.\d+)?)$/.exec(text);
  if (band && Number(band[1]) > 0) return { type: 'distance', km: Number(band[1]) };
  return null;
}

export function buildWeights(
  units: ReadonlyArray<SpatialUnit>,
  options: WeightsOptions,
): BuiltWeights {
  const pts = centroids(units);
  const { kind } = options;
  let nb: number[][];
  let general: number[][] | undefined;
  if (kind.type === 'file') {
    if (!options.given)
      throw new RangeError('File weights need the neighbours read from the file.');
    nb = options.given.neighbours.map((row) => [...row]);
    general = options.given.general?.map((row) => [...row]);
  } else if (kind.type === 'knn') {
    nb = knnNeighbours(pts, kind.k);
  } else if (kind.type === 'distance') {
    nb = distanceBandNeighbours(pts, kind.km);
  } else {
    nb = contiguityNeighbours(units, kind.type, kind.tolerance);
  }
  const ids = units.map((u) => u.id);
  const islandIdx = islandIndices({ neighbours: nb });
  const islands = islandIdx.map((i) => ids[i]);
  if (options.islands === 'nearest') {
    const joined = joinIslandsToNearest(nb, pts);
    if (general) {
      // Keep each file weight with its neighbour; new links weigh 1.
      general = joined.map((row, i) =>
        row.map((j) => {
          const t = nb[i].indexOf(j);
          return t >= 0 ? general![i][t] : 1;
        }),
      );
    }
    nb = joined;
    return {
      weights: weightsFromNeighbours(ids, nb, kind, options.style, general),
      islands,
      kept: ids.map((_, i) => i),
      centroids: pts,
    };
  }
  const all = weightsFromNeighbours(ids, nb, kind, options.style, general);
  const out = new Set(islandIdx);
  const kept = ids.map((_, i) => i).filter((i) => !out.has(i));
  const subset = (): SpatialWeights => {
    if (!general) return subsetWeights(all, kept);
    // An island has no neighbour, but another unit may list it (directed GWT links).
    const index = new Map(kept.map((i, t) => [i, t]));
    const rows = kept.map((i) => nb[i].map((j, t) => [j, general![i][t]] as const));
    const keptRows = rows.map((r) => r.filter(([j]) => index.has(j)));
    return weightsFromNeighbours(
      kept.map((i) => ids[i]),
      keptRows.map((r) => r.map(([j]) => index.get(j) as number)),
      kind,
      options.style,
      keptRows.map((r) => r.map(([, g]) => g)),
    );
  };
  return {
    weights: kept.length === ids.length ? all : subset(),
    islands,
    kept,
    centroids: pts,
  };
}
