/**
 * The rows of the rating table, derived from results in the store by a memoised selector
 * (components never recompute): rank, class, sub-indices, index, change against the other
 * year, the published value beside the recomputed one, and the rank interval.
 */
import type { AppState } from '../../state/store.ts';
import { otherYear, type Year } from '../../state/viewState.ts';
import { compareYear, dataYears } from '../../state/dataYears.ts';
import type { RatingOutput, SensitivityOutput } from '../../worker/protocol.ts';
import { publishedClass, publishedIndex } from './published.ts';
import type { TableDataset } from '../../data/types.ts';
import { type RatingSpec, isPaperData, treeIndicators } from '../../core/index.ts';
import { tableIn } from '../../state/resultsSlice.ts';
import { presetOf } from '../../state/specSlice.ts';
import { rankIntervals, type RankInterval } from './sensitivityView.ts';

/** Differences between recomputed and published indices above this are flagged (docs/methods.md §1). */
export const PUBLISHED_TOLERANCE = 0.06;

/** The dataset with the authors' own result (seed 004, Table 6). */
export const PUBLISHED_DATASET = 'innovation-published';

export interface RatingRow {
  code: string;
  rank: number;
  className: string;
  /** Scores of the groups directly under the index (the table's columns), by group id. */
  groups: Record<string, number | null>;
  index: number | null;
  /** Index this year minus the other year. */
  indexChange: number | null;
  /** Places gained against the other year (positive = up). */
  rankChange: number | null;
  published: number | null;
  publishedClass: string | null;
  /** Recomputed minus published. */
  diff: number | null;
  flagged: boolean;
  interval: RankInterval | null;
}

export interface RatingTableModel {
  year: Year;
  other: Year;
  groupIds: string[];
  rows: RatingRow[];
  /**
   * True where the recomputation follows the paper's method on the bundled data, so that a
   * difference from Table 6 means something; otherwise no difference is computed.
   */
  comparable: boolean;
}

/** The paper's method (seed 004, formulas 1-4): its six indicators and weights, ratio to max, mean. */
export function isPaperMethod(r: RatingSpec): boolean {
  return (
    presetOf(r) === 'paper' &&
    r.normalisation === 'ratio-to-max' &&
    r.aggregation === 'arithmetic' &&
    treeIndicators(r).every((i) => i.direction === 'higher')
  );
}

const finiteOrNull = (x: number | null | undefined): number | null =>
  x === null || x === undefined || !Number.isFinite(x) ? null : x;

/** Rows sorted by rank under the current spec. Pure: inputs in, plain rows out. */
export function ratingRows(
  year: Year,
  cur: RatingOutput | undefined,
  prev: RatingOutput | undefined,
  published: TableDataset | undefined,
  sens: SensitivityOutput | null,
  comparable = true,
  other: Year = otherYear(year),
): RatingTableModel {
  if (!cur) return { year, other, groupIds: [], rows: [], comparable };
  const prevAt = new Map(prev?.units.map((u, i) => [u, i]) ?? []);
  const pub = published ? publishedIndex(published, year) : null;
  const pubCls = published ? publishedClass(published, year) : null;
  const intervals = sens ? rankIntervals(sens) : null;
  // The table's columns are the groups directly under the index; deeper groups are on the
  // map's layer list and in the exports' rows (groups). Rows carry only these (3,000 units x
  // a deep tree would otherwise build tens of thousands of entries at every slider step).
  const top = cur.groups.filter((g) => g.parent === null);
  const groupIds = top.map((g) => g.id);
  const rows: RatingRow[] = cur.units.map((code, i) => {
    const j = prevAt.get(code);
    const index = finiteOrNull(cur.index[i]);
    const before = prev && j !== undefined ? finiteOrNull(prev.index[j]) : null;
    const p = pub?.get(code) ?? null;
    const diff = comparable && index !== null && p !== null ? index - p : null;
    // Places gained moving forward in time: against an earlier year, rank then minus rank now.
    const sign = year > other ? 1 : -1;
    return {
      code,
      rank: cur.rank[i],
      className: cur.classes[i] ?? '',
      groups: Object.fromEntries(top.map((g) => [g.id, finiteOrNull(g.values[i])])),
      index,
      indexChange: index !== null && before !== null ? index - before : null,
      rankChange: prev && j !== undefined ? sign * (prev.rank[j] - cur.rank[i]) : null,
      published: p,
      publishedClass: pubCls?.get(code) ?? null,
      diff,
      flagged: diff !== null && Math.abs(diff) > PUBLISHED_TOLERANCE,
      interval: intervals?.get(code) ?? null,
    };
  });
  rows.sort((a, b) => a.rank - b.rank);
  return { year, other, groupIds, rows, comparable };
}

let lastKey: unknown[] = [];
let last: RatingTableModel | null = null;
// Whether the method and data are the paper's (a walk of the tree), per spec.rating/spec.data.
let comparableOf: { rating: unknown; data: unknown; comparable: boolean } | null = null;

/** The table model for the state; the same object while its inputs are unchanged. */
export function selectRatingTable(s: AppState): RatingTableModel {
  const year = s.view.year;
  // The year before (or, for the first year, after) in the data's years (issue 11 panels).
  const other = compareYear(dataYears(s), year) ?? otherYear(year);
  const sens = s.results.sensitivityYear === year ? s.results.sensitivity : null;
  const published = tableIn(s.data, PUBLISHED_DATASET);
  // Called at every store update by every table subscriber: the paper-method check runs only
  // when the rating or data spec changed, and the key is identities and that flag, so a weight
  // step whose results have not arrived yet keeps the model (and the table's render) as it is.
  if (comparableOf?.rating !== s.spec.rating || comparableOf.data !== s.spec.data)
    comparableOf = {
      rating: s.spec.rating,
      data: s.spec.data,
      comparable: isPaperMethod(s.spec.rating) && isPaperData(s.spec.data),
    };
  const comparable = comparableOf.comparable;
  const key = [
    year,
    s.results.rating[year],
    s.results.rating[other],
    published,
    sens,
    comparable,
    other,
  ];
  if (last && key.every((x, i) => x === lastKey[i])) return last;
  lastKey = key;
  last = ratingRows(
    year,
    s.results.rating[year],
    s.results.rating[other],
    published,
    sens,
    comparable,
    other,
  );
  return last;
}
