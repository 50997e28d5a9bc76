/**
 * Region lookup by code or by name in any of the spellings docs/methods.md "Regions" lists.
 *
 * Rules, in order:
 * 1. An ISO code (letter or numeric, with or without 'KZ-') or a Natural Earth id resolves.
 * 2. A name resolves when its normalised key (or, failing that, its loose transliterated key,
 *    see normaliseRegionName.ts) belongs to exactly one unit. An administrative word in the query
 *    ('г.', 'city', 'қаласы' / 'область', 'region', 'облысы') or `options.kind` picks the city or
 *    the oblast where the name alone fits both; it never turns a match into no match
 *    ('г. Караганда' still finds Karaganda Region).
 *    'Almaty' / 'Алматы' alone is ambiguous (the city in most statistics, the oblast in Natural
 *    Earth and in 'Алматы облысы'): region = null and both are candidates with score 1, the city
 *    first. Say 'г. Алматы', 'Almaty city', 'Алматинская', 'Almaty Region' or pass a kind.
 * 3. With a scheme, only that scheme's units resolve. A unit of the other scheme becomes
 *    candidates through its predecessors/successors (score 0.7): 'Turkistan' in '2014' suggests
 *    South Kazakhstan; 'South Kazakhstan' in 'current' suggests Turkistan and Shymkent.
 * 4. Otherwise region = null with up to 5 candidates: the unit whose administrative centre has
 *    that name (score 0.8: 'Ust-Kamenogorsk' is a city, not a region; East Kazakhstan is the
 *    candidate) and near misses by edit distance on loose keys (score = 1 - distance / length,
 *    kept from 0.6, capped at 0.99).
 */
import {
  REGIONS,
  centreIn,
  inScheme,
  regionByCode,
  regionById,
  type Region,
  type Scheme,
} from './registry.ts';
import { analyseRegionName } from './normaliseRegionName.ts';

export { normaliseRegionName } from './normaliseRegionName.ts';

export interface RegionCandidate {
  region: Region;
  /** In [0, 1]; 1 = exact (code or normalised name). */
  score: number;
  /** How the candidate was found. */
  match?: 'code' | 'name' | 'centre' | 'relation' | 'fuzzy';
}

export interface LookupResult {
  region: Region | null;
  candidates: RegionCandidate[];
}

export interface LookupOptions {
  /** Prefer the city or the oblast where a name fits both (Almaty). */
  kind?: 'oblast' | 'city';
  /**
   * false: skip the near misses by edit distance (rule 4's fuzzy stage), the costly part. The
   * region found is the same (only exact hits set it); candidates lack the fuzzy ones.
   */
  fuzzy?: boolean;
}

interface Entry {
  region: Region;
  key: string;
  loose: string;
  kind?: 'oblast' | 'city';
  /** For centre entries: the scheme in which this is the unit's centre. */
  scheme?: Scheme;
}

/** The character codes of a string, sorted (for the bag distance in similarityAtLeast()). */
function sortedCodes(s: string): number[] {
  return Array.from({ length: s.length }, (_, i) => s.charCodeAt(i)).sort((x, y) => x - y);
}

/**
 * Bag distance: max of the characters of a not matched in b and of b not matched in a
 * (multisets, from sortedCodes()). Each edit or transposition lowers it by at most 1, so it
 * never exceeds the edit distance.
 */
function bagDistance(a: number[], b: number[]): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      common++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return Math.max(a.length, b.length) - common;
}

/** Sorted character codes of the name entries' keys and loose keys, made on first use. */
const entryCodes = new Map<Entry, [number[], number[]]>();
function codesOf(e: Entry): [number[], number[]] {
  let c = entryCodes.get(e);
  if (!c) {
    c = [sortedCodes(e.key), sortedCodes(e.loose)];
    entryCodes.set(e, c);
  }
  return c;
}

interface Tables {
  names: Entry[];
  centres: Entry[];
  /** Every key and loose key of a name or a centre: a query outside it has no exact hit. */
  known: Set<string>;
}

let built: Tables | null = null;

/**
 * The spellings' entries, built on first use rather than when the module loads: normalising
 * every spelling took 50-80 ms of CPU, which every CLI command paid even when no label was
 * ever looked up by name (issue 14: start-up).
 */
