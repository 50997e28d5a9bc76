/**
 * The metadata every analysis export carries (title, the spec it came from, dataset and
 * variables, the interface language, when it was made), built lazily so the spec read is
 * the one current at the moment of the click, not at render.
 */
import type { ExportMeta } from './export.ts';

/**
 * A thunk giving `{ title, spec: spec(), extra: { ...extra, language }, created: now }`;
 * the extra keys keep their order and `language` always comes last (see export.ts metaLines).
 */
export function exportMeta(
  title: string,
  spec: () => ExportMeta['spec'],
  t: { lang: string },
  extra: Record<string, string> = {},
): () => ExportMeta {
  return () => ({
    title,
    spec: spec(),
    extra: { ...extra, language: t.lang },
    created: new Date().toISOString(),
  });
}
