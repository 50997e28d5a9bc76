/**
 * Which table the view on screen analyses, when it is not the study's own (the line above
 * every view, views/layout/StudyData.tsx). #/clustering and #/specialisation can run on an
 * imported table picked in the view, and #/clustering and #/factors on seed 002's industries;
 * the line then names that table, so the user's file never appears under a paper's citation
 * and a paper's table never under the user's file.
 */
import type { UserDataset } from './userData.ts';
import type { AppState } from './store.ts';
import { INDUSTRIES_DATASET, userTable } from './analysisCompute.ts';

/**
 * The imported table picked in the view on screen (#/clustering, #/specialisation), or null.
 * The store's own object, so a React selector of it is stable between renders.
 */
export function viewUserTable(s: AppState): UserDataset | null {
  const { route } = s.view;
  if (route === 'clustering') return userTable(s, s.view.clusterTable);
  if (route === 'specialisation') return userTable(s, s.view.specialisationTable);
  return null;
}

/**
 * The bundled table the view on screen analyses in place of the study's regions' table (seed
 * 002's industries on #/clustering and #/factors), by dataset id, or null.
 */
export function viewBundledTable(s: AppState): string | null {
  const { route } = s.view;
  if (route === 'clustering' && !viewUserTable(s) && s.view.clusterSource === 'industries')
    return INDUSTRIES_DATASET;
  if (route === 'factors' && s.view.factorSource === 'industries') return INDUSTRIES_DATASET;
  return null;
}
