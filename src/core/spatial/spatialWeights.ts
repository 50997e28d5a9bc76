/**
 * Spatial weights: for each unit, its neighbours and their weights, as R spdep's `listw`
 * (Bivand, Pebesma & Gómez-Rubio 2013, Applied Spatial Data Analysis with R, ch. 9) and
 * GeoDa's weights files. Units are addressed by 0-based index into `ids`; every neighbour
 * list is sorted ascending and never contains the unit itself (Gi* adds it on its own).
 *
 * Styles (spdep's `nb2listw`): `W` row-standardised, w_ij = 1 / n_i over the n_i neighbours
 * (or a general weight divided by its row sum); `B` binary, w_ij = 1.
 */

/** How the neighbours were found: contiguity, k nearest neighbours, a distance band, or a file. */
export type WeightsKind =
  | { type: 'queen' | 'rook'; tolerance: number }
  | { type: 'knn'; k: number }
  | { type: 'distance'; km: number }
  | { type: 'file'; format: 'gal' | 'gwt' };

export type WeightsStyle = 'W' | 'B';

export interface SpatialWeights {
  /** Unit ids in the order of the data. */
  ids: string[];
  kind: WeightsKind;
  style: WeightsStyle;
  /** neighbours[i]: 0-based indices of i's neighbours, ascending, without i. */
  neighbours: number[][];
  /** weights[i][t]: the weight of neighbours[i][t] in i's row. */
  weights: number[][];
}

/** The short name of a weights kind as the CLI writes it: queen, rook, knn:6, distance:300. */
export function weightsKindLabel(kind: WeightsKind): string {
  switch (kind.type) {
    case 'knn':
      return `knn:${kind.k}`;
    case 'distance':
      return `distance:${kind.km}`;
    case 'file':
      return kind.format;
    default:
      return kind.type;
  }
}

/**
 * Weights of the given style from neighbour lists and optional general (unstandardised)
 * weights: `B` gives 1 (or the general weight), `W` divides each row by its sum. A unit with
 * no neighbour gets an empty row (spdep's zero.policy = TRUE).
 */
export function weightsFromNeighbours(
  ids: readonly string[],
  neighbours: ReadonlyArray<readonly number[]>,
  kind: WeightsKind,
  style: WeightsStyle,
  general?: ReadonlyArray<readonly number[]>,
): SpatialWeights {
  const nb: number[][] = [];
  const wt: number[][] = [];
  neighbours.forEach((row, i) => {
    const order = row.map((j, t) => [j, t] as const).sort((a, b) => a[0] - b[0]);
    const js = order.map(([j]) => j);
    const raw = order.map(([, t]) => (general ? general[i][t] : 1));
    if (style === 'W') {
      const s = raw.reduce((a, b) => a + b, 0);
      nb.push(js);
      wt.push(raw.map((v) => v / s));
    } else {
      nb.push(js);
      wt.push(raw);
    }
  });
  return { ids: [...ids], kind, style, neighbours: nb, weights: wt };
}

/** The same neighbours in another style (binary weights are 1; W divides each row by its count). */
export function restyle(w: SpatialWeights, style: WeightsStyle): SpatialWeights {
  return weightsFromNeighbours(w.ids, w.neighbours, w.kind, style);
}

/** Number of neighbours of each unit (spdep's `card()`). */
export function cardinalities(w: SpatialWeights): number[] {
  return w.neighbours.map((row) => row.length);
}

/** Indices of units without a neighbour. */
export function islandIndices(w: { neighbours: ReadonlyArray<readonly number[]> }): number[] {
  const out: number[] = [];
  w.neighbours.forEach((row, i) => {
    if (row.length === 0) out.push(i);
  });
  return out;
}

/** Makes neighbour lists symmetric: j in N(i) whenever i in N(j). Lists come back sorted. */
export function symmetrise(neighbours: ReadonlyArray<readonly number[]>): number[][] {
  const sets = neighbours.map((row) => new Set(row));
  neighbours.forEach((row, i) => row.forEach((j) => sets[j].add(i)));
  return sets.map((s) => [...s].sort((a, b) => a - b));
}

/** Weights restricted to the units `keep` (0-based, ascending), re-indexed and re-styled. */
export function subsetWeights(w: SpatialWeights, keep: readonly number[]): SpatialWeights {
  const index = new Map<number, number>();
  keep.forEach((i, t) => index.set(i, t));
  const nb = keep.map((i) =>
    w.neighbours[i].filter((j) => index.has(j)).map((j) => index.get(j) as number),
  );
  return weightsFromNeighbours(
    keep.map((i) => w.ids[i]),
    nb,
    w.kind,
    w.style,
  );
}

/** Summary for the weights panel: neighbour counts, their distribution, the links. */
export interface WeightsSummary {
  units: number;
  /** Number of (directed) non-zero weights, spdep's "Number of nonzero links". */
  links: number;
  /** Percentage of non-zero weights among n^2. */
  density: number;
  meanNeighbours: number;
  minNeighbours: number;
  maxNeighbours: number;
  /** histogram[k] = number of units with exactly k neighbours. */
  histogram: number[];
  islands: string[];
  /** True when every neighbour relation goes both ways. */
  symmetric: boolean;
}

export function summariseWeights(w: SpatialWeights): WeightsSummary {
  const card = cardinalities(w);
  const n = card.length;
  const links = card.reduce((a, b) => a + b, 0);
  const max = n ? Math.max(...card) : 0;
  const histogram = new Array<number>(max + 1).fill(0);
  for (const c of card) histogram[c]++;
  const sets = w.neighbours.map((row) => new Set(row));
  const symmetric = w.neighbours.every((row, i) => row.every((j) => sets[j].has(i)));
  return {
    units: n,
    links,
    density: n ? (100 * links) / (n * n) : 0,
    meanNeighbours: n ? links / n : 0,
    minNeighbours: n ? Math.min(...card) : 0,
    maxNeighbours: max,
    histogram,
    islands: islandIndices(w).map((i) => w.ids[i]),
    symmetric,
  };
}
