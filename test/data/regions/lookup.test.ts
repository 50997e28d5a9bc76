import { describe, expect, it } from 'vitest';
import seedNames from '../../fixtures/regions/seed-names.json';
import fc from 'fast-check';
import {
  cannotHitExactly,
  knownRegionKeys,
  lookupRegion,
  normaliseRegionName,
} from '../../../src/data/regions/lookup.ts';
import { analyseRegionName } from '../../../src/data/regions/normaliseRegionName.ts';
import { REGIONS, regionsOf } from '../../../src/data/regions/registry.ts';

const id = (q: string, scheme?: '2014' | 'current') => lookupRegion(q, scheme).region?.id ?? null;

describe('lookupRegion() on the seeds', () => {
  it('lookupRegion() resolves every region name printed in the tables of seeds 002-004', () => {
    expect(seedNames.entries.length).toBe(113);
    for (const e of seedNames.entries) {
      const where = `${e.seed} table ${e.table} line ${e.line}: '${e.printed}'`;
      const kind = 'kind' in e ? (e.kind as 'city' | 'oblast') : undefined;
      const r = lookupRegion(e.query, '2014', { kind });
      expect(r.region?.id, where).toBe(e.id);
      expect(r.region?.code['2014'], where).toBe(e.code2014);
    }
  });

  it('lookupRegion() resolves every name of seed 004 Table 2 without a scheme too', () => {
    const t2 = seedNames.entries.filter((e) => e.seed.startsWith('004') && e.table === '2');
    expect(new Set(t2.map((e) => lookupRegion(e.printed).region?.id)).size).toBe(16);
  });
});

describe('lookupRegion() on the spellings docs/methods.md lists', () => {
  // docs/methods.md "Regions" (copied: tests do not read ../shared).
  it.each([
    ['Актюбинская', 'aktobe'],
    ['г. Алматы', 'almaty-city'],
    ['Южно-Казахстанская', 'south-kazakhstan'],
    ['Ақтөбе облысы', 'aktobe'],
    ['Aktobe', 'aktobe'],
    ['Aqtöbe', 'aktobe'],
    ['Aktyubinsk', 'aktobe'],
    ['Qaraghandy', 'karaganda'],
    ['Karagandy', 'karaganda'],
    ['Karaganda', 'karaganda'],
    ['Mangghystau', 'mangystau'],
    ['Mangystau', 'mangystau'],
    ['Mangistau', 'mangystau'],
    ['Мангистауская', 'mangystau'],
    ['Мангыстауская', 'mangystau'],
    ['Akmola', 'akmola'],
    ['Almaty oblast', 'almaty'],
    ['Almaty city', 'almaty-city'],
    ['Astana', 'astana'],
    ['Atyrau', 'atyrau'],
    ['Kostanay', 'kostanay'],
    ['Kyzylorda', 'kyzylorda'],
    ['Pavlodar', 'pavlodar'],
    ['North Kazakhstan', 'north-kazakhstan'],
    ['East Kazakhstan', 'east-kazakhstan'],
    ['South Kazakhstan', 'south-kazakhstan'],
    ['West Kazakhstan', 'west-kazakhstan'],
    ['Zhambyl', 'zhambyl'],
    ['Abai', 'abai'],
    ['Zhetisu', 'zhetisu'],
    ['Turkistan', 'turkistan'],
    ['Ulytau', 'ulytau'],
    ['Shymkent', 'shymkent'],
  ])('lookupRegion(%j) finds %s', (q, want) => {
    expect(id(q)).toBe(want);
  });

  it('lookupRegion() accepts case, ё/е, обл./область/облысы, oblast/region/province, г./city', () => {
    const forms = [
      'акмолинская',
      'АКМОЛИНСКАЯ ОБЛАСТЬ',
      '  Акмолинская обл. ',
      'Акмолинской области',
      'Ақмола облысы',
      'Akmola oblast',
      'Akmola Oblysy',
      'Akmola region',
      'Akmola Province',
      'Aqmola',
    ];
    for (const f of forms) expect(id(f), f).toBe('akmola');
    expect(id('Алматы қаласы')).toBe('almaty-city');
    expect(id('город Алматы')).toBe('almaty-city');
    expect(id('Алматы облысы')).toBe('almaty');
    expect(id('Алматинская обл.')).toBe('almaty');
    // ё/е: a Russian spelling with ё must equal the one without.
    expect(normaliseRegionName('Семёновская')).toBe(normaliseRegionName('Семеновская'));
  });

  it('lookupRegion() accepts hyphen and space variants and Kazakh letters vs Russian look-alikes', () => {
    for (const f of ['Северо-Казахстанская', 'Северо Казахстанская', 'СевероКазахстанская']) {
      expect(id(f), f).toBe('north-kazakhstan');
    }
    for (const f of ['Солтүстік Қазақстан облысы', 'Солтустик Казакстан облысы']) {
      expect(id(f), f).toBe('north-kazakhstan');
    }
    expect(id('Қостанай')).toBe('kostanay');
    expect(id('Костанай')).toBe('kostanay');
    expect(id('Ust-Kamenogorsk')).toBeNull();
  });

  it('lookupRegion() resolves every name and alias in the registry to its own unit', () => {
    for (const r of REGIONS) {
      for (const s of [...Object.values(r.names), ...r.aliases]) {
        const found = lookupRegion(s);
        const ids = found.region ? [found.region.id] : found.candidates.map((c) => c.region.id);
        expect(ids, `${r.id}: ${s}`).toContain(r.id);
      }
    }
  });
});

