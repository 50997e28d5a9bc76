/** Loads the R and SciPy references (test/fixtures/cluster/README.md says how they were made). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../../fixtures/cluster/', import.meta.url));

export type Method = 'ward' | 'complete' | 'average' | 'single';
export const METHODS: Method[] = ['ward', 'complete', 'average', 'single'];

export interface RTree {
  call: string;
  merge: [number, number][];
  height: number[];
  order: number[];
  cutree: Record<string, number[]>;
  cutHeight: { h: number; labels: number[] };
  copheneticCorrelation: number;
  cophenetic: number[];
  silhouetteK3: { widths: number[]; neighbour: number[]; mean: number; base: number[] };
  wssByStage: number[];
  sumsOfSquaresK3: { within: number[]; withinTotal: number; total: number; between: number };
}

export type RDataset = {
  name: string;
  standardise: 'z' | 'none';
  x: number[][];
  z: number[][];
  ariWardCompleteK3: number;
  ariWardAverageK4: number;
} & Record<Method, RTree>;

export const rReference = JSON.parse(readFileSync(dir + 'r_reference.json', 'utf8')) as {
  r: string;
  datasets: RDataset[];
};

export const scipyReference = JSON.parse(readFileSync(dir + 'scipy_reference.json', 'utf8')) as {
  scipy: string;
  datasets: ({ name: string } & Record<Method, { height: number[] }>)[];
  large: { name: string; height: number[] };
};

/** Largest relative difference |a - b| / max(|b|, tiny). */
export function maxRelativeError(a: readonly number[], b: readonly number[]): number {
  let worst = 0;
  for (let i = 0; i < b.length; i++) {
    worst = Math.max(worst, Math.abs(a[i] - b[i]) / Math.max(Math.abs(b[i]), 1e-300));
  }
  return worst;
}
