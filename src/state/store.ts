/**
 * The one application store (zustand vanilla), composed from slices: the analysis spec with
 * undo/redo, the view state, and results/data. Vanilla so that it runs in tests and outside
 * React; state/react.tsx binds it to components.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AnalysisSpec } from '../core/index.ts';
import { createAnalysisResultsSlice, type AnalysisResultsSlice } from './analysisResults.ts';
import { createResultsSlice, type ResultsSlice } from './resultsSlice.ts';
import { createSpecSlice, type SpecSlice } from './specSlice.ts';
import { createUserDataSlice, type UserDataSlice } from './userData.ts';
import { createViewSlice, type ViewSlice } from './viewSlice.ts';
import type { ViewState } from './viewState.ts';

export type AppState = SpecSlice & ViewSlice & ResultsSlice & UserDataSlice & AnalysisResultsSlice;
export type AppStore = StoreApi<AppState>;

export interface StoreInit {
  spec?: AnalysisSpec;
  view?: ViewState;
}

export function createAppStore(init: StoreInit = {}): AppStore {
  return createStore<AppState>()((set) => ({
    ...createSpecSlice(set as never, init.spec),
    ...createViewSlice(set as never, init.view),
    ...createResultsSlice(set as never),
    ...createUserDataSlice(set as never),
    ...createAnalysisResultsSlice(set as never),
  }));
}
