import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { kk } from '../../src/i18n/kk.ts';
import { ru } from '../../src/i18n/ru.ts';
import { formatNumber, MISSING, translate } from '../../src/i18n/translate.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('ru, kk and en carry exactly the same keys', () => {
    const keys = Object.keys(ru).sort();
    expect(Object.keys(kk).sort()).toEqual(keys);
    expect(Object.keys(en).sort()).toEqual(keys);
  });
  it('every translation has the same placeholders as the Russian master and is not empty', () => {
    for (const [k, v] of Object.entries(ru)) {
      for (const d of [kk, en] as Record<string, string>[]) {
        expect(d[k].trim().length, k).toBeGreaterThan(0);
        expect(placeholders(d[k]), k).toEqual(placeholders(v));
      }
    }
  });
  it('translate() fills placeholders', () => {
    expect(translate('en', 'rating.col.change', { year: 2010 })).toBe('Change vs 2010');
  });
});

describe('formatNumber()', () => {
  it('formatNumber() follows the locale (ru-RU comma, en-GB point)', () => {
    expect(formatNumber('ru', 1234.5, 1).replace(/\s/g, ' ')).toBe('1 234,5');
    expect(formatNumber('en', 1234.5, 1)).toBe('1,234.5');
  });
  it('formatNumber() shows the dash for missing, NaN and infinite values', () => {
    for (const x of [null, undefined, Number.NaN, Infinity])
      expect(formatNumber('kk', x)).toBe(MISSING);
  });
  it('formatNumber() signs changes when asked', () => {
    expect(formatNumber('en', 2.5, 1, { signed: true })).toBe('+2.5');
    expect(formatNumber('en', 0, 1, { signed: true })).toBe('0.0');
  });
});
