/** React access to the dictionary of the interface language (language.tsx). */
import { useContext, useMemo } from 'react';
import type { Lang } from '../data/types.ts';
import { LanguageContext } from './language.tsx';
import { formatNumber, translate, type MessageKey, type Vars } from './translate.ts';

export interface T {
  (key: MessageKey, vars?: Vars): string;
  lang: Lang;
  num: (x: number | null | undefined, digits?: number, opts?: { signed?: boolean }) => string;
}

/** `t(key, vars)` in the current language, plus `t.num(x, digits)` and `t.lang`. */
export function useT(): T {
  const lang = useContext(LanguageContext);
  return useMemo(() => {
    const fn = (key: MessageKey, vars?: Vars) => translate(lang, key, vars);
    return Object.assign(fn, {
      lang,
      num: (x: number | null | undefined, digits = 1, opts?: { signed?: boolean }) =>
        formatNumber(lang, x, digits, opts),
    });
  }, [lang]);
}
