/** Display names of rows (regions or industries) and columns of a bundled table. */
import type { TableDataset } from '../../data/types.ts';
import type { T } from '../../i18n/useT.ts';
import { regionByCode } from '../../data/regions/registry.ts';
import { regionName } from '../map/regionName.ts';
import { unitName } from '../../data/units/unitNames.ts';

/** A region's (short) name in the interface language, a user unit's name, an industry's title, or the label. */
export function rowName(ds: TableDataset, key: string, t: Pick<T, 'lang'>, short = false): string {
  if (regionByCode(key) || unitName(key)) return regionName(key, t, short);
  const row = ds.rows.find((r) => r.key === key);
  return row?.title?.[t.lang] ?? row?.label ?? key;
}

export function columnName(ds: TableDataset, id: string, t: Pick<T, 'lang'>): string {
  return ds.columns.find((c) => c.id === id)?.title[t.lang] ?? id;
}
