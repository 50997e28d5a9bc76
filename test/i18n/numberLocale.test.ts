import { describe, expect, it } from 'vitest';
import { numberLocale } from '../../src/i18n/translate.ts';

describe('numberLocale()', () => {
  it('keeps kk-KZ where it has a decimal comma (Node with full ICU)', () => {
    expect(numberLocale('kk')).toBe('kk-KZ');
    expect(numberLocale('ru')).toBe('ru-RU');
    expect(numberLocale('en')).toBe('en-GB');
  });

  it('falls back to ru-KZ separators where the browser formats kk-KZ with a decimal point', () => {
    // Stands in for Debian's Chromium, whose kk data yields "1,234.5".
    const english = function (_locale?: string | string[], opts?: Intl.NumberFormatOptions) {
      return new Intl.NumberFormat('en-US', opts);
    } as unknown as typeof Intl.NumberFormat;
    expect(numberLocale('kk', english)).toBe('ru-KZ');
    expect(new Intl.NumberFormat(numberLocale('kk', english)).format(1234.5)).toMatch(
      /^1\s234,5$/u,
    );
  });
});
