/**
 * Dictionary look-up and locale formatting, free of React so that exports and tests can use
 * them. Every interface string goes through `translate`; every number through `formatNumber`.
 */
import type { Lang } from '../data/types.ts';
import { dictionary } from './dictionaries.ts';
import type { MessageKey, Messages } from './ru.ts';

export type { MessageKey, Messages };
export { dictionary, hasDictionary, loadDictionary } from './dictionaries.ts';
export const LANGS: readonly Lang[] = ['ru', 'kk', 'en'];

/** BCP 47 locale for number formatting in each interface language. */
export const LOCALES: Record<Lang, string> = { ru: 'ru-RU', kk: 'kk-KZ', en: 'en-GB' };

/**
 * Kazakh writes numbers with a decimal comma and spaces between thousands. Some browser
 * builds (Debian's Chromium among them) claim `kk-KZ` but carry English separators for it
 * ("1,234.5"), so the locale is checked once and, where its decimal mark is not a comma,
 * Russian as used in Kazakhstan (same separators) formats Kazakh numbers instead.
 */
export function numberLocale(lang: Lang, nf: typeof Intl.NumberFormat = Intl.NumberFormat): string {
  if (lang !== 'kk') return LOCALES[lang];
  const decimal = new nf(LOCALES.kk).formatToParts(1.5).find((p) => p.type === 'decimal');
  return decimal?.value === ',' ? LOCALES.kk : 'ru-KZ';
}

/** The dash shown wherever a value is missing; callers add a title explaining why. */
export const MISSING = '—';

export type Vars = Record<string, string | number>;

/**
 * `key` in `lang` with `{name}` placeholders filled; an unknown placeholder stays visible.
 * `lang`'s dictionary must be loaded (dictionaries.ts); the app loads it before showing it.
 */
export function translate(lang: Lang, key: MessageKey, vars?: Vars): string {
  const text = dictionary(lang)?.[key] ?? dictionary('en')?.[key] ?? key;
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

const FORMATTERS = new Map<string, Intl.NumberFormat>();

/**
 * A number in the locale of `lang` with a fixed number of decimals, or MISSING for null,
 * NaN and infinities (never 'NaN' on screen).
 */
export function formatNumber(
  lang: Lang,
  x: number | null | undefined,
  digits = 1,
  opts: { signed?: boolean } = {},
): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return MISSING;
  const id = `${lang}|${digits}|${opts.signed ? 1 : 0}`;
  let f = FORMATTERS.get(id);
  if (!f) {
    f = new Intl.NumberFormat(numberLocale(lang), {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      signDisplay: opts.signed ? 'exceptZero' : 'auto',
    });
    FORMATTERS.set(id, f);
  }
  return f.format(x);
}
