/** A region's name (or short name) in the interface language; the code where unknown. */
import { regionByCode } from '../../data/regions/registry.ts';
import type { T } from '../../i18n/useT.ts';

export function regionName(code: string, t: Pick<T, 'lang'>, short = false): string {
  const r = regionByCode(code);
  if (!r) return code;
  return (short ? r.shortNames : r.names)[t.lang];
}
