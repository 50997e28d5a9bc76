/**
 * Overlay data from the real bundled datasets: the five IT-cluster sites of seed 004 (lines
 * 381-389; docs/methods.md section 2) and seed 003's eight region groups (docs/methods.md section 3).
 */
import { describe, expect, it } from 'vitest';
import { KZ_2014 } from '../../../src/data/boundaries/index.ts';
import { getDataset } from '../../../src/data/datasets/catalogue.ts';
import type { GroupsDataset, SitesDataset } from '../../../src/data/types.ts';
import {
  groupMarks,
  groupsOf,
  regionsWithSiteAtCentre,
  sitesOf,
} from '../../../src/views/map/overlayData.ts';

const sites = getDataset('it-cluster-sites') as SitesDataset;
const groups = getDataset('region-groups-published') as GroupsDataset;

describe('overlay data', () => {
  it('sitesOf() gives the five proposed sites with names in the language asked', () => {
    expect(sites.kind).toBe('sites');
    const en = sitesOf(sites, 'en');
    expect(en.map((s) => s.region).sort()).toEqual(
      ['KZ-AKT', 'KZ-ALA', 'KZ-AST', 'KZ-KAR', 'KZ-VOS'].sort(),
    );
    expect(en.find((s) => s.region === 'KZ-VOS')!.city).toBe('Ust-Kamenogorsk (Oskemen)');
    const ru = sitesOf(sites, 'ru');
    expect(ru.find((s) => s.region === 'KZ-ALA')!.name).toBe(
      'Информационно-цифровой киберпорт Алматы',
    );
    for (const s of en) {
      expect(s.lat).toBeGreaterThan(40);
      expect(s.lat).toBeLessThan(56);
      expect(s.lon).toBeGreaterThan(46);
      expect(s.lon).toBeLessThan(88);
    }
  });

  it('regionsWithSiteAtCentre() finds the sites that sit on a regional centre', () => {
    // All five cities are the administrative centres of their 2014 units.
    expect([...regionsWithSiteAtCentre(sitesOf(sites, 'en'))].sort()).toEqual(
      ['KZ-AKT', 'KZ-ALA', 'KZ-AST', 'KZ-KAR', 'KZ-VOS'].sort(),
    );
    expect(regionsWithSiteAtCentre([{ ...sitesOf(sites, 'en')[0], lon: 60, lat: 45 }]).size).toBe(
      0,
    );
  });

  it('groupsOf() puts each of the 16 regions in one of the 8 published groups', () => {
    const g = groupsOf(groups);
    expect(g.size).toBe(16);
    expect(new Set(g.values())).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8]));
    expect(g.get('KZ-KAR')).toBe(g.get('KZ-VOS'));
    expect(g.get('KZ-ALM')).toBe(g.get('KZ-ZHA'));
    expect(g.get('KZ-ALA')).not.toBe(g.get('KZ-ALM'));
  });

  it('groupMarks() gives an outline and one badge per member of every group', () => {
    const marks = groupMarks(groups, KZ_2014);
    expect(marks).toHaveLength(8);
    for (const m of marks) {
      expect(m.badges.map((b) => b.region)).toEqual(m.members);
      expect(m.outline.length).toBeGreaterThan(0);
    }
  });
});