describe('lookupRegion() rules', () => {
  it("lookupRegion('Almaty') is ambiguous: no region, the city then the oblast, both exact", () => {
    for (const q of ['Almaty', 'Алматы', 'ALMATY']) {
      const r = lookupRegion(q, '2014');
      expect(r.region).toBeNull();
      expect(r.candidates.map((c) => [c.region.id, c.score])).toEqual([
        ['almaty-city', 1],
        ['almaty', 1],
      ]);
    }
    expect(lookupRegion('Almaty', '2014', { kind: 'oblast' }).region?.id).toBe('almaty');
    expect(lookupRegion('Almaty', '2014', { kind: 'city' }).region?.id).toBe('almaty-city');
  });

  it('lookupRegion() resolves codes of any kind in the right scheme', () => {
    expect(id('KZ-AKM', '2014')).toBe('akmola');
    expect(id('KZ-11', '2014')).toBe('akmola');
    expect(id('kz-yuz', '2014')).toBe('south-kazakhstan');
    expect(id('KZ.SK')).toBe('south-kazakhstan');
  });

  it('lookupRegion() keeps each unit to its scheme and suggests the related units', () => {
    expect(id('East Kazakhstan', '2014')).toBe('east-kazakhstan');
    expect(id('East Kazakhstan', 'current')).toBe('east-kazakhstan');
    expect(id('Южно-Казахстанская', 'current')).toBeNull();
    expect(
      lookupRegion('Южно-Казахстанская', 'current').candidates.map((c) => c.region.id),
    ).toEqual(['turkistan', 'shymkent']);
    for (const [q, want] of [
      ['Turkistan', 'south-kazakhstan'],
      ['Shymkent city', 'south-kazakhstan'],
      ['Abai Region', 'east-kazakhstan'],
      ['Zhetisu', 'almaty'],
      ['Ulytau', 'karaganda'],
      ['KZ-61', 'south-kazakhstan'],
    ]) {
      const r = lookupRegion(q, '2014');
      expect(r.region, q).toBeNull();
      expect(r.candidates[0]?.region.id, q).toBe(want);
      expect(r.candidates[0].score).toBeLessThan(1);
    }
  });

  it('lookupRegion() treats a regional centre as a city, with its region as the candidate', () => {
    for (const [q, want] of [
      ['Ust-Kamenogorsk', 'east-kazakhstan'],
      ['г. Усть-Каменогорск', 'east-kazakhstan'],
      ['Өскемен', 'east-kazakhstan'],
      ['Kokshetau', 'akmola'],
      ['Petropavlovsk', 'north-kazakhstan'],
      ['Taldykorgan', 'almaty'],
    ] as const) {
      const r = lookupRegion(q, '2014');
      expect(r.region, q).toBeNull();
      expect(r.candidates[0].region.id, q).toBe(want);
      expect(r.candidates[0].match).toBe('centre');
    }
    // Taldykorgan is today the centre of Zhetisu, no longer of Almaty Region.
    expect(lookupRegion('Taldykorgan', 'current').candidates[0].region.id).toBe('zhetisu');
    expect(lookupRegion('Shymkent', '2014').candidates[0].region.id).toBe('south-kazakhstan');
  });

  it('lookupRegion() ranks the right unit first for near misses', () => {
    for (const [q, want] of [
      ['Актюбинскя', 'aktobe'],
      ['Karagand', 'karaganda'],
      ['Pavlodr', 'pavlodar'],
      ['Kyzlorda', 'kyzylorda'],
      ['Северо-Казахстанкая', 'north-kazakhstan'],
      ['Mangistaw', 'mangystau'],
    ] as const) {
      const r = lookupRegion(q, '2014');
      expect(r.region, q).toBeNull();
      expect(r.candidates[0]?.region.id, q).toBe(want);
      expect(r.candidates[0].score).toBeGreaterThan(0.6);
      expect(r.candidates[0].score).toBeLessThan(1);
      expect(r.candidates.length).toBeLessThanOrEqual(5);
      const scores = r.candidates.map((c) => c.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });

  it('lookupRegion() returns no region and no candidates for empty or unrelated text', () => {
    for (const q of ['', '   ', 'Москва', 'Bavaria', '12345']) {
      const r = lookupRegion(q);
      expect(r.region, q).toBeNull();
      expect(r.candidates, q).toEqual([]);
    }
  });

  it('lookupRegion() keeps every candidate inside the scheme asked for', () => {
    for (const q of ['Karagand', 'Turkistan', 'Abai', 'Ust-Kamenogorsk', 'Kazakhstan']) {
      for (const s of ['2014', 'current'] as const) {
        const units = regionsOf(s);
        for (const c of lookupRegion(q, s).candidates) expect(units).toContain(c.region);
      }
    }
  });
});

describe('lookupRegion(q, scheme, { fuzzy: false })', () => {
  it('finds the same region and no near misses', () => {
    for (const q of ['Akmola', 'г. Алматы', 'KZ-KAR', 'Ust-Kamenogorsk', 'Karagandy oblst']) {
      const all = lookupRegion(q);
      const exact = lookupRegion(q, undefined, { fuzzy: false });
      expect(exact.region).toBe(all.region);
      expect(exact.candidates).toEqual(all.candidates.filter((c) => c.match !== 'fuzzy'));
    }
    expect(lookupRegion('Karagandy oblst').candidates.length).toBeGreaterThan(0);
  });

  // lookupRegion() answers an ASCII query with a digit (not a code) without building its
  // tables, on these two facts.
  it('no spelling of a region or a centre has a digit in its key or loose key', () => {
    const keys = [...knownRegionKeys()];
    expect(keys.length).toBeGreaterThan(100);
    expect(keys.filter((k) => /[0-9]/.test(k))).toEqual([]);
  });

  it('analyseRegionName() keeps every ASCII digit of a query in both keys', () => {
    for (const q of [
      'o1',
      'Almaty 2',
      'obl. 12',
      'г. 3',
      'the 44 of',
      'Region 5 city',
      'x11y',
      '7skaya',
    ]) {
      const digits = q.replace(/[^0-9]/g, '');
      const a = analyseRegionName(q);
      expect(a.key.replace(/[^0-9]/g, '').length, q).toBeGreaterThan(0);
      expect(new Set(a.key.replace(/[^0-9]/g, '')), q).toEqual(new Set(digits));
      expect(new Set(a.loose.replace(/[^0-9]/g, '')), q).toEqual(new Set(digits));
    }
  });

  it('an ASCII query with a digit finds nothing exactly, a code with digits still resolves', () => {
    for (const q of ['o1', 'o4999', 'Almaty2', 'Akmola 1', 'obs 12']) {
      expect(lookupRegion(q, undefined, { fuzzy: false }), q).toEqual({
        region: null,
        candidates: [],
      });
      expect(lookupRegion(q, '2014', { fuzzy: false }), q).toEqual({
        region: null,
        candidates: [],
      });
    }
    // The full lookup (near misses on, so no short cut) agrees: nothing but near misses.
    const query = fc.oneof(
      fc.stringMatching(/^[A-Za-z .,()-]{0,12}[0-9]{1,3}[A-Za-z .-]{0,12}$/),
      fc.constantFrom('Akmola 1', 'Almaty 2 city', 'obl. 12', 'KZ-1', 'KZ-111', 'KZ-11', '75'),
    );
    let checked = 0;
    fc.assert(
      fc.property(query, fc.constantFrom(undefined, '2014', 'current'), (q, scheme) => {
        if (!cannotHitExactly(q)) return;
        checked++;
        const full = lookupRegion(q, scheme);
        expect(full.region).toBeNull();
        expect(full.candidates.filter((c) => c.match !== 'fuzzy')).toEqual([]);
      }),
      { numRuns: 400, seed: 14 },
    );
    expect(checked).toBeGreaterThan(300);
    expect(cannotHitExactly('KZ-11')).toBe(false);
    // Near misses are still looked for when asked.
    expect(lookupRegion('Almaty2').candidates.map((c) => c.region.id)).toContain('almaty-city');
    expect(lookupRegion('11', undefined, { fuzzy: false }).region?.id).toBe('akmola');
    expect(lookupRegion('KZ-11', '2014', { fuzzy: false }).region?.id).toBe('akmola');
  });
});
