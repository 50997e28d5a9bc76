/**
 * The project file: everything needed to carry an analysis to another browser, a colleague
 * or the CLI (`atlas rate --project FILE`), as one JSON document with a format id and a
 * version: the study (core/spec.ts, which names the data in use by file and SHA-256), the
 * user's datasets, boundary sets and saved analyses. Reading checks every part (records.ts,
 * checkState.ts) before anything changes, so a bad file leaves the current work as it was.
 *
 * Version 2 holds the study alone (its `map` and `view` sections replace version 1's `view`;
 * its `data` replaces `data.activeDataset`). Version 1 files are migrated on reading: the
 * user table they had in use becomes the study's data (core/specMigrate.ts).
 */
import { fail, ok, type Issue, type Result, type AnalysisSpec } from '../../core/index.ts';
import type { AppState, AppStore } from '../store.ts';
import {
  nextUserId,
  type SavedAnalysis,
  type UserBoundarySet,
  type UserDataset,
} from '../userData.ts';
import { applyStudy, boundaryHash, datasetHash, studyOf, userTableOf } from '../study.ts';
import { checkStudy } from './checkState.ts';
import { isUserBoundarySet, isUserDataset, readRecord } from './records.ts';

export const PROJECT_FORMAT = 'kz-cluster-atlas-project';
export const PROJECT_VERSION = 2;

export interface ProjectData {
  datasets: UserDataset[];
  boundaries: UserBoundarySet[];
  analyses: SavedAnalysis[];
}

export interface ProjectFile {
  format: typeof PROJECT_FORMAT;
  version: number;
  savedAt: string;
  /** The whole study (core/spec.ts). */
  spec: AnalysisSpec;
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
    spec: studyOf(s),
    data: {
      // Each table carries the hash the study names it by (tables stored by version 1 had none).
      datasets: u.datasets.map((d) => ({ ...d, sha256: datasetHash(d) })),
      boundaries: u.boundaries,
      analyses: u.analyses,
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
    return fail([
      {
        code: 'project-newer',
        severity: 'error',
        message: 'The project file was written by a newer version of the app.',
        where: { field: 'version' },
        params: { version: x.version, supported: PROJECT_VERSION },
      },
    ]);
  const issues: Issue[] = [];
  const d = isObj(x.data) ? x.data : {};
  const list = (k: string) => (Array.isArray(d[k]) ? (d[k] as unknown[]) : []);
  const datasets = list('datasets');
  const boundaries = list('boundaries');
  datasets.forEach((v, i) => {
    if (!isUserDataset(v))
      issues.push(bad(`Dataset ${i + 1} in the project file is damaged.`, `data.datasets.${i}`));
  });
  const okDatasets = datasets.filter(isUserDataset);
  // Version 1: the user table in use is named by a local id beside the spec and view.
  const v1Active =
    x.version === 1 && typeof d.activeDataset === 'string'
      ? okDatasets.find((u) => u.id === d.activeDataset)
      : undefined;
  const v1Bounds =
    x.version === 1 && typeof d.activeBoundaries === 'string'
      ? boundaries.filter(isUserBoundarySet).find((b) => b.id === d.activeBoundaries)
      : undefined;
  const sv = checkStudy(x.spec, {
    view: x.view,
    userTable: v1Active
      ? { table: userTableOf(v1Active), mapping: v1Active.mapping, year: v1Active.year }
      : undefined,
    boundaries: v1Bounds
      ? { fileName: v1Bounds.fileName, sha256: boundaryHash(v1Bounds) }
      : undefined,
    resolveTable: (id) => {
      const t = okDatasets.find((u) => u.id === id);
      return t ? { fileName: t.fileName, sha256: datasetHash(t) } : null;
    },
  });
  if (!sv.ok) issues.push(...sv.issues);
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
  return ok({
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    savedAt: typeof x.savedAt === 'string' ? x.savedAt : '',
    spec: sv.value,
    data: {
      datasets: (datasets as UserDataset[]).map((u) => ({ ...u, sha256: datasetHash(u) })),
      boundaries: boundaries as UserBoundarySet[],
      analyses,
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
  const b = p.spec.data.boundaries;
  const bounds = b.source === 'user' ? bs.list.find((x) => boundaryHash(x) === b.sha256) : null;
  s.hydrateUserData({
    datasets: ds.list,
    boundaries: bs.list,
    analyses: as.list,
    activeBoundaries: bounds ? bounds.id : null,
  });
  applyStudy(store, p.spec);
}
