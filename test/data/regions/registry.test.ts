import { describe, expect, it } from 'vitest';
import iso from '../../fixtures/regions/iso3166-2-kz.json';
import {
  REGIONS,
  centreIn,
  codeIn,
  regionById,
  regionByCode,
  regionsOf,
} from '../../../src/data/regions/registry.ts';
import { lookupRegion } from '../../../src/data/regions/lookup.ts';

describe('regionsOf()', () => {
  it('regionsOf() gives the 16 units of 2014 and the 20 of today, ordered by ISO code', () => {
    const old = regionsOf('2014');
    const now = regionsOf('current');
    expect(old).toHaveLength(16);
    expect(now).toHaveLength(20);
    expect(old.map((r) => r.code['2014'])).toEqual(
      [...old.map((r) => r.code['2014'])].sort((a, b) => a!.localeCompare(b!)),
    );
    expect(now.map((r) => r.code.current)).toEqual(
      [...now.map((r) => r.code.current)].sort((a, b) => a!.localeCompare(b!)),
    );
    expect(new Set(REGIONS.map((r) => r.id)).size).toBe(REGIONS.length);
    expect(REGIONS).toHaveLength(21);
  });

  it('regionsOf() counts 14 oblasts + 2 cities in 2014 and 17 + 3 today (docs/methods.md)', () => {
    const count = (s: '2014' | 'current', k: string) =>
      regionsOf(s).filter((r) => r.kind === k).length;
    expect([count('2014', 'oblast'), count('2014', 'city')]).toEqual([14, 2]);
    expect([count('current', 'oblast'), count('current', 'city')]).toEqual([17, 3]);
  });

  it('regionsOf() shares one object for a unit of both schemes and keeps split units apart', () => {
    const ek = regionById('east-kazakhstan')!;
    expect(regionsOf('2014')).toContain(ek);
    expect(regionsOf('current')).toContain(ek);
    expect(ek.relation?.en).toMatch(/Abai/);
    const sk = regionById('south-kazakhstan')!;
    expect(sk.schemes).toEqual(['2014']);
    expect(sk.successors).toEqual(['turkistan', 'shymkent']);
    for (const id of ['turkistan', 'shymkent', 'abai', 'zhetisu', 'ulytau']) {
      expect(regionById(id)!.schemes).toEqual(['current']);
      expect(regionById(id)!.predecessors?.length).toBeGreaterThan(0);
    }
  });

  it('every predecessor and successor id names a registry unit', () => {
    for (const r of REGIONS) {
      for (const id of [...(r.predecessors ?? []), ...(r.successors ?? [])]) {
        expect(regionById(id), `${r.id} -> ${id}`).toBeDefined();
      }
    }
  });
});