function tables(): Tables {
  if (built) return built;
  const names: Entry[] = [];
  const centres: Entry[] = [];
  for (const region of REGIONS) {
    const spellings = [
      ...Object.values(region.names),
      ...Object.values(region.shortNames),
      ...region.aliases,
    ];
    for (const s of spellings) {
      const a = analyseRegionName(s);
      if (a.key) names.push({ region, ...a });
    }
    for (const scheme of region.schemes) {
      const c = centreIn(region, scheme);
      for (const s of [...Object.values(c.names), ...(c.aliases ?? [])]) {
        const a = analyseRegionName(s);
        if (a.key) centres.push({ region, key: a.key, loose: a.loose, scheme });
      }
    }
  }
  const known = new Set<string>();
  for (const e of [...names, ...centres]) {
    known.add(e.key);
    known.add(e.loose);
  }
  built = { names, centres, known };
  return built;
}

/** Every key and loose key a name or centre lookup can hit exactly (for tests). */
export function knownRegionKeys(): ReadonlySet<string> {
  return tables().known;
}

/**
 * Whether `query` can have no exact hit (no region, no candidate with `fuzzy: false`) without
 * looking at the tables: an ASCII query with a digit in it that is not a code. Because
 * analyseRegionName() keeps every ASCII digit of a query in both its keys and no spelling's
 * key has one (test/data/regions/lookup.test.ts holds knownRegionKeys() to that), its exact
 * stages cannot hit. A CLI file's labels 'o1', 'o2', ... are such queries (matchRegions.ts).
 */
export function cannotHitExactly(query: string): boolean {
  const q = query.trim();
  let digit = false;
  for (let i = 0; i < q.length; i++) {
    const c = q.charCodeAt(i);
    if (c > 0x7f) return false;
    if (c >= 0x30 && c <= 0x39) digit = true;
  }
  return digit && !regionByCode(q);
}

const MAX_CANDIDATES = 5;
const MIN_FUZZY = 0.6;

/**
 * Similarity 1 - (edit distance) / max(|a|, |b|) if it reaches `min`, else 0.
 * Only distances up to the largest d with 1 - d / len >= min matter, so the table stops once
 * two consecutive rows exceed that (every later entry would too) and is skipped when the
 * lengths or the bags of characters alone differ by more (the edit distance is at least
 * both): a CLI file's 20,000 labels such as 'o123' against every
 * spelling took seconds with the full table.
 */
function similarityAtLeast(
  a: string,
  b: string,
  min: number,
  aCodes: number[],
  bCodes: number[],
): number {
  const len = Math.max(a.length, b.length);
  if (len === 0) return 0;
  let maxD = len;
  while (maxD >= 0 && 1 - maxD / len < min) maxD--;
  if (maxD < 0 || Math.abs(a.length - b.length) > maxD) return 0;
  if (bagDistance(aCodes, bCodes) > maxD) return 0;
  const d = editDistanceWithin(a, b, maxD);
  return d > maxD ? 0 : 1 - d / len;
}

/**
 * Optimal string alignment distance (Levenshtein with adjacent transpositions) of a and b if
 * it is at most maxD, else some value above maxD.
 */
function editDistanceWithin(a: string, b: string, maxD: number): number {
  const m = a.length;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  let prevMin = 0;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, prev2[j - 2] + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > maxD && prevMin > maxD) return maxD + 1;
    prevMin = rowMin;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n];
}

function unique(regions: Region[]): Region[] {
  return REGIONS.filter((r) => regions.includes(r));
}

/** Units of `scheme` that replaced or were replaced by `region`. */
function relatedIn(region: Region, scheme: Scheme): Region[] {
  const ids = [...(region.predecessors ?? []), ...(region.successors ?? [])];
  const related = ids.map((id) => regionById(id)).filter((r): r is Region => !!r);
  // Reverse links: a 2014 unit looked up in 'current' also reaches units naming it a predecessor.
  for (const r of REGIONS) {
    if (r.predecessors?.includes(region.id) || r.successors?.includes(region.id)) related.push(r);
  }
  return unique(related.filter((r) => inScheme(r, scheme)));
}

function rank(cands: RegionCandidate[]): RegionCandidate[] {
  const best = new Map<Region, RegionCandidate>();
  for (const c of cands) {
    const prev = best.get(c.region);
    if (!prev || c.score > prev.score) best.set(c.region, c);
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || REGIONS.indexOf(a.region) - REGIONS.indexOf(b.region))
    .slice(0, MAX_CANDIDATES);
}

