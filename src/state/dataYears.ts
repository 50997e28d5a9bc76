/**
 * The years of the data in view (issue 11): the bundled tables' two years, the year a user gave
 * their single table, or every year of their panel. The year control lists them, the compute
 * controller rates each, and the rating compares each year with the one before it.
 */
import type { TableDataset } from '../data/types.ts';
import type { AppState } from './store.ts';
import { activeUserDataset } from './study.ts';
import type { UserDataset } from './userData.ts';
import { YEARS, type Year } from './viewState.ts';

/** The years a user dataset holds: its panel's years, or the one year given to its table. */
export function yearsOf(d: UserDataset): Year[] {
  return d.panel ? d.panel.map((p) => p.year) : [d.year];
}

/** The table of `year` in a user dataset, or null when it holds no such year. */
export function tableOfYear(d: UserDataset, year: Year): TableDataset | null {
  if (d.panel) return d.panel.find((p) => p.year === year)?.table ?? null;
  return d.year === year ? d.table : null;
}

const cache = new WeakMap<UserDataset, Year[]>();
const singles = new Map<Year, readonly Year[]>();
const singleYear = (y: Year): readonly Year[] => {
  let a = singles.get(y);
  if (!a) singles.set(y, (a = [y]));
  return a;
};

/**
 * The years of the data the spec names (ascending; the same array while the data stay): a
 * single user table stands for the year in the spec (the one given to it on #/data).
 */
export function dataYears(s: Pick<AppState, 'spec' | 'userData'>): readonly Year[] {
  if (s.spec.data.table.source !== 'user') return YEARS;
  const d = activeUserDataset(s);
  if (!d?.panel) return singleYear(s.spec.data.year);
  let ys = cache.get(d);
  if (!ys) cache.set(d, (ys = [...yearsOf(d)].sort((a, b) => a - b)));
  return ys;
}

/**
 * The year `year` is compared with (rank and index change): the year before it in `years`, or
 * the year after it when it is the first; null when the data hold one year only.
 */
export function compareYear(years: readonly Year[], year: Year): Year | null {
  const i = years.indexOf(year);
  if (i < 0 || years.length < 2) return null;
  return i > 0 ? years[i - 1] : years[1];
}

/** A bundled table's year for a year in view: itself when bundled, else the latest bundled. */
export function bundledYear(year: Year): Year {
  return YEARS.includes(year) ? year : YEARS[YEARS.length - 1];
}