describe('regionByCode()', () => {
  // docs/methods.md "Regions", copied here because tests do not read ../shared.
  const METHODS_2014: Record<string, string> = {
    'KZ-AKM': 'akmola',
    'KZ-AKT': 'aktobe',
    'KZ-ALM': 'almaty',
    'KZ-ALA': 'almaty-city',
    'KZ-AST': 'astana',
    'KZ-ATY': 'atyrau',
    'KZ-KAR': 'karaganda',
    'KZ-KUS': 'kostanay',
    'KZ-KZY': 'kyzylorda',
    'KZ-MAN': 'mangystau',
    'KZ-PAV': 'pavlodar',
    'KZ-SEV': 'north-kazakhstan',
    'KZ-VOS': 'east-kazakhstan',
    'KZ-YUZ': 'south-kazakhstan',
    'KZ-ZAP': 'west-kazakhstan',
    'KZ-ZHA': 'zhambyl',
  };
  const METHODS_CURRENT: Record<string, string> = {
    'KZ-10': 'abai',
    'KZ-11': 'akmola',
    'KZ-15': 'aktobe',
    'KZ-19': 'almaty',
    'KZ-23': 'atyrau',
    'KZ-27': 'west-kazakhstan',
    'KZ-31': 'zhambyl',
    'KZ-33': 'zhetisu',
    'KZ-35': 'karaganda',
    'KZ-39': 'kostanay',
    'KZ-43': 'kyzylorda',
    'KZ-47': 'mangystau',
    'KZ-55': 'pavlodar',
    'KZ-59': 'north-kazakhstan',
    'KZ-61': 'turkistan',
    'KZ-62': 'ulytau',
    'KZ-63': 'east-kazakhstan',
    'KZ-71': 'astana',
    'KZ-75': 'almaty-city',
    'KZ-79': 'shymkent',
  };
  const CIRCULATING: Record<string, string> = {
    'KZ-ABY': 'abai',
    'KZ-ZHE': 'zhetisu',
    'KZ-ULY': 'ulytau',
    'KZ-TUR': 'turkistan',
    'KZ-SHY': 'shymkent',
  };

  it('regionByCode() resolves every code docs/methods.md lists, in both schemes', () => {
    for (const [code, id] of Object.entries(METHODS_2014)) {
      expect(regionByCode(code)?.id, code).toBe(id);
      expect(codeIn(regionById(id)!, '2014')).toBe(code);
    }
    for (const [code, id] of Object.entries(METHODS_CURRENT)) {
      expect(regionByCode(code)?.id, code).toBe(id);
      expect(codeIn(regionById(id)!, 'current')).toBe(code);
    }
    for (const [code, id] of Object.entries(CIRCULATING)) {
      expect(regionByCode(code)?.id, code).toBe(id);
    }
  });

  it('regionByCode() resolves every code a region carries, and its Natural Earth id', () => {
    for (const r of REGIONS) {
      for (const c of r.codes) expect(regionByCode(c)).toBe(r);
      for (const s of Object.values(r.code)) expect(r.codes).toContain(s);
      if (r.naturalEarthId) expect(regionByCode(r.naturalEarthId)).toBe(r);
    }
  });

  it('regionByCode() ignores case, spaces and the KZ- prefix', () => {
    expect(regionByCode(' kz-akm ')?.id).toBe('akmola');
    expect(regionByCode('AKM')?.id).toBe('akmola');
    expect(regionByCode('kz11')?.id).toBe('akmola');
    expect(regionByCode('11')?.id).toBe('akmola');
    expect(regionByCode('kz.at')?.id).toBe('aktobe');
  });

  it('regionByCode() returns undefined for codes no unit carries', () => {
    for (const c of ['KZ-BAY', 'KZ-12', 'KZ-XYZ', 'RU-MOW', '', 'KZ-', 'KZ.XX', '-99']) {
      expect(regionByCode(c), c).toBeUndefined();
    }
  });
});

describe('registry against maintained ISO 3166-2 data (fixture iso3166-2-kz.json)', () => {
  it('the current codes equal iso-3166 exactly, and each ISO name finds its unit', () => {
    const now = regionsOf('current').map((r) => r.code.current);
    expect(now).toEqual(iso.current.map((s) => s.code));
    for (const s of iso.current) {
      const r = regionByCode(s.code)!;
      const found = lookupRegion(s.name, 'current');
      // 'Almaty' names both KZ-19 and KZ-75 in iso-3166: ambiguous by design.
      const ids = found.region ? [found.region.id] : found.candidates.map((c) => c.region.id);
      expect(ids, s.name).toContain(r.id);
    }
  });

  it('the 2014 letter codes equal iso3166-2-db without KZ-BAY (Baikonur, not a unit)', () => {
    const letters = iso.letter.map((s) => s.code).filter((c) => c !== 'KZ-BAY');
    expect(regionsOf('2014').map((r) => r.code['2014'])).toEqual(letters);
    for (const s of iso.letter.filter((x) => x.code !== 'KZ-BAY')) {
      const r = regionByCode(s.code)!;
      expect(lookupRegion(s.name_ru!, '2014').region, s.name_ru).toBe(r);
      const en = lookupRegion(s.name_en, '2014');
      expect(en.region ?? en.candidates[0].region, s.name_en).toBe(r);
    }
  });

  it('every CLDR code except KZ-BAY resolves, and CLDR names find their unit', () => {
    for (const s of iso.cldr) {
      if (s.code === 'KZ-BAY') continue;
      const r = regionByCode(s.code);
      expect(r, s.code).toBeDefined();
      const found = lookupRegion(s.name);
      const ids = found.region ? [found.region.id] : found.candidates.map((c) => c.region.id);
      expect(ids, `${s.code} ${s.name}`).toContain(r!.id);
    }
  });
});

describe('centreIn()', () => {
  it('centreIn() moves only Almaty Region from Taldykorgan (2014) to Konaev (current)', () => {
    const almaty = regionById('almaty')!;
    expect(centreIn(almaty, '2014').names.en).toBe('Taldykorgan');
    expect(centreIn(almaty, 'current').names.en).toBe('Konaev');
    for (const r of REGIONS.filter((x) => x.id !== 'almaty')) {
      expect(centreIn(r, 'current')).toBe(r.centre);
    }
  });
});
