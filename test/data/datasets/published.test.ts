import { geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { KZ_2014, forD3 } from '../../../src/data/boundaries/index.ts';
import { ictOrganisations } from '../../../src/data/datasets/ictOrganisations.ts';
import { itClusterSites } from '../../../src/data/datasets/itClusterSites.ts';
import { itSpecialisationPublished } from '../../../src/data/datasets/itSpecialisationPublished.ts';
import { regionGroupsPublished } from '../../../src/data/datasets/regionGroupsPublished.ts';
import { vkoLoadingsPublished } from '../../../src/data/datasets/vkoLoadingsPublished.ts';
import { vkoMultipliersPublished } from '../../../src/data/datasets/vkoMultipliersPublished.ts';
import { regionByCode } from '../../../src/data/regions/index.ts';
import expected from '../../fixtures/datasets/expected.json';

describe('it-specialisation-published', () => {
  it('keeps "-" as no data (value null) and sums to about 1 per year (a share of IT output)', () => {
    const aty = itSpecialisationPublished.rows.find((r) => r.key === 'KZ-ATY')!;
    expect(aty.cells.ksi_2010).toMatchObject({ value: null, printed: '-' });
    const ala = itSpecialisationPublished.rows.find((r) => r.key === 'KZ-ALA')!;
    expect(ala.cells.ksi_2010.value).toBe(0.683);
    expect(ala.cells.ksi_2010.source).toMatchObject({ table: '7', row: 'г. Алматы', col: 2 });
    for (const [id, total] of [
      ['ksi_2010', 1.0],
      ['ksi_2014', 0.999],
    ] as const) {
      const sum = itSpecialisationPublished.rows.reduce((s, r) => s + (r.cells[id].value ?? 0), 0);
      expect(sum).toBeCloseTo(total, 6);
    }
    expect(itSpecialisationPublished.notes.en).toMatch(/share of national IT output/);
    expect(itSpecialisationPublished.notes.en).toMatch(/modified KSI/);
  });
});

describe('it-cluster-sites', () => {
  it('lists the five sites of seed 004 with their regions, and each city lies in its region', () => {
    expect(itClusterSites.sites.map((s) => s.region)).toEqual([
      'KZ-ALA',
      'KZ-AST',
      'KZ-AKT',
      'KZ-VOS',
      'KZ-KAR',
    ]);
    expect(itClusterSites.sites[3].cityPrinted).toBe('г. Усть-Каменогорске');
    expect(itClusterSites.coordinateSource).toMatch(/Wikipedia/);
    const d3 = forD3(KZ_2014);
    for (const s of itClusterSites.sites) {
      const region = regionByCode(s.region)!;
      // Within 0.3 degrees of the registry's centre (independently entered, two decimals).
      expect(Math.abs(s.lat - region.centre.lat), s.key).toBeLessThan(0.3);
      expect(Math.abs(s.lon - region.centre.lon), s.key).toBeLessThan(0.3);
      // Oblast capitals must fall inside their oblast's boundary; the two city units are
      // tiny polygons in Natural Earth, so for them the surrounding oblast is accepted too.
      const inside = d3.features.filter((f) => geoContains(f, [s.lon, s.lat])).map((f) => f.id);
      const allowed =
        s.region === 'KZ-AST'
          ? ['KZ-AST', 'KZ-AKM']
          : s.region === 'KZ-ALA'
            ? ['KZ-ALA', 'KZ-ALM']
            : [s.region];
      expect(inside.length, s.key).toBe(1);
      expect(allowed, s.key).toContain(inside[0]);
    }
  });
});

describe('region-groups-published', () => {
  it('partitions the 16 regions into the 8 published groups', () => {
    const groups = regionGroupsPublished.groups.map((g) => [...g.members].sort());
    expect(groups).toEqual([
      ['KZ-KAR', 'KZ-PAV', 'KZ-VOS'],
      ['KZ-AKM', 'KZ-ALM', 'KZ-ZHA'],
      ['KZ-AKT', 'KZ-ZAP'],
      ['KZ-KUS', 'KZ-SEV'],
      ['KZ-KZY', 'KZ-YUZ'],
      ['KZ-ATY', 'KZ-MAN'],
      ['KZ-AST'],
      ['KZ-ALA'],
    ]);
    expect(new Set(groups.flat()).size).toBe(16);
  });

  it('gives each group line references and infrastructure lists from the figure and the text', () => {
    for (const g of regionGroupsPublished.groups) {
      for (const ref of [g.membersPrinted, g.figure, g.text]) {
        expect(ref.lines[0]).toBeGreaterThanOrEqual(389);
        expect(ref.lines[1]).toBeGreaterThanOrEqual(ref.lines[0]);
        expect(ref.quote.length).toBeGreaterThan(0);
      }
      expect(g.infrastructure.length).toBeGreaterThan(0);
      expect(g.infrastructureText.length).toBeGreaterThan(0);
    }
    const astana = regionGroupsPublished.groups[6];
    expect(astana.infrastructure).toEqual(regionGroupsPublished.groups[7].infrastructure);
    expect(astana.infrastructureText).toContain('JSC «Nazarbayev University»');
  });
});

describe('vko datasets (seed 002)', () => {
  it('vko-loadings-published is 20 x 7 and marks the largest |loading| of each row', () => {
    expect([vkoLoadingsPublished.rows.length, vkoLoadingsPublished.columns.length]).toEqual(
      expected.loadingsShape,
    );
    const marked = vkoLoadingsPublished.rows.map((r) => {
      const ids = Object.keys(r.cells).filter((id) => r.cells[id].marked);
      expect(ids).toHaveLength(1);
      return Number(ids[0].slice(1));
    });
    expect(marked).toEqual(expected.largestLoadingComponent);
    const fishing = vkoLoadingsPublished.rows[1];
    expect(fishing.cells.c6).toMatchObject({ value: -0.661, printed: '-0,661', marked: true });
    expect(fishing.title?.en).toBe('Fishing and fish farming');
    expect(vkoLoadingsPublished.rows[2].cells.c7.printed).toBe('0,01');
  });

  it('vko-multipliers-published holds Table 3 keyed by the industries of Table 2', () => {
    expect(vkoMultipliersPublished.rows.map((r) => r.key)).toEqual([
      'ind-05',
      'ind-16',
      'ind-18',
      'ind-17',
    ]);
    const ores = vkoMultipliersPublished.rows[0].cells;
    expect([ores.output.value, ores.value_added.value, ores.household_income.value]).toEqual([
      1.806, 0.608, 2.073,
    ]);
    expect(ores.output.source).toMatchObject({ table: '3', col: 2 });
  });
});

describe('ict-organisations', () => {
  it('holds Tables 1 and 2 of seed 000 with the years as printed', () => {
    const [computers, access, users] = ictOrganisations.rows;
    expect(Object.keys(computers.cells)).toEqual([
      'y2016',
      'y2017',
      'y2018',
      'y2019',
      'y2020',
      'y2021',
    ]);
    expect(computers.cells.y2016.value).toBe(75.6);
    expect(access.cells.y2021.value).toBe(78.2);
    expect(users.cells.y2016).toBeUndefined();
    expect(users.cells.y2017).toMatchObject({ value: 79658, printed: '79 658' });
    expect(users.cells.y2017.source).toMatchObject({ table: '2', row: 'Республика Казахстан' });
  });
});
