/**
 * Dictionary look-up and locale formatting, free of React so that exports and tests can use
 * them. Every interface string goes through `translate`; every number through `formatNumber`.
 */
import type { Lang } from '../data/types.ts';
import { en } from './en.ts';
import { kk } from './kk.ts';
import { ru, type MessageKey, type Messages } from './ru.ts';

export type { MessageKey, Messages };
export const LANGS: readonly Lang[] = ['ru', 'kk', 'en'];
export const DEFAULT_LANG: Lang = 'ru';
export const DICTIONARIES: Record<Lang, Messages> = { ru, kk, en };

/**
 * BCP 47 locales for number formatting in each interface language, best first. Some browser
 * builds (Debian's Chromium among them) ship ICU data without Kazakh and would fall back to
 * the default locale's decimal point; Russian as used in Kazakhstan has the same separators
 * as Kazakh (decimal comma, space between thousands), so it is the fallback.
 */
export const LOCALES: Record<Lang, readonly string[]> = {
  ru: ['ru-RU'],
  kk: ['kk-KZ', 'ru-KZ'],
  en: ['en-GB'],
};

/** The dash shown wherever a value is missing; callers add a title explaining why. */
export const MISSING = '—';

export type Vars = Record<string, string | number>;

export function isLang(x: unknown): x is Lang {
  return x === 'ru' || x === 'kk' || x === 'en';
}

/** `key` in `lang` with `{name}` placeholders filled; an unknown placeholder stays visible. */
export function translate(lang: Lang, key: MessageKey, vars?: Vars): string {
  const text = DICTIONARIES[lang][key] ?? DICTIONARIES.en[key] ?? key;
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
    f = new Intl.NumberFormat([...LOCALES[lang]], {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      signDisplay: opts.signed ? 'exceptZero' : 'auto',
    });
    FORMATTERS.set(id, f);
  }
  return f.format(x);
}
