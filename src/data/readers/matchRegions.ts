/**
 * Matches the labels of a table (or the names and codes of boundary features) to regions of the
 * registry, and works out which scheme the file follows: the 16 units of 2010-2018 or the 20 of
 * today (docs/methods.md "Regions"). Units that exist in only one scheme decide it: South Kazakhstan
 * means '2014'; Turkistan, Shymkent, Abai, Zhetisu or Ulytau mean 'current'.
 */
import { cannotHitExactly, lookupRegion } from '../regions/lookup.ts';
import { inScheme, regionsOf, type Region, type Scheme } from '../regions/registry.ts';

export interface RegionSuggestion {
  /** ISO code in the matched scheme (or the unit's first code where it is not in the scheme). */
  code: string;
  regionId: string;
  name: string;
  /** In [0, 1]; 1 = exact. */
  score: number;
}

export interface LabelMatch {
  /** Index into the labels given. */
  index: number;
  label: string;
  /** ISO code in the scheme, or null when unmatched. */
  regionCode: string | null;
  regionId: string | null;
  /** Ranked suggestions for an unmatched label (empty when matched). */
  suggestions: RegionSuggestion[];
  /** Set when another label matched the same region first: that label's index. */
  duplicateOf?: number;
}

export interface RegionMatching {
  scheme: Scheme;
  /** How the scheme was chosen. */
  schemeSource: 'given' | 'detected' | 'default';
  matches: LabelMatch[];
  /** Units of the scheme that no label matched, as ISO codes. */
  missing: string[];
}

/**
 * Which scheme a set of matched regions belongs to: the one whose scheme-only units appear
 * (with a majority vote if both do), else null when every match exists in both schemes.
 */
export function detectScheme(regions: Region[]): Scheme | null {
  let only2014 = 0;
  let onlyCurrent = 0;
  for (const r of regions) {
    const a = inScheme(r, '2014');
    const b = inScheme(r, 'current');
    if (a && !b) only2014++;
    if (b && !a) onlyCurrent++;
  }
  if (only2014 === 0 && onlyCurrent === 0) return null;
  return onlyCurrent > only2014 ? 'current' : '2014';
}

function suggestionOf(
  region: Region,
  score: number,
  scheme: Scheme,
  lang: 'ru' | 'kk' | 'en',
): RegionSuggestion {
  return {
    code: region.code[scheme] ?? region.codes[0] ?? region.id,
    regionId: region.id,
    name: region.names[lang],
    score: Math.round(score * 100) / 100,
  };
}

/**
 * More labels than this, none of them a region, a code or a centre's name: the labels are not
 * regions at all (a CLI file of observations 'o1', 'o2', ...), and near-miss suggestions by
 * edit distance are not looked for. No region table is this long (20 units; districts ~200).
 */
export const PLAIN_LABELS_FROM = 1000;

/**
 * Whether matchRegions(labels) (any scheme) surely matches no label, suggests nothing and
 * flags no duplicate, decided without it: more than PLAIN_LABELS_FROM labels, each empty,
 * overlong or one that cannot hit a region exactly (lookup.ts cannotHitExactly(): an ASCII
 * label with a digit that is not a code, such as 'o1', 'o2', ...). Then every exact lookup
 * finds nothing, so the labels are plain and no near misses are looked for.
 */
export function surelyPlainLabels(labels: readonly string[]): boolean {
  if (labels.length <= PLAIN_LABELS_FROM) return false;
  for (const l of labels) {
    if (typeof l !== 'string') return false;
    if (l.length > 200 || l.trim() === '') continue;
    if (!cannotHitExactly(l)) return false;
  }
  return true;
}

/**
 * Matches each label to a region with lookupRegion(), in the given scheme or the detected one
 * (default '2014', the seeds' scheme, when nothing decides). Labels matching a region already
 * taken are flagged `duplicateOf` and get no code. Source: docs/methods.md "Regions".
 * The scheme is detected from exact hits only (lookupRegion's `region` is set by nothing
 * else), so that pass skips the fuzzy stage; so does the second when more than
 * PLAIN_LABELS_FROM labels have no exact hit or candidate at all.
 */
