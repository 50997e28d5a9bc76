/**
 * What the views call an indicator or a group of the index: the user's own label where the
 * spec carries one (their table's headers), otherwise the app's translated name of a bundled
 * indicator. Groups of a user's table without a label are called by number, never by the
 * paper's group names.
 */
import { isPaperData, treeIndicators, walkGroups, type AnalysisSpec } from '../../core/index.ts';
import type { T } from '../../i18n/useT.ts';

type Named = Pick<AnalysisSpec, 'rating' | 'data'>;

export function indicatorName(t: T, spec: Named, id: string): string {
  const i = treeIndicators(spec.rating).find((x) => x.id === id);
  if (i?.label) return i.label;
  return isPaperData(spec.data) ? t(`ind.${id}` as never) : id;
}

export function groupName(t: T, spec: Named, id: string, at?: number): string {
  const all = walkGroups(spec.rating);
  const k = all.findIndex((v) => v.group.id === id);
  const g = all[k]?.group;
  if (g?.label) return g.label;
  if (isPaperData(spec.data)) return t(`group.${id}` as never);
  return t('rating.groupN', { n: (at ?? k) + 1 });
}
