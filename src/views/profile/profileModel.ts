/**
 * What the region profile shows, from the store's data and results (pure: inputs in, plain
 * rows out). For each selected region and each year with data: every indicator of the spec as
 * a percentage of the leader (seed 004 formula 1, I = X / max(X) * 100, whatever normalisation
 * the rating uses), the rank and class under the current spec, the sub-indices, the
 * recomputed and the published index (Table 6), and the region's group in seed 003's published
 * clustering.
 */
import type { GroupsDataset, RegionGroup, TableDataset } from '../../data/types.ts';
import type { RatingOutput } from '../../worker/protocol.ts';
import { publishedColumns } from '../rating/published.ts';
import type { Year } from '../../state/viewState.ts';

export interface IndicatorShare {
  id: string;
  value: number | null;
  /** value / leader * 100; null where the value or the leader is missing. */
  share: number | null;
  /** Code of the leading region (largest value). */
  leader: string | null;
}

export interface YearProfile {
  year: Year;
  indicators: IndicatorShare[];
  rank: number | null;
  of: number;
  className: string | null;
  groups: { id: string; value: number | null }[];
  index: number | null;
  published: number | null;
  publishedClass: string | null;
}

export interface RegionProfile {
  code: string;
  years: YearProfile[];
  /** 1-based group number in seed 003's grouping, with the other members; null if not grouped. */
  cluster: { id: number; members: string[]; group: RegionGroup } | null;
}

const fin = (x: number | null | undefined): number | null =>
  x === null || x === undefined || !Number.isFinite(x) ? null : x;

/** Each indicator as % of the leader among the table's rows (formula 1 of seed 004). */
export function sharesOfLeader(
  ds: TableDataset,
  ids: readonly string[],
  code: string,
): IndicatorShare[] {
  const row = ds.rows.find((r) => r.key === code);
  return ids.map((id) => {
    let max = -Infinity;
    let leader: string | null = null;
    for (const r of ds.rows) {
      const v = fin(r.cells[id]?.value);
      if (v !== null && v > max) {
        max = v;
        leader = r.key;
      }
    }
    const value = fin(row?.cells[id]?.value);
    const share = value !== null && leader !== null && max > 0 ? (value / max) * 100 : null;
    return { id, value, share, leader };
  });
}

export interface ProfileInputs {
  codes: readonly string[];
  indicatorIds: readonly string[];
  /** Table per year (bundled, or the user's table for its year). */
  tables: Partial<Record<Year, TableDataset>>;
  rating: Partial<Record<Year, RatingOutput>>;
  published?: TableDataset;
  groups?: GroupsDataset;
  years: readonly Year[];
}

export function profileModel(p: ProfileInputs): RegionProfile[] {
  return p.codes.map((code) => {
    const years: YearProfile[] = [];
    for (const y of p.years) {
      const ds = p.tables[y];
      const r = p.rating[y];
      if (!ds && !r) continue;
      const i = r ? r.units.indexOf(code) : -1;
      const pubCols = publishedColumns(y);
      const pubRow = pubCols ? p.published?.rows.find((x) => x.key === code) : undefined;
      years.push({
        year: y,
        indicators: ds ? sharesOfLeader(ds, p.indicatorIds, code) : [],
        rank: r && i >= 0 ? r.rank[i] : null,
        of: r ? r.units.length : 0,
        className: r && i >= 0 ? (r.classes[i] ?? null) : null,
        groups: r
          ? r.groups.map((g) => ({ id: g.id, value: i >= 0 ? fin(g.values[i]) : null }))
          : [],
        index: r && i >= 0 ? fin(r.index[i]) : null,
        published: pubCols ? fin(pubRow?.cells[pubCols.index]?.value) : null,
        publishedClass: pubCols
          ? (pubRow?.cells[pubCols.class]?.text ?? pubRow?.cells[pubCols.class]?.printed ?? null)
          : null,
      });
    }
    const g = p.groups?.groups.find((x) => x.members.includes(code));
    return {
      code,
      years,
      cluster: g ? { id: g.id, members: g.members, group: g } : null,
    };
  });
}
