/** Reading the overlay datasets (proposed IT-cluster sites; published region groups). */
import type { Lang, TableDataset } from '../../data/types.ts';

export interface Site {
  key: string;
  names: Record<Lang, string>;
  lon: number;
  lat: number;
}

export function sitesOf(_ds: TableDataset): Site[] {
  return [];
}

export function groupsOf(_ds: TableDataset): Map<string, number> {
  return new Map();
}
