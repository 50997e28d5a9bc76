/**
 * The metadata every analysis export carries (title, the spec it came from, dataset and
 * variables, the interface language, when it was made), built lazily so the spec read is
 * the one current at the moment of the click, not at render.
 */
import type { ExportMeta } from './export.ts';
import type { ExportSource } from './exportSource.ts';

/**
 * A thunk giving `{ title, source, spec: spec(), extra: { ...extra, language }, created: now }`
 * (source: the data shown when not the spec's table, exportSource.ts);
 * the extra keys keep their order and `language` always comes last (see export.ts metaLines).
 */
export function exportMeta(
  title: string,
  spec: () => ExportMeta['spec'],
  t: { lang: string },
  extra: Record<string, string> = {},
  source?: ExportSource,
): () => ExportMeta {
  return () => ({
    title,
    source,
    spec: spec(),
    extra: { ...extra, language: t.lang },
    created: new Date().toISOString(),
  });
}
