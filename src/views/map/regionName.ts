/**
 * A region's name (or short name) in the interface language; for a unit of the user's own
 * boundary set (districts, hexagons), its name from that file (data/units/unitNames.ts); the
 * code where neither knows it.
 */
import { regionByCode } from '../../data/regions/registry.ts';
import { unitName } from '../../data/units/unitNames.ts';
import type { T } from '../../i18n/useT.ts';

export function regionName(code: string, t: Pick<T, 'lang'>, short = false): string {
  const r = regionByCode(code);
  if (!r) return unitName(code) ?? code;
  return (short ? r.shortNames : r.names)[t.lang];
}
