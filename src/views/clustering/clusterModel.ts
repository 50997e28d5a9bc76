/**
 * From a bundled table and the clustering part of the spec to everything the clustering view
 * shows: the analysis (core/cluster clusterAnalysis), mean silhouette by k, and the adjusted
 * Rand index against seed 003's published grouping when the rows are the 16 regions.
 * Pure: the view memoises it on its inputs.
 */
import {
  adjustedRandIndex,
  clusterAnalysis,
  silhouetteByK,
  type ClusterAnalysis,
} from '../../core/cluster/index.ts';
import type { Issue } from '../../core/issue.ts';
import type { ClusteringSpec } from '../../core/spec.ts';
import type { RegionGroup, TableDataset } from '../../data/types.ts';

/** The six indicators of seed 004 (METHODS.md section 1): the default variables for regions. */
export const INDICATOR_IDS = ['S_D', 'S_F', 'S_E', 'S_A', 'S_B', 'S_C'] as const;

/** What is being clustered: the 16 regions on the innovation table, or seed 002's industries. */
export type ClusterSource = 'regions' | 'industries';

/** Numeric columns of a dataset, in its order. */
export function numericColumns(ds: TableDataset): string[] {
  return ds.columns
    .map((c) => c.id)
    .filter((id) => ds.rows.some((r) => typeof r.cells[id]?.value === 'number'));
}

/**
 * The variables to cluster on: the spec's choice where every id exists in the dataset,
 * otherwise the dataset's default (the six indicators for regions, every numeric column
 * for the industries). A stale choice from another dataset never reaches the core.
 */
export function effectiveVariables(ds: TableDataset, chosen: readonly string[]): string[] {
  const available = numericColumns(ds);
  const kept = chosen.filter((v) => available.includes(v));
  if (kept.length > 0) return kept;
  const indicators = INDICATOR_IDS.filter((v) => available.includes(v));
  return indicators.length > 0 ? [...indicators] : available;
}

export interface ClusterInput {
  /** Row keys (region ISO codes or industry ids). */
  keys: string[];
  variables: string[];
  values: (number | null)[][];
}

export function clusterInput(ds: TableDataset, variables: readonly string[]): ClusterInput {
  return {
    keys: ds.rows.map((r) => r.key),
    variables: [...variables],
    values: ds.rows.map((r) => variables.map((v) => r.cells[v]?.value ?? null)),
  };
}

export interface PublishedComparison {
  /** Published group id of each row (aligned with input.keys). */
  published: number[];
  ari: number;
}

export interface ClusterModel {
  input: ClusterInput;
  /** The analysis, or null when the data cannot be clustered (see issues). */
  analysis: ClusterAnalysis | null;
  /** Errors (no analysis) or warnings (analysis with caveats). */
  issues: Issue[];
  silhouette: { k: number; mean: number }[];
  comparison: PublishedComparison | null;
}

/** Published group of each key, or null unless every key belongs to exactly one group. */
export function publishedLabels(
  keys: readonly string[],
  groups: readonly RegionGroup[],
): number[] | null {
  const groupOf = new Map<string, number>();
  for (const g of groups) for (const m of g.members) groupOf.set(m, g.id);
  const out = keys.map((k) => groupOf.get(k));
  return out.every((g): g is number => g !== undefined) ? out : null;
}

/** Runs the clustering of `ds` under `spec`; names label the rows and variables in messages. */
export function clusterModel(
  ds: TableDataset,
  spec: ClusteringSpec,
  names: { rows: readonly string[]; variables: readonly string[] },
  groups: readonly RegionGroup[] | null,
): ClusterModel {
  const variables = effectiveVariables(ds, spec.variables);
  const input = clusterInput(ds, variables);
  const n = input.keys.length;
  const k = Math.min(Math.max(Math.round(spec.k), 1), Math.max(n, 1));
  const res = clusterAnalysis(input.values, {
    standardise: spec.standardise,
    linkage: spec.linkage,
    k,
    observationNames: names.rows,
    variableNames: names.variables,
  });
  if (!res.ok) {
    return { input, analysis: null, issues: res.issues, silhouette: [], comparison: null };
  }
  const analysis = res.value;
  const issues = [...res.warnings];
  let silhouette: { k: number; mean: number }[] = [];
  if (n >= 3) {
    try {
      silhouette = silhouetteByK(analysis.tree, analysis.data, Math.min(n - 1, 10));
    } catch {
      silhouette = [];
    }
  }
  const published = groups ? publishedLabels(input.keys, groups) : null;
  const comparison = published
    ? { published, ari: adjustedRandIndex(analysis.labels, published) }
    : null;
  return { input, analysis, issues, silhouette, comparison };
}
