/** Actions on the view state (state/viewState.ts). */
import type { Issue, AnalysisSpec } from '../core/index.ts';
import type { Lang } from '../data/types.ts';
import {
  defaultView,
  MAX_SELECTED,
  type AnalysisSource,
  type Classification,
  type Overlays,
  type PaletteId,
  type CategoricalPaletteId,
  type ViewState,
  type Year,
} from './viewState.ts';

export interface ViewSlice {
  view: ViewState;
  /** Messages for the user that are not results, e.g. a link that could not be read. */
  notices: Issue[];
  setNotices: (notices: Issue[]) => void;
  setView: (view: ViewState) => void;
  setRoute: (route: string) => void;
  setLanguage: (lang: Lang) => void;
  /** Add a region to the selection or remove it; the oldest drops out beyond MAX_SELECTED. */
  toggleRegion: (code: string) => void;
  selectOnly: (code: string) => void;
  clearSelection: () => void;
  setMapLayer: (layer: string) => void;
  setClassification: (c: Partial<Classification>) => void;
  setPalette: (p: PaletteId | null) => void;
  setCategorical: (p: CategoricalPaletteId) => void;
  setYear: (y: Year) => void;
  setOverlay: (key: keyof Overlays, on: boolean) => void;
  setPresentation: (on: boolean) => void;
  /** #/clustering: cluster the regions or the industries (and no imported table). */
  setClusterSource: (source: AnalysisSource) => void;
  /** #/clustering: cluster an imported table (its id), or null for the bundled source. */
  setClusterTable: (id: string | null) => void;
  setFactorSource: (source: AnalysisSource) => void;
  setSpecialisationTable: (id: string | null) => void;
}

type Set = (f: (s: ViewSlice) => Partial<ViewSlice>) => void;

export function createViewSlice(set: Set, initial: ViewState = defaultView()): ViewSlice {
  const patch = (p: Partial<ViewState>) => set((s) => ({ view: { ...s.view, ...p } }));
  return {
    view: initial,
    notices: [],
    setNotices: (notices) => set(() => ({ notices })),
    setView: (view) => set(() => ({ view })),
    setRoute: (route) => set((s) => (s.view.route === route ? {} : { view: { ...s.view, route } })),
    setLanguage: (language) => patch({ language }),
    toggleRegion: (code) =>
      set((s) => {
        const sel = s.view.selected;
        const selected = sel.includes(code)
          ? sel.filter((c) => c !== code)
          : [...sel, code].slice(-MAX_SELECTED);
        return { view: { ...s.view, selected } };
      }),
    selectOnly: (code) => patch({ selected: [code] }),
    clearSelection: () => patch({ selected: [] }),
    setMapLayer: (mapLayer) => patch({ mapLayer }),
    setClassification: (c) =>
      set((s) => ({ view: { ...s.view, classification: { ...s.view.classification, ...c } } })),
    setPalette: (palette) => patch({ palette }),
    setCategorical: (categorical) => patch({ categorical }),
    // The year is the spec's too (data.year): both change in one update.
    setYear: (year) =>
      set((s) => {
        const spec = (s as unknown as { spec?: AnalysisSpec }).spec;
        if (!spec || spec.data.year === year) return { view: { ...s.view, year } };
        return {
          view: { ...s.view, year },
          spec: { ...spec, data: { ...spec.data, year } },
        } as Partial<ViewSlice>;
      }),
    setOverlay: (key, on) =>
      set((s) => ({ view: { ...s.view, overlays: { ...s.view.overlays, [key]: on } } })),
    setPresentation: (presentation) => patch({ presentation }),
    setClusterSource: (clusterSource) => patch({ clusterSource, clusterTable: null }),
    setClusterTable: (clusterTable) => patch({ clusterTable }),
    setFactorSource: (factorSource) => patch({ factorSource }),
    setSpecialisationTable: (specialisationTable) => patch({ specialisationTable }),
  };
}
