/** Loads bundled datasets by id from the catalogue, lazily (kept out of the initial bundle). */
import type { TableDataset } from '../data/types.ts';
import type { DatasetLoader } from './compute.ts';

export const loadBundledDatasets: DatasetLoader = async (ids) => {
  const { getDataset } = await import('../data/datasets/catalogue.ts');
  const out: Record<string, TableDataset> = {};
  for (const id of ids) {
    const ds = getDataset(id);
    if (ds && ds.kind === 'table') out[id] = ds;
  }
  return out;
};
