/**
 * The bundled seed tables these views read, by catalogue id, narrowed to the kind each view
 * needs. The catalogue is pure data, and these views are loaded lazily, so importing it here
 * keeps it out of the first screen's bundle.
 */
import { getDataset } from '../../data/datasets/catalogue.ts';
import type { RegionGroup, Site, TableDataset } from '../../data/types.ts';

export function bundledTable(id: string): TableDataset | null {
  const ds = getDataset(id);
  return ds && ds.kind === 'table' ? ds : null;
}

/** Seed 003's published grouping of the 16 regions (8 groups with infrastructure lists). */
export function publishedGroups(): RegionGroup[] | null {
  const ds = getDataset('region-groups-published');
  return ds && ds.kind === 'groups' ? ds.groups : null;
}

/** The five IT-cluster sites proposed in seed 004. */
export function itClusterSites(): Site[] {
  const ds = getDataset('it-cluster-sites');
  return ds && ds.kind === 'sites' ? ds.sites : [];
}
