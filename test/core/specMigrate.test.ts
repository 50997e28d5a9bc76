/**
 * Version 1 -> 2 (src/core/specMigrate.ts) on the corpus of links and project files written
 * by the version-1 code (test/fixtures/spec-v1/README.md): every one opens, and what moved
 * where is checked field by field.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultSpec, type AnalysisSpec, type UserTable } from '../../src/core/spec.ts';
import { parseSpecJson, readSpec } from '../../src/core/specMigrate.ts';

const dir = 'test/fixtures/spec-v1';
const links = JSON.parse(readFileSync(`${dir}/links.json`, 'utf8')) as {
  name: string;
  hash: string;
}[];

/** The payload of a version-1 link, decoded as version 1 encoded it (base64url of JSON). */
function payload(hash: string): { spec: unknown; view: Record<string, unknown> } {
  const s = new URLSearchParams(hash.split('?')[1]).get('s')!;
  return JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
}
const read = (name: string): AnalysisSpec => {
  const l = links.find((x) => x.name === name)!;
  const p = payload(l.hash);
  const route = l.hash.slice(2).split('?')[0];
  const r = readSpec(p.spec, { view: { ...p.view, route } });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};

describe('readSpec() of version-1 links', () => {
  it('opens every link of the corpus that carries state, without an error', () => {
    const withState = links.filter((l) => l.hash.includes('?s='));
    expect(withState.length).toBe(7);
    for (const l of withState) {
      const p = payload(l.hash);
      const r = readSpec(p.spec, { view: p.view });
      expect(r.ok, l.name).toBe(true);
    }
  });

  it('the default link becomes the default version-2 spec', () => {
    expect(read('default map')).toEqual(defaultSpec());
  });

  it('keeps weights, directions, methods, and moves year, language and selection into the spec', () => {
    const s = read('rating custom weights 2010');
    expect(s.version).toBe(2);
    expect(s.data).toEqual({
      table: { source: 'bundled', dataset: 'innovation' },
      year: 2010,
      boundaries: { source: 'bundled' },
    });
    expect(s.rating.groups[0].weight).toBe(2);
    expect(s.rating.groups[1].indicators[1].weight).toBe(3);
    expect(s.rating.groups[0].indicators[2].direction).toBe('lower');
    expect([s.rating.normalisation, s.rating.aggregation]).toEqual(['min-max', 'geometric']);
    expect(s.view).toEqual({ route: 'rating', language: 'en', selected: ['KZ-AKM', 'KZ-ALA'] });
  });

  it('keeps targets and the sensitivity settings', () => {
    const s = read('distance to target, simplex sensitivity');
    expect(s.rating.groups[1].indicators.map((i) => i.target)).toEqual([10, 20, 30]);
    expect(s.sensitivity).toEqual({ runs: 500, mode: 'simplex', noise: 0.1, seed: 7 });
    expect(s.view.language).toBe('kk');
  });

  it('moves the map settings into `map`', () => {
    const s = read('map custom breaks, one indicator out');
    expect(s.map).toEqual({
      layer: 'ind:S_D',
      classification: { method: 'custom', k: 4, breaks: [20, 40, 60] },
      palette: 'cividis',
      // Version 1 had no choice of group colours: the default (issue 15).
      categorical: 'okabe-ito',
      overlays: { sites: true, groups: true, labels: false, basemap: false },
    });
    expect(s.rating.groups[1].indicators.map((i) => i.id)).toEqual(['S_A', 'S_B']);
  });

  it('moves what #/clustering and #/factors analyse into their sections', () => {
    const s = read('clustering and factors of the industries');
    expect(s.clustering).toEqual({
      variables: ['S_D', 'S_F', 'S_A'],
      standardise: 'none',
      linkage: 'average',
      k: 3,
      source: 'industries',
      table: null,
    });
    expect(s.factors.source).toBe('industries');
    expect(s.factors.nfactors).toBe(2);
  });

  it('names local tables by file and hash where known, and says so where not', () => {
    const l = links.find((x) => x.name === 'imported tables named')!;
    const p = payload(l.hash);
    const ref = { fileName: 'emp.csv', sha256: 'a'.repeat(64) };
    const known = readSpec(p.spec, {
      view: p.view,
      resolveTable: (id) => (id === 'user-1' ? ref : null),
    });
    expect(known.ok && known.value.clustering.table).toEqual(ref);
    expect(known.ok && known.value.specialisation.table).toBe(null);
    expect(known.ok && known.warnings.map((w) => [w.code, w.where?.field])).toEqual([
      ['missing-local-table', 'specialisation.table'],
    ]);
  });

  it('a bad view field of an old link becomes a warning and its section the default', () => {
    const p = payload(links[0].hash);
    const r = readSpec(p.spec, { view: { ...p.view, palette: 'rainbow' } });
    expect(r.ok).toBe(true);
    expect(r.ok && r.value.map).toEqual(defaultSpec().map);
    expect(r.ok && r.warnings.map((w) => w.where?.field)).toEqual(['map.palette']);
  });

  it('refuses a spec from a newer version, naming the version', () => {
    const r = readSpec({ ...defaultSpec(), version: 3 });
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['newer-version']);
  });
});

describe('readSpec() of version-1 project files', () => {
  it('a bundled project keeps its rank normalisation', () => {
    const p = JSON.parse(readFileSync(`${dir}/project-bundled.json`, 'utf8'));
    const r = readSpec(p.spec, { view: p.view });
    expect(r.ok && r.value.rating.normalisation).toBe('rank');
  });

  it('a project with a user table in use: the user columns, their units and import directions', () => {
    const p = JSON.parse(readFileSync(`${dir}/project-user-table.json`, 'utf8'));
    const d = p.data.datasets[0];
    const table: UserTable = {
      source: 'user',
      fileName: d.fileName,
      sha256: 'b'.repeat(64),
      rows: d.table.rows.length,
      importedAt: d.importedAt,
      columns: d.table.columns.map(
        (c: { id: string; unit: { ru: string }; direction: 'higher' | 'lower' }) => ({
          id: c.id,
          unit: c.unit.ru,
          direction: c.direction,
        }),
      ),
    };
    const r = readSpec(p.spec, {
      view: p.view,
      userTable: { table, mapping: d.mapping, year: d.year },
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const s = r.value;
    expect(s.data.table).toEqual(table);
    expect(s.data.year).toBe(2010);
    const inds = s.rating.groups.flatMap((g) => g.indicators);
    expect(inds.map((i) => [i.id, i.direction])).toEqual([
      ['Валовой региональный продукт (млн тенге)', 'higher'],
      ['Занятое население (человек)', 'higher'],
      ['Основные средства (млн тенге)', 'higher'],
      // Version 1 wrote `higher` here; the import had said `lower` (issue 8's bug).
      ['Выбросы загрязняющих атмосферу веществ (тыс. тонн)', 'lower'],
    ]);
    expect(inds.map((i) => i.label)).toEqual(inds.map((i) => i.id));
    expect(inds[0].unit).toBe('млн тенге');
    expect(s.rating.groups.map((g) => g.weight)).toEqual([1, 2]);
  });
});

describe('parseSpecJson()', () => {
  it('reads a version-1 spec text and a version-2 one alike', () => {
    const p = payload(links[1].hash);
    const r = parseSpecJson(JSON.stringify(p.spec));
    expect(r.ok && r.value.rating.groups[0].weight).toBe(2);
    expect(parseSpecJson(JSON.stringify(defaultSpec()))).toMatchObject({ ok: true });
  });
});
