/**
 * "Use" for a user table: the spec's data name it (file and SHA-256) and the index tree
 * becomes its columns, under the user's names, with the units and directions of the import
 * (state/study.ts, userRatingSpec), in one undo step. Stopping restores the bundled data and
 * the paper's indicators, keeping the method choices.
 */
import { defaultDataSpec, paperRatingSpec } from '../../core/index.ts';
import type { AppStore } from '../../state/store.ts';
import { userRatingSpec, userTableOf } from '../../state/study.ts';
import { bundledYear } from '../../state/dataYears.ts';

/** Makes dataset `id` active; false (and no change) when it maps no column to an indicator. */
export function activateDataset(store: AppStore, id: string): boolean {
  const s = store.getState();
  const d = s.userData.datasets.find((x) => x.id === id);
  if (!d) return false;
  const rating = userRatingSpec(d, s.spec.rating);
  if (rating.groups.length === 0) return false;
  s.setSpec({
    ...s.spec,
    data: { ...s.spec.data, table: userTableOf(d), year: d.year },
    rating,
  });
  store.getState().useDataset(id);
  store.getState().setYear(d.year);
  return true;
}

/** Back to the bundled data with the paper's indicators. */
export function deactivateDataset(store: AppStore): void {
  const s = store.getState();
  s.useDataset(null);
  if (s.spec.data.table.source === 'bundled') return;
  // Back to a year the bundled tables have (a panel's 2023 has none).
  const year = bundledYear(s.view.year);
  const { normalisation, aggregation, classes } = s.spec.rating;
  s.setSpec({
    ...s.spec,
    data: { ...defaultDataSpec(year), boundaries: s.spec.data.boundaries },
    rating: {
      ...paperRatingSpec(),
      normalisation:
        normalisation === 'distance-to-target' || normalisation === 'goalposts'
          ? 'ratio-to-max'
          : normalisation,
      aggregation,
      classes,
    },
  });
  if (year !== s.view.year) store.getState().setYear(year);
}
