/**
 * The spatially constrained clustering step: check and standardise the data as the
 * unconstrained clustering does (clusterAnalysis: z-scores with the sample SD), run SCHC,
 * SKATER or max-p on the contiguity links, number the groups 1..k by first appearance (R's
 * `cutree` convention), and say how far the result is from unconstrained Ward with the same
 * k and, when given, from a reference grouping (seed 003's published eight groups), by the
 * adjusted Rand index (Hubert & Arabie 1985).
 */
import { adjustedRandIndex } from '../cluster/adjustedRandIndex.ts';
import { clusterAnalysis } from '../cluster/clusterAnalysis.ts';
import { cutree } from '../cluster/cutree.ts';
import type { HclustTree } from '../cluster/hclustTree.ts';
import { sumsOfSquares, type SumsOfSquares } from '../cluster/sumsOfSquares.ts';
import { fail, ok, type Result } from '../issue.ts';
import { maxp } from './maxp.ts';
import { schc } from './schc.ts';
import { skater } from './skater.ts';

export type SpatialClusterMethod = 'schc' | 'skater' | 'maxp';

export interface SpatialClusterOptions {
  method: SpatialClusterMethod;
  /** Groups wanted (SCHC, SKATER); max-p finds its own number. */
  k: number;
  standardise: 'z' | 'none';
  /** max-p (required) and SKATER (optional): floor variable values and the floor. */
  floor?: { values: ArrayLike<number>; min: number };
  seed?: number;
  /** Reference grouping of the same units (any labels), e.g. seed 003's groups. */
  reference?: ReadonlyArray<number | string>;
  observationNames?: readonly string[];
  variableNames?: readonly string[];
}

export interface SpatialClusterAnalysis {
  method: SpatialClusterMethod;
  /** SCHC only: the tree in merge order (heights need not increase). */
  tree: HclustTree | null;
  /** Group 1..k of each unit, numbered by first appearance. */
  labels: number[];
  k: number;
  /** ARI against unconstrained Ward (ward.D2) cut at the same k. */
  ariWard: number;
  wardLabels: number[];
  /** ARI against the reference, null without one. */
  ariReference: number | null;
  sumsOfSquares: SumsOfSquares;
}

function renumber(labels: readonly number[]): number[] {
  const map = new Map<number, number>();
  return labels.map((g) => {
    let v = map.get(g);
    if (v === undefined) {
      v = map.size + 1;
      map.set(g, v);
    }
    return v;
  });
}

export function spatialClusterAnalysis(
  data: ReadonlyArray<ArrayLike<number | null | undefined>>,
  neighbours: ReadonlyArray<readonly number[]>,
  options: SpatialClusterOptions,
): Result<SpatialClusterAnalysis> {
  const k = options.method === 'maxp' ? 1 : options.k;
  const base = clusterAnalysis(data, {
    standardise: options.standardise,
    linkage: 'ward',
    k,
    observationNames: options.observationNames,
    variableNames: options.variableNames,
  });
  if (!base.ok) return base;
  const x = base.value.data;
  let labels: number[];
  let tree: HclustTree | null = null;
  if (options.method === 'schc') {
    const r = schc(x, neighbours);
    if (!r.ok) return r;
    tree = r.value.tree;
    labels = cutree(tree, k);
  } else if (options.method === 'skater') {
    const r = skater(x, neighbours, { k, floor: options.floor });
    if (!r.ok) return r;
    labels = renumber(r.value.groups);
  } else {
    if (!options.floor) {
      return fail([
        {
          code: 'floor-missing',
          severity: 'error',
          message:
            'Max-p needs a floor: a variable (such as population) and the least sum per region.',
          where: { field: 'spatial.floor' },
        },
      ]);
    }
    const r = maxp(x, neighbours, {
      floorValues: options.floor.values,
      floor: options.floor.min,
      seed: options.seed,
    });
    if (!r.ok) return r;
    labels = r.value.labels;
  }
  const kFound = new Set(labels).size;
  const wardLabels = kFound === k ? base.value.labels : cutree(base.value.tree, kFound);
  const ref = options.reference;
  return ok(
    {
      method: options.method,
      tree,
      labels,
      k: kFound,
      ariWard: adjustedRandIndex(labels, wardLabels),
      wardLabels,
      ariReference: ref && ref.length === labels.length ? adjustedRandIndex(labels, ref) : null,
      sumsOfSquares: sumsOfSquares(x, labels),
    },
    base.warnings,
  );
}
