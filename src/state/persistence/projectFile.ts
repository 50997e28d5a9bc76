/**
 * The project file: everything needed to carry an analysis to another browser or colleague,
 * as one JSON document with a format id and a version: the spec, the view, the user's
 * datasets, boundary sets and saved analyses, and which of them are in use. Reading checks
 * every part (records.ts, checkState.ts) before anything changes, so a bad file leaves the
 * current work as it was.
 */
import { fail, ok, type Issue, type Result } from '../../core/issue.ts';
import type { AnalysisSpec } from '../../core/spec.ts';
import type { AppState, AppStore } from '../store.ts';
import {
  nextUserId,
  type SavedAnalysis,
  type UserBoundarySet,
  type UserDataset,
} from '../userData.ts';
import type { ViewState } from '../viewState.ts';
import { checkSpecAndView } from './checkState.ts';
import { isUserBoundarySet, isUserDataset, readRecord } from './records.ts';

export const PROJECT_FORMAT = 'kz-cluster-atlas-project';
export const PROJECT_VERSION = 1;

export interface ProjectData {
  datasets: UserDataset[];
  boundaries: UserBoundarySet[];
  analyses: SavedAnalysis[];
  activeDataset: string | null;
  activeBoundaries: string | null;
}

export interface ProjectFile {
  format: typeof PROJECT_FORMAT;
  version: number;
  savedAt: string;
  spec: AnalysisSpec;
  view: ViewState;
  data: ProjectData;
}

const isObj = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** The project file of the current state, as JSON text. */
export function exportProject(s: AppState, savedAt: string): string {
  const u = s.userData;
  const file: ProjectFile = {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    savedAt,
    spec: s.spec,
    view: { ...s.view, presentation: false },
    data: {
      datasets: u.datasets,
      boundaries: u.boundaries,
      analyses: u.analyses,
      activeDataset: u.activeDataset,
      activeBoundaries: u.activeBoundaries,
    },
  };
  return JSON.stringify(file, null, 1);
}

/** True when a parsed JSON value announces itself as a project file (checked later in full). */
export function looksLikeProject(x: unknown): boolean {
  return isObj(x) && x.format === PROJECT_FORMAT;
}

const bad = (message: string, where?: string): Issue => ({
  code: 'project-invalid',
  severity: 'error',
  message,
  where: where ? { field: where } : undefined,
});

/** A parsed project file, every part checked; or every problem found. */
export function readProject(x: unknown): Result<ProjectFile> {
  if (!isObj(x) || x.format !== PROJECT_FORMAT)
    return fail([bad('This is not a KZ Cluster Atlas project file.')]);
  if (typeof x.version !== 'number' || !Number.isInteger(x.version) || x.version < 1)
    return fail([bad('The project file has no valid version number.', 'version')]);
  if (x.version > PROJECT_VERSION)
    return fail([bad('The project file was written by a newer version of the app.', 'version')]);
  const issues: Issue[] = [];
  const sv = checkSpecAndView(
    x.spec,
    x.view,
    isObj(x.view) && typeof x.view.route === 'string' ? x.view.route : 'data',
  );
  if (!sv.ok) issues.push(...sv.issues);
  const d = isObj(x.data) ? x.data : {};
  const list = (k: string) => (Array.isArray(d[k]) ? (d[k] as unknown[]) : []);
  const datasets = list('datasets');
  const boundaries = list('boundaries');
  datasets.forEach((v, i) => {
    if (!isUserDataset(v))
      issues.push(bad(`Dataset ${i + 1} in the project file is damaged.`, `data.datasets.${i}`));
  });
  boundaries.forEach((v, i) => {
    if (!isUserBoundarySet(v))
      issues.push(
        bad(`Boundary set ${i + 1} in the project file is damaged.`, `data.boundaries.${i}`),
      );
  });
  const analyses: SavedAnalysis[] = [];
  list('analyses').forEach((v, i) => {
    const r = readRecord('analysis', `analysis ${i + 1}`, v);
    if (r.ok) analyses.push(r.value);
    else
      issues.push(
        bad(`Saved analysis ${i + 1} in the project file is damaged.`, `data.analyses.${i}`),
      );
  });
  if (issues.length || !sv.ok) return fail(issues);
  const id = (v: unknown) => (typeof v === 'string' ? v : null);
  return ok({
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    savedAt: typeof x.savedAt === 'string' ? x.savedAt : '',
    spec: sv.value.spec,
    view: sv.value.view,
    data: {
      datasets: datasets as UserDataset[],
      boundaries: boundaries as UserBoundarySet[],
      analyses,
      activeDataset: id(d.activeDataset),
      activeBoundaries: id(d.activeBoundaries),
    },
  });
}

/**
 * Applies a checked project: its spec and view replace the current ones (undo brings the old
 * spec back); its items join the user's, renamed where an id is already taken, so nothing the
 * user had is overwritten.
 */
export function applyProject(store: AppStore, p: ProjectFile): void {
  const s = store.getState();
  const u = s.userData;
  const rename = <T extends { id: string }>(mine: T[], theirs: T[], prefix: string) => {
    const out = [...mine];
    const ids = new Map<string, string>();
    for (const item of theirs) {
      const id = out.some((m) => m.id === item.id) ? nextUserId(prefix, out) : item.id;
      ids.set(item.id, id);
      out.push({ ...item, id });
    }
    return { list: out, ids };
  };
  const ds = rename(u.datasets, p.data.datasets, 'user');
  const bs = rename(u.boundaries, p.data.boundaries, 'bounds');
  const as = rename(u.analyses, p.data.analyses, 'analysis');
  s.hydrateUserData({
    datasets: ds.list,
    boundaries: bs.list,
    analyses: as.list,
    activeDataset: p.data.activeDataset ? (ds.ids.get(p.data.activeDataset) ?? null) : null,
    activeBoundaries: p.data.activeBoundaries
      ? (bs.ids.get(p.data.activeBoundaries) ?? null)
      : null,
  });
  s.setSpec(p.spec);
  s.setView({ ...p.view, route: s.view.route, presentation: false });
}
