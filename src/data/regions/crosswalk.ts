/**
 * Which units of one scheme make up each unit of the other (docs/methods.md, "Today's regions
 * and the crosswalk to 2014"): East Kazakhstan = East Kazakhstan + Abai, Almaty Region =
 * Almaty Region + Zhetisu, Karaganda = Karaganda + Ulytau, South Kazakhstan = Turkistan +
 * Shymkent; the other twelve units kept their territory and are one object in both schemes.
 * Derived from the registry's `predecessors`, so the two can never disagree.
 */
import { REGIONS, inScheme, type Region, type Scheme } from './registry.ts';

/** The 2014 unit a unit of today comes from (itself where it exists in both schemes). */
export function parentIn2014(region: Region): Region | undefined {
  if (inScheme(region, '2014')) return region;
  const id = region.predecessors?.[0];
  return REGIONS.find((r) => r.id === id && inScheme(r, '2014'));
}

/** Today's units that make up a 2014 unit (the unit itself first where it still exists). */
export function partsToday(region2014: Region): Region[] {
  const parts = REGIONS.filter((r) => inScheme(r, 'current') && parentIn2014(r) === region2014);
  return parts.sort((a, b) => (a === region2014 ? -1 : b === region2014 ? 1 : 0));
}

/** Whether the unit's territory is the same in both schemes. */
export function sameTerritory(region: Region): boolean {
  return inScheme(region, '2014') && inScheme(region, 'current') && partsToday(region).length === 1;
}

/** The scheme a unit belongs to only, or null when it is in both. */
export function onlyScheme(region: Region): Scheme | null {
  if (inScheme(region, '2014') && !inScheme(region, 'current')) return '2014';
  if (inScheme(region, 'current') && !inScheme(region, '2014')) return 'current';
  return null;
}
