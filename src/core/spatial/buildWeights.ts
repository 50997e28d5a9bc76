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
  if (kind.type === 'queen' || kind.type === 'rook') {
    nb = contiguityNeighbours(units, kind.type, kind.tolerance);
  } else if (kind.type === 'knn') {
    nb = knnNeighbours(pts, kind.k);
  } else if (kind.type === 'distance') {
    nb = distanceBandNeighbours(pts, kind.km);
  } else {
    throw new RangeError('File weights are read with readGal/readGwt, not built from boundaries.');
  }
  const ids = units.map((u) => u.id);
  const islandIdx = islandIndices({ neighbours: nb });
  const islands = islandIdx.map((i) => ids[i]);
  if (options.islands === 'nearest') {
    nb = joinIslandsToNearest(nb, pts);
    return {
      weights: weightsFromNeighbours(ids, nb, kind, options.style),
      islands,
      kept: ids.map((_, i) => i),
      centroids: pts,
    };
  }
  const all = weightsFromNeighbours(ids, nb, kind, options.style);
  const out = new Set(islandIdx);
  const kept = ids.map((_, i) => i).filter((i) => !out.has(i));
  return {
    weights: kept.length === ids.length ? all : subsetWeights(all, kept),
    islands,
    kept,
    centroids: pts,
  };
}