export function matchRegions(
  labels: string[],
  scheme?: Scheme,
  options: { lang?: 'ru' | 'kk' | 'en'; onProgress?: (fraction: number) => void } = {},
): RegionMatching {
  const lang = options.lang ?? 'en';
  // Progress for long tables (the import worker): every 500 labels, over the two passes
  // (exact hits, then the lookup in the chosen scheme).
  const tick = (pass: number, i: number) => {
    if (options.onProgress && i % 500 === 499)
      options.onProgress((pass + (i + 1) / labels.length) / 2);
  };
  let chosen: Scheme;
  let schemeSource: RegionMatching['schemeSource'] = 'given';
  const exact = labels.map((l, i) => {
    const r = safeLookup(l, undefined, false);
    tick(0, i);
    return r;
  });
  if (scheme) {
    chosen = scheme;
  } else {
    const found: Region[] = [];
    for (const r of exact) if (r.region) found.push(r.region);
    const d = detectScheme(found);
    chosen = d ?? '2014';
    schemeSource = d ? 'detected' : 'default';
  }
  const plain =
    labels.length > PLAIN_LABELS_FROM &&
    exact.every((r) => r.region === null && r.candidates.length === 0);
  const taken = new Map<string, number>();
  // Plain labels: no exact hit without a scheme means none within one either.
  const looked = plain
    ? exact
    : labels.map((label, i) => {
        const r = safeLookup(label, chosen);
        tick(1, i);
        return r;
      });
  const named = new Set(looked.flatMap((r) => (r.region ? [r.region.id] : [])));
  const matches: LabelMatch[] = labels.map((label, index) => {
    const res = settleAmbiguous(looked[index], named);
    if (res.region) {
      const code = res.region.code[chosen] ?? null;
      const prev = taken.get(res.region.id);
      if (prev !== undefined) {
        return {
          index,
          label,
          regionCode: null,
          regionId: res.region.id,
          suggestions: [],
          duplicateOf: prev,
        };
      }
      taken.set(res.region.id, index);
      return { index, label, regionCode: code, regionId: res.region.id, suggestions: [] };
    }
    return {
      index,
      label,
      regionCode: null,
      regionId: null,
      suggestions: res.candidates.map((c) => suggestionOf(c.region, c.score, chosen, lang)),
    };
  });
  const missing = regionsOf(chosen)
    .filter((r) => !taken.has(r.id))
    .map((r) => r.code[chosen] ?? r.id);
  return { scheme: chosen, schemeSource, matches, missing };
}

/**
 * A name that fits a city and an oblast equally ('Almaty', 'Алматы': lookupRegion() gives no
 * region and both as exact candidates, the city first) is the city, as the app itself names
 * Almaty city 'Алматы' / 'Almaty' and statistics use the bare name for it; when another label
 * of the same file names that city unambiguously ('Almaty City', 'г. Алматы'), the bare name is
 * the oblast (Natural Earth's 'Almaty').
 */
function settleAmbiguous(
  res: ReturnType<typeof lookupRegion>,
  named: ReadonlySet<string>,
): ReturnType<typeof lookupRegion> {
  const exact = res.candidates.filter((c) => c.score === 1 && c.match === 'name');
  if (res.region || exact.length < 2 || exact.length !== res.candidates.length) return res;
  const pick = exact.find((c) => !named.has(c.region.id));
  return pick ? { region: pick.region, candidates: [pick] } : res;
}

/** lookupRegion() for a cell's text: an empty, non-text or overlong label matches nothing. */
function safeLookup(label: string, scheme?: Scheme, fuzzy = true): ReturnType<typeof lookupRegion> {
  if (typeof label !== 'string' || label.trim() === '' || label.length > 200) {
    return { region: null, candidates: [] };
  }
  return lookupRegion(label, scheme, { fuzzy });
}
