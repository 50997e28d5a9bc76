/**
 * "Use" for a user table: it becomes the rating's and the map's data for its year, and the
 * rating spec keeps exactly the indicators the table has a column for (the others would have
 * no data). Stopping restores the bundled data and the paper's indicators.
 */
import type { AppStore } from '../../state/store.ts';
import { RATING_INDICATORS } from './toUserDataset.ts';

/** Makes dataset `id` active; false (and no change) when it maps no column to an indicator. */
export function activateDataset(store: AppStore, id: string): boolean {
  const s = store.getState();
  const d = s.userData.datasets.find((x) => x.id === id);
  if (!d) return false;
  const mapped = RATING_INDICATORS.filter((i) => d.mapping[i]);
  if (mapped.length === 0) return false;
  for (const i of RATING_INDICATORS) store.getState().setIncluded(i, mapped.includes(i));
  store.getState().useDataset(id);
  store.getState().setYear(d.year);
  return true;
}

/** Back to the bundled data with the paper's indicators. */
export function deactivateDataset(store: AppStore): void {
  const s = store.getState();
  s.useDataset(null);
  const included = new Set(s.spec.rating.groups.flatMap((g) => g.indicators.map((i) => i.id)));
  if (RATING_INDICATORS.some((i) => !included.has(i)))
    for (const i of RATING_INDICATORS) store.getState().setIncluded(i, true);
}
