/**
 * Reading the overlay datasets: the IT-cluster sites seed 004 proposes (dataset
 * it-cluster-sites) and seed 003's published grouping of the regions (dataset
 * region-groups-published). Pure: datasets and boundaries in, plain marks out.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { GroupsDataset, Lang, SitesDataset } from '../../data/types.ts';
import { regionByCode } from '../../data/regions/registry.ts';
import { groupOutline } from './groupOutline.ts';

/** Dataset ids of the two overlays in the catalogue (src/data/datasets/catalogue.ts). */
export const SITES_DATASET = 'it-cluster-sites';
export const GROUPS_DATASET = 'region-groups-published';

export interface SiteMark {
  key: string;
  /** The site's name in the interface language. */
  name: string;
  /** The city in the interface language. */
  city: string;
  region: string;
  lon: number;
  lat: number;
}

/** One mark per site with finite coordinates, names in `lang`. */
export function sitesOf(ds: SitesDataset, lang: Lang): SiteMark[] {
  return ds.sites
    .filter((s) => Number.isFinite(s.lon) && Number.isFinite(s.lat))
    .map((s) => ({
      key: s.key,
      name: s.title[lang] || s.name,
      city: s.city[lang],
      region: s.region,
      lon: s.lon,
      lat: s.lat,
    }));
}

/**
 * Regions whose administrative centre has a site within `tolerance` degrees: their labels
 * move aside so that the marker does not cover the name (four of the five sites of seed 004
 * are in a regional centre).
 */
export function regionsWithSiteAtCentre(sites: readonly SiteMark[], tolerance = 0.3): Set<string> {
  const out = new Set<string>();
  for (const s of sites) {
    const r = regionByCode(s.region);
    if (
      r &&
      Math.abs(r.centre.lon - s.lon) <= tolerance &&
      Math.abs(r.centre.lat - s.lat) <= tolerance
    )
      out.add(s.region);
  }
  return out;
}

/** Group number by region code. */
export function groupsOf(ds: GroupsDataset): Map<string, number> {
  const out = new Map<string, number>();
  for (const g of ds.groups) for (const m of g.members) out.set(m, g.id);
  return out;
}

export interface GroupMark {
  id: number;
  members: string[];
  /** Outer boundary of the members' union (groupOutline.ts). */
  outline: Position[][];
  /**
   * Where the group's number goes: one badge per member at its administrative centre. Members
   * of a group need not touch (group 2, Akmola with Almaty oblast and Zhambyl, does not), so a
   * single label at the group's middle could fall inside another group.
   */
  badges: { region: string; lon: number; lat: number }[];
}

interface BoundaryLike {
  features: { id: string | number | undefined; geometry: Polygon | MultiPolygon }[];
}

/** Outline and label position of each published group on the given boundaries. */
export function groupMarks(ds: GroupsDataset, boundaries: BoundaryLike): GroupMark[] {
  const byId = new Map(boundaries.features.map((f) => [String(f.id), f.geometry]));
  return ds.groups.flatMap((g) => {
    const geoms = g.members.flatMap((m) => byId.get(m) ?? []);
    if (geoms.length === 0) return [];
    const badges = g.members.flatMap((m) => {
      const r = regionByCode(m);
      return r && byId.has(m) ? [{ region: m, lon: r.centre.lon, lat: r.centre.lat }] : [];
    });
    return [{ id: g.id, members: [...g.members], outline: groupOutline(geoms), badges }];
  });
}
