/**
 * The interface dictionaries, loaded one language at a time. Each dictionary is ~55 KB of
 * JavaScript; shipping all three in the first download cost the initial bundle ~11 KB gzip for
 * languages most users never open (docs/architecture.md, "Bundle budget"). The app loads the
 * interface language before its first render (startApp.tsx) and a new language before switching
 * to it (state/react.tsx); the CLI and the tests load or register what they use.
 */
import type { Lang } from '../data/types.ts';
import type { Messages } from './ru.ts';

const loaded: Partial<Record<Lang, Messages>> = {};
const pending: Partial<Record<Lang, Promise<Messages>>> = {};

const LOADERS: Record<Lang, () => Promise<Messages>> = {
  ru: () => import('./ru.ts').then((m) => m.ru),
  kk: () => import('./kk.ts').then((m) => m.kk),
  en: () => import('./en.ts').then((m) => m.en),
};

/** The dictionary of `lang` if it is loaded, else undefined. */
export function dictionary(lang: Lang): Messages | undefined {
  return loaded[lang];
}

/** True when `lang`'s dictionary is loaded (translate() can use it synchronously). */
export function hasDictionary(lang: Lang): boolean {
  return loaded[lang] !== undefined;
}

/** Makes `messages` the dictionary of `lang` (static registration: tests, benchmarks). */
export function registerDictionary(lang: Lang, messages: Messages): void {
  loaded[lang] = messages;
}

/** Loads `lang`'s dictionary once; resolves when translate() can use it. */
export function loadDictionary(lang: Lang): Promise<Messages> {
  const have = loaded[lang];
  if (have) return Promise.resolve(have);
  // A failed fetch is forgotten, so the next call tries again (a connection came back).
  pending[lang] ??= LOADERS[lang]().then(
    (m) => (loaded[lang] = m),
    (e: unknown) => {
      delete pending[lang];
      throw e;
    },
  );
  return pending[lang];
}
