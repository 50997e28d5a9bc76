import { describe, expect, it } from 'vitest';
import {
  applyProject,
  exportProject,
  PROJECT_FORMAT,
  readProject,
} from '../../../src/state/persistence/projectFile.ts';
import { createAppStore } from '../../../src/state/store.ts';
import { activeUserDataset, studyOf } from '../../../src/state/study.ts';
import { activateDataset } from '../../../src/views/import/activate.ts';
import { readFileSync } from 'node:fs';
import { sampleAnalysis, sampleBoundaries, sampleDataset } from './sample.ts';

describe('project file', () => {
  it('exportProject() then readProject() and applyProject() restore data, spec and view', () => {
    const a = createAppStore();
    const s = a.getState();
    s.addUserDataset(sampleDataset('user-1', 'mine.csv'));
    s.addUserBoundaries(sampleBoundaries('bounds-1'));
    s.saveAnalysis(sampleAnalysis('analysis-1', 'Paper'));
    expect(activateDataset(a, 'user-1')).toBe(true);
    s.useBoundaries('bounds-1');
    s.setNormalisation('min-max');
    s.setYear(2010);
    s.setLanguage('kk');
    const text = exportProject(a.getState(), '2024-05-01T00:00:00.000Z');
    const parsed = JSON.parse(text);
    expect(parsed.format).toBe(PROJECT_FORMAT);
    expect(parsed.version).toBe(2);
    expect(parsed.spec.data.table.fileName).toBe('mine.csv');

    const read = readProject(parsed);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const b = createAppStore();
    applyProject(b, read.value);
    const u = b.getState().userData;
    expect(u.datasets.map((d) => d.fileName)).toEqual(['mine.csv']);
    expect(u.datasets[0].table.rows[0].cells.GRP.value).toBe(585965.4);
    expect(u.boundaries.map((x) => x.id)).toEqual(['bounds-1']);
    expect(u.analyses.map((x) => x.name)).toEqual(['Paper']);
    expect(u.activeDataset).toBe('user-1');
    expect(b.getState().spec.rating.normalisation).toBe('min-max');
    expect(studyOf(b.getState())).toEqual(studyOf(a.getState()));
    expect(b.getState().view.year).toBe(2010);
    expect(b.getState().view.language).toBe('kk');
  });

  it('applyProject() renames items whose id is taken instead of overwriting them', () => {
    const a = createAppStore();
    a.getState().addUserDataset(sampleDataset('user-1', 'theirs.csv'));
    const read = readProject(JSON.parse(exportProject(a.getState(), '')));
    const b = createAppStore();
    b.getState().addUserDataset(sampleDataset('user-1', 'mine.csv'));
    if (read.ok) applyProject(b, read.value);
    const got = b.getState().userData.datasets.map((d) => [d.id, d.fileName]);
    expect(got[0]).toEqual(['user-1', 'mine.csv']);
    expect(got[1][1]).toBe('theirs.csv');
    expect(got[1][0]).toMatch(/^user-[0-9a-f]{8}$/);
    expect(got).toHaveLength(2);
  });

  it('readProject() refuses foreign JSON, a newer version, a bad spec and a damaged dataset', () => {
    expect(readProject({ type: 'FeatureCollection' }).ok).toBe(false);
    const a = createAppStore();
    a.getState().addUserDataset(sampleDataset('user-1'));
    const good = JSON.parse(exportProject(a.getState(), ''));
    const newer = readProject({ ...good, version: 3 });
    expect(newer.ok).toBe(false);
    if (!newer.ok) expect(newer.issues.map((i) => i.code)).toEqual(['project-newer']);
    expect(readProject({ ...good, spec: { ...good.spec, rating: 'x' } }).ok).toBe(false);
    const damaged = structuredClone(good);
    damaged.data.datasets[0].table.rows[0].cells.GRP.value = 'NaN';
    const r = readProject(damaged);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0].message).toContain('Dataset 1');
  });

  it('version-1 project files of the corpus open; the user table in use becomes the data', () => {
    const v1 = JSON.parse(readFileSync('test/fixtures/spec-v1/project-user-table.json', 'utf8'));
    const r = readProject(v1);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const b = createAppStore();
    applyProject(b, r.value);
    const s = b.getState();
    expect(activeUserDataset(s)?.fileName).toBe('kireeva-2010-table2-cp1251.csv');
    expect(s.view.year).toBe(2010);
    const inds = s.spec.rating.groups.flatMap((g) => g.indicators);
    expect(inds.at(-1)).toMatchObject({
      id: 'Выбросы загрязняющих атмосферу веществ (тыс. тонн)',
      direction: 'lower',
    });
    const plain = readProject(
      JSON.parse(readFileSync('test/fixtures/spec-v1/project-bundled.json', 'utf8')),
    );
    expect(plain.ok && plain.value.spec.rating.normalisation).toBe('rank');
  });
});
