/**
 * Almaty (issue 16): the app names Almaty city 'Алматы' (ru) and 'Almaty' (en), and a table
 * keyed by those names never matched it, because a bare 'Almaty' fits the city and the oblast
 * alike. Reference: the registry's own names (src/data/regions/names.ts) and Natural Earth's
 * admin-1 names ('Almaty' = the oblast beside 'Almaty City'), as in the bundled boundaries.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readIndicatorTable } from '../../../src/data/readers/indicatorTable.ts';
import { matchRegions, surelyPlainLabels } from '../../../src/data/readers/matchRegions.ts';
import { regionsOf } from '../../../src/data/regions/registry.ts';

const codes = (labels: string[], scheme?: '2014' | 'current') =>
  matchRegions(labels, scheme).matches.map((m) => m.regionCode);

describe('matchRegions() and the app’s own names for Almaty', () => {
  it.each(['ru', 'kk', 'en'] as const)(
    'a table keyed by the app’s %s names matches all 16 regions of 2014, Almaty city included',
    (lang) => {
      const regions = regionsOf('2014');
      for (const names of ['names', 'shortNames'] as const) {
        const m = matchRegions(regions.map((r) => r[names][lang]));
        expect(m.scheme).toBe('2014');
        expect(m.matches.map((x) => x.regionCode)).toEqual(regions.map((r) => r.code['2014']));
        expect(m.missing).toEqual([]);
      }
    },
  );

  it("bare 'Almaty' / 'Алматы' is the city; beside an explicit city it is the oblast", () => {
    expect(codes(['Almaty'], '2014')).toEqual(['KZ-ALA']);
    expect(codes(['Алматы', 'Алматинская область'], '2014')).toEqual(['KZ-ALA', 'KZ-ALM']);
    // Natural Earth's admin-1 names.
    expect(codes(['Almaty', 'Almaty City'], '2014')).toEqual(['KZ-ALM', 'KZ-ALA']);
    expect(codes(['г. Алматы', 'Алматы'], '2014')).toEqual(['KZ-ALA', 'KZ-ALM']);
    // Two bare names: the second is a duplicate, not silently the oblast.
    const twice = matchRegions(['Almaty', 'ALMATY'], '2014').matches;
    expect(twice[0].regionCode).toBe('KZ-ALA');
    expect(twice[1].duplicateOf).toBe(0);
  });

  it('readIndicatorTable() imports a CSV keyed by the app’s English names with Almaty matched', async () => {
    const csv = ['Region,GRP', 'Almaty,10', 'Astana,20', 'Almaty Region,30'].join('\n');
    const r = await readIndicatorTable(new TextEncoder().encode(csv), 'own-names.csv');
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.rows.map((row) => row.regionCode)).toEqual(['KZ-ALA', 'KZ-AST', 'KZ-ALM']);
    }
  });
});

describe('matchRegions() on labels that are not regions (a CLI file of observations)', () => {
  const plain = Array.from({ length: 1001 }, (_, i) => `o${i + 1}`);

  it('gives no suggestions when more than 1,000 labels have no exact hit at all', () => {
    const m = matchRegions([...plain, 'Karagandy oblst']);
    expect(m.matches.every((x) => x.regionCode === null && x.suggestions.length === 0)).toBe(true);
  });

  it('still suggests near misses in a short list, or when some label is a region', () => {
    const near = (labels: string[]) =>
      matchRegions(labels).matches.find((x) => x.label === 'Karagandy oblst')!;
    expect(near(['o1', 'Karagandy oblst']).suggestions[0]?.code).toBe('KZ-KAR');
    const withRegion = near([...plain, 'Akmola', 'Karagandy oblst']);
    expect(withRegion.suggestions[0]?.code).toBe('KZ-KAR');
  });

  it('surelyPlainLabels(): o1, o2, ... without the matching, never where a label could match', () => {
    expect(surelyPlainLabels(plain)).toBe(true);
    expect(surelyPlainLabels(plain.slice(0, 1000))).toBe(false);
    for (const extra of ['11', 'KZ-11', ' kz-akm ', 'Akmola', 'Almaty2 г.', 'Ақмола 1', 'o'])
      expect(surelyPlainLabels([...plain, extra]), extra).toBe(false);
    expect(surelyPlainLabels([...plain, '', '  ', 'x'.repeat(201)])).toBe(true);
  });

  it('surelyPlainLabels() true means matchRegions() matches, suggests and flags nothing', () => {
    const tricky = fc.oneof(
      { arbitrary: fc.stringMatching(/^[A-Za-zг .-]{0,6}[0-9]{1,3}[a-z]?$/), weight: 10 },
      { arbitrary: fc.constantFrom('11', 'KZ-11', 'Akmola 1', 'Almaty2', 'г. 3', ''), weight: 2 },
      { arbitrary: fc.string({ maxLength: 8 }), weight: 1 },
    );
    let checked = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 996, max: 1010 }),
        fc.array(tricky, { maxLength: 6 }),
        (n, extra) => {
          const labels = [...Array.from({ length: n }, (_, i) => `o${i + 1}`), ...extra];
          if (!surelyPlainLabels(labels)) return;
          checked++;
          for (const scheme of [undefined, '2014', 'current'] as const) {
            for (const m of matchRegions(labels, scheme).matches) {
              expect(m.regionId).toBeNull();
              expect(m.suggestions).toEqual([]);
              expect(m.duplicateOf).toBeUndefined();
            }
          }
        },
      ),
      { numRuns: 40, seed: 14 },
    );
    expect(checked).toBeGreaterThan(5);
  });
});
