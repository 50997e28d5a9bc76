/**
 * The catalogue of bundled datasets, each transcribed from a seed with provenance on every
 * figure (docs/methods.md, table of seeds; issue 2 item 6). Order: seed 004's inputs, its published
 * results, then seeds 003, 002 and 000.
 */
import type { GroupsDataset, SitesDataset, TableDataset } from '../types.ts';
import { ictOrganisations } from './ictOrganisations.ts';
import { innovation2010 } from './innovation2010.ts';
import { innovation2014 } from './innovation2014.ts';
import { innovationPublished } from './innovationPublished.ts';
import { itClusterSites } from './itClusterSites.ts';
import { itSpecialisationPublished } from './itSpecialisationPublished.ts';
import { regionGroupsPublished } from './regionGroupsPublished.ts';
import { vkoLoadingsPublished } from './vkoLoadingsPublished.ts';
import { vkoMultipliersPublished } from './vkoMultipliersPublished.ts';

export type Dataset = TableDataset | SitesDataset | GroupsDataset;

export const DATASETS: readonly Dataset[] = [
  innovation2010,
  innovation2014,
  innovationPublished,
  itSpecialisationPublished,
  itClusterSites,
  regionGroupsPublished,
  vkoLoadingsPublished,
  vkoMultipliersPublished,
  ictOrganisations,
];

const BY_ID = new Map(DATASETS.map((d) => [d.id, d]));

/** A bundled dataset by id, or undefined. */
export function getDataset(id: string): Dataset | undefined {
  return BY_ID.get(id);
}

/** Number of records: table rows, sites or groups. */
export function datasetSize(ds: Dataset): number {
  switch (ds.kind) {
    case 'table':
      return ds.rows.length;
    case 'sites':
      return ds.sites.length;
    case 'groups':
      return ds.groups.length;
  }
}
