/**
 * Cluster strength of a regions x industries matrix in one call: the U.S. Cluster Mapping
 * strong-cluster rule (strongCluster.ts) and the European Cluster Observatory stars
 * (clusterStars.ts), with the thresholds used. Formulas and sources in each file.
 */
import type { Issue } from '../issue.ts';
import type { LabelledMatrix } from '../matrix/labelledMatrix.ts';
import { prepareEmployment } from '../specialisation/prepareEmployment.ts';
import { clusterStars, type ClusterStarOptions, type ClusterStarResult } from './clusterStars.ts';
import {
  strongClusters,
  type StrongClusterOptions,
  type StrongClusterResult,
} from './strongCluster.ts';

export interface ClusterStrengthResult {
  regions: string[];
  industries: string[];
  strong: StrongClusterResult;
  stars: ClusterStarResult;
  issues: Issue[];
}

export function clusterStrength(
  m: LabelledMatrix,
  options: { strong?: StrongClusterOptions; stars?: ClusterStarOptions } = {},
): ClusterStrengthResult {
  const p = prepareEmployment(m);
  return {
    regions: [...p.regions],
    industries: [...p.industries],
    strong: strongClusters(p, options.strong),
    stars: clusterStars(p, options.stars),
    issues: p.issues,
  };
}
