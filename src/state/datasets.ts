/** Loads bundled datasets by id from the catalogue, lazily (kept out of the initial bundle). */
import type { DatasetLoader } from './compute.ts';
import type { AnyDataset } from './resultsSlice.ts';

export const loadBundledDatasets: DatasetLoader = async (ids) => {
  const { getDataset } = await import('../data/datasets/catalogue.ts');
  const out: Record<string, AnyDataset> = {};
  // Every kind: tables for the rating, sites and groups for the map's overlays.
  for (const id of ids) {
    const ds = getDataset(id);
    if (ds) out[id] = ds;
  }
  return out;
};
