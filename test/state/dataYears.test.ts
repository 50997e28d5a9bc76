/** Issue 11: the years of the data in view, and which year each is compared with. */
import { describe, expect, it } from 'vitest';
import {
  bundledYear,
  compareYear,
  dataYears,
  tableOfYear,
  yearsOf,
} from '../../src/state/dataYears.ts';
import { createAppStore } from '../../src/state/store.ts';
import { userTableOf } from '../../src/state/study.ts';
import { sampleDataset } from './persistence/sample.ts';

function panelDataset() {
  const base = sampleDataset('user-0000000p', 'panel.csv');
  const t = (y: number) => ({ ...base.table, years: [y] });
  const panel = [2021, 2022, 2023].map((year) => ({ year, table: t(year) }));
  return { ...base, year: 2023, table: panel[2].table, panel };
}

describe('dataYears()', () => {
  it('dataYears() lists the bundled years, a single table’s year, or every year of a panel', () => {
    const store = createAppStore();
    expect(dataYears(store.getState())).toEqual([2010, 2014]);
    const d = panelDataset();
    store.getState().addUserDataset(d);
    store.getState().useDataset(d.id);
    const s = store.getState();
    s.setSpec({ ...s.spec, data: { ...s.spec.data, table: userTableOf(d), year: 2023 } });
    expect(dataYears(store.getState())).toEqual([2021, 2022, 2023]);
    expect(yearsOf(d)).toEqual([2021, 2022, 2023]);
    expect(tableOfYear(d, 2022)).toBe(d.panel[1].table);
    expect(tableOfYear(d, 2020)).toBeNull();

    const single = sampleDataset('user-0000000s', 'single.csv');
    expect(yearsOf(single)).toEqual([2014]);
    expect(tableOfYear(single, 2014)).toBe(single.table);
    expect(tableOfYear(single, 2010)).toBeNull();
  });

  it('compareYear() is the year before, the year after for the first, null for one year', () => {
    expect(compareYear([2021, 2022, 2023], 2023)).toBe(2022);
    expect(compareYear([2021, 2022, 2023], 2021)).toBe(2022);
    expect(compareYear([2010, 2014], 2014)).toBe(2010);
    expect(compareYear([2010, 2014], 2010)).toBe(2014);
    expect(compareYear([2023], 2023)).toBeNull();
    expect(compareYear([2021, 2022], 2019)).toBeNull();
  });

  it('bundledYear() keeps a bundled year and puts the latest bundled year for any other', () => {
    expect(bundledYear(2010)).toBe(2010);
    expect(bundledYear(2014)).toBe(2014);
    expect(bundledYear(2023)).toBe(2014);
  });
});
