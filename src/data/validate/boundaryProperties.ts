/**
 * Which feature property holds a region's code and which its name. Boundary files key regions
 * in many ways: ISO 3166-2 codes in `id` or in iso_3166_2 / ISO / code / HASC, names in name,
 * NAME_1, name_ru, name_kk, shapeName and so on. Rather than trust a list of names, every
 * string property is tried against the registry and the one that resolves most features wins;
 * the list only breaks ties.
 */
import { regionByCode } from '../regions/registry.ts';
import { lookupRegion } from '../regions/lookup.ts';

/** `$id` stands for the feature's own `id` member rather than a property. */
export const FEATURE_ID = '$id';

const ID_HINT =
  /^(\$id|id|iso|iso_?3166(_?2)?|iso_?code|iso_a2|code|hasc(_1)?|adm1_?code|adm1_?pcode|shapeiso|gid_1|region_?code|kod|код)$/i;
const NAME_HINT =
  /^(name(_\w+)?|name_?1|shapename|adm1_?(name|en|ru|kk)|region|oblast|область|название|атауы|nl_name_1|varname_1)$/i;

export interface PropertyGuess {
  idProperty: string | null;
  nameProperty: string | null;
  /** Share of features each candidate resolves, for a picker that shows the alternatives. */
  idShares: Record<string, number>;
  nameShares: Record<string, number>;
}

/** A feature's value for a property key ('$id' = the feature id) as text, '' when absent. */
export function propertyText(feature: { id?: unknown; properties?: unknown }, key: string): string {
  const v =
    key === FEATURE_ID
      ? feature.id
      : isRecord(feature.properties)
        ? feature.properties[key]
        : undefined;
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return '';
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Scores each key by the share of (up to 200 sampled) features whose value resolves: as a code
 * through regionByCode() for the id, as a name through lookupRegion() for the name. Keys below
 * 30 % are not proposed. Source: docs/methods.md "Regions" (codes and spellings in the wild).
 */
export function guessBoundaryProperties(
  features: { id?: unknown; properties?: unknown }[],
): PropertyGuess {
  const sample = features.slice(0, 200);
  const keys = new Set<string>([FEATURE_ID]);
  for (const f of sample)
    if (isRecord(f.properties))
      for (const k of Object.keys(f.properties).slice(0, 200)) keys.add(k);
  const idShares: Record<string, number> = {};
  const nameShares: Record<string, number> = {};
  for (const key of keys) {
    let codes = 0;
    let names = 0;
    for (const f of sample) {
      const t = propertyText(f, key);
      if (!t || t.length > 200) continue;
      if (regionByCode(t)) codes++;
      else if (lookupRegion(t).region) names++;
    }
    if (sample.length > 0) {
      if (codes > 0) idShares[key] = codes / sample.length;
      if (names > 0) nameShares[key] = names / sample.length;
    }
  }
  return {
    idProperty: best(idShares, ID_HINT),
    nameProperty: best(nameShares, NAME_HINT),
    idShares,
    nameShares,
  };
}

function best(shares: Record<string, number>, hint: RegExp): string | null {
  let key: string | null = null;
  let score = 0.3 - 1e-9;
  for (const [k, s] of Object.entries(shares)) {
    const bonus = hint.test(k) ? 0.001 : 0;
    if (s + bonus > score) {
      key = k;
      score = s + bonus;
    }
  }
  return key;
}
