/** Public surface of the region registry and name lookup (see registry.ts and lookup.ts). */
export {
  REGIONS,
  SCHEMES,
  centreIn,
  codeIn,
  inScheme,
  regionByCode,
  regionById,
  regionsOf,
} from './registry.ts';
export type { Region, RegionCentre, Scheme } from './registry.ts';
export { lookupRegion, normaliseRegionName } from './lookup.ts';
export type { LookupOptions, LookupResult, RegionCandidate } from './lookup.ts';
export { analyseRegionName } from './normaliseRegionName.ts';
export type { AnalysedName } from './normaliseRegionName.ts';
