/** Loaders for the rating fixtures (test/fixtures/rating/README.md says where each came from). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RatingMatrix } from '../../../src/core/composite/rate.ts';

const dir = fileURLToPath(new URL('../../fixtures/rating/', import.meta.url));

export interface Seed004Region {
  no: number;
  label: string;
  code: string;
  values: Record<string, number>;
  index2010: number;
  class2010: string;
  index2014Published: number;
  class2014Published: string;
}

export const seed004 = JSON.parse(readFileSync(dir + 'seed004-table2-3-6.json', 'utf8')) as {
  indicators: string[];
  regions: Seed004Region[];
};

export function seed004Matrix(): RatingMatrix {
  return {
    rows: seed004.regions.map((r) => r.code),
    columns: [...seed004.indicators],
    values: seed004.regions.map((r) => seed004.indicators.map((id) => r.values[id])),
  };
}

function csv(name: string): Record<string, string>[] {
  const [head, ...lines] = readFileSync(dir + name, 'utf8')
    .trim()
    .split('\n');
  const keys = head.split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [keys[i], v])));
}

export const referenceVariants = csv('reference-variants.csv');
export const referenceTargets = Object.fromEntries(
  csv('reference-targets.csv').map((r) => [r.indicator, Number(r.target)]),
);
export const referenceTree = csv('reference-tree.csv');
export const referenceScales = csv('reference-scales.csv');
export const referenceGoalposts = Object.fromEntries(
  csv('reference-goalposts.csv').map((r) => [
    r.indicator,
    { low: Number(r.low), high: Number(r.high) },
  ]),
);
export const referencePca = csv('reference-pca.csv');
export const referencePcaWeights = csv('reference-pca-weights.csv');
export const referenceStrengths = csv('reference-strengths.csv');
export const referenceLevels = csv('reference-levels.csv');