/** Exact hits on a set of entries: by key, else by loose key; preferring `kind` where it fits. */
function exactHits(entries: Entry[], key: string, loose: string, kind?: Entry['kind']): Region[] {
  const known = tables().known;
  if (!known.has(key) && !known.has(loose)) return [];
  let hits = unique(entries.filter((e) => e.key === key).map((e) => e.region));
  if (hits.length === 0)
    hits = unique(entries.filter((e) => e.loose === loose).map((e) => e.region));
  if (kind && hits.length > 1) {
    const ofKind = hits.filter((r) => r.kind === kind);
    if (ofKind.length > 0) hits = ofKind;
  }
  return hits;
}

function outside(hits: Region[], scheme: Scheme, score: number): RegionCandidate[] {
  return hits.flatMap((r) =>
    relatedIn(r, scheme).map((region) => ({ region, score, match: 'relation' as const })),
  );
}

/**
 * Finds a region by ISO code, Natural Earth id or name (rules in the file comment). `region` is
 * set only on an unambiguous exact hit; otherwise up to 5 ranked candidates. Source: docs/methods.md
 * "Regions" (codes and spellings the registry must know).
 */
export function lookupRegion(
  query: string,
  scheme?: Scheme,
  options: LookupOptions = {},
): LookupResult {
  const q = query.trim();
  if (!q) return { region: null, candidates: [] };
  const inScope = (r: Region) => !scheme || inScheme(r, scheme);

  const byCode = regionByCode(q);
  if (byCode) {
    if (inScope(byCode)) {
      return { region: byCode, candidates: [{ region: byCode, score: 1, match: 'code' }] };
    }
    return { region: null, candidates: rank(outside([byCode], scheme!, 0.7)) };
  }

  // No exact hit is possible and no near misses are wanted.
  if (options.fuzzy === false && cannotHitExactly(q)) return { region: null, candidates: [] };
  const a = analyseRegionName(q);
  if (!a.key) return { region: null, candidates: [] };
  const kind = options.kind ?? a.kind;
  const { names, centres: centreEntries } = tables();

  const hits = exactHits(names, a.key, a.loose, kind);
  const hitsIn = hits.filter(inScope);
  if (hitsIn.length === 1) {
    return { region: hitsIn[0], candidates: [{ region: hitsIn[0], score: 1, match: 'name' }] };
  }
  if (hitsIn.length > 1) {
    // Ambiguous: cities first, as a bare 'Almaty' in statistics usually means the city.
    const ordered = [...hitsIn].sort((x, y) =>
      x.kind === y.kind ? 0 : x.kind === 'city' ? -1 : 1,
    );
    return {
      region: null,
      candidates: ordered.map((region) => ({ region, score: 1, match: 'name' as const })),
    };
  }

  // A name of the other scheme: its successors or predecessors are the answer, not look-alikes.
  if (hits.length > 0 && scheme) {
    return { region: null, candidates: rank(outside(hits, scheme, 0.7)) };
  }
  const cands: RegionCandidate[] = [];

  const centres = centreEntries.filter((e) => !scheme || e.scheme === scheme);
  for (const region of exactHits(centres, a.key, a.loose)) {
    cands.push({ region, score: 0.8, match: 'centre' });
  }
  if (scheme && cands.length === 0) {
    const other = centreEntries.filter((e) => e.scheme !== scheme);
    cands.push(...outside(exactHits(other, a.key, a.loose), scheme, 0.6));
  }

  if (options.fuzzy === false) return { region: null, candidates: rank(cands) };
  const keyCodes = sortedCodes(a.key);
  const looseCodes = sortedCodes(a.loose);
  for (const e of names) {
    if (!inScope(e.region)) continue;
    const [eKey, eLoose] = codesOf(e);
    const s = Math.max(
      similarityAtLeast(a.key, e.key, MIN_FUZZY, keyCodes, eKey),
      similarityAtLeast(a.loose, e.loose, MIN_FUZZY, looseCodes, eLoose),
    );
    if (s >= MIN_FUZZY) cands.push({ region: e.region, score: Math.min(s, 0.99), match: 'fuzzy' });
  }
  return { region: null, candidates: rank(cands) };
}
