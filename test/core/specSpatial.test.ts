import { describe, expect, it } from 'vitest';
import { defaultSpatialSpec, defaultSpec } from '../../src/core/spec.ts';
import { validateSpec } from '../../src/core/specValidate.ts';

describe("the spec's spatial section", () => {
  it('a spec without it (every older link) reads the defaults', () => {
    const old: Record<string, unknown> = JSON.parse(JSON.stringify(defaultSpec()));
    delete old.spatial;
    const r = validateSpec(old);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.spatial).toEqual(defaultSpatialSpec());
  });

  it('keeps valid settings and lists every bad one with its field', () => {
    const spec = {
      ...defaultSpec(),
      spatial: { ...defaultSpatialSpec(), weights: 'knn:6', method: 'skater', k: 5 },
    };
    const good = validateSpec(JSON.parse(JSON.stringify(spec)));
    expect(good.ok && good.value.spatial).toMatchObject({
      weights: 'knn:6',
      method: 'skater',
      k: 5,
    });
    const bad = validateSpec({
      ...JSON.parse(JSON.stringify(defaultSpec())),
      spatial: { weights: 'hex', style: 'X', permutations: 3 },
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.issues.map((i) => i.where?.field).sort()).toEqual([
        'spatial.permutations',
        'spatial.style',
        'spatial.weights',
      ]);
  });

  it('a section written before second, layer and weightsFile existed reads their defaults', () => {
    const old = JSON.parse(JSON.stringify(defaultSpec()));
    old.spatial = { weights: 'rook', method: 'skater', k: 3 };
    const r = validateSpec(old);
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(r.value.spatial).toEqual({
        ...defaultSpatialSpec(),
        weights: 'rook',
        method: 'skater',
        k: 3,
        second: null,
        layer: 'lag',
        weightsFile: null,
      });
  });

  it('keeps the bivariate variable, the value map and an imported weights file; refuses bad ones', () => {
    const spec = JSON.parse(JSON.stringify(defaultSpec()));
    spec.spatial = {
      ...defaultSpatialSpec(),
      second: 'ind:S_A',
      layer: 'gistar',
      weightsFile: { name: 'grid.gal', format: 'gal' },
    };
    const good = validateSpec(spec);
    expect(good.ok && good.value.spatial).toMatchObject({
      second: 'ind:S_A',
      layer: 'gistar',
      weightsFile: { name: 'grid.gal', format: 'gal' },
    });
    spec.spatial = { layer: 'hot', weightsFile: { name: 'x.txt', format: 'csv' } };
    const bad = validateSpec(spec);
    expect(!bad.ok && bad.issues.map((i) => i.where?.field).sort()).toEqual([
      'spatial.layer',
      'spatial.weightsFile.format',
    ]);
  });

  it("max-p's floor: a column and a positive least total, kept; a bad one named by field", () => {
    const spec = {
      ...defaultSpec(),
      spatial: { ...defaultSpatialSpec(), method: 'maxp', floor: { variable: 'pop', min: 5e5 } },
    };
    const good = validateSpec(JSON.parse(JSON.stringify(spec)));
    expect(good.ok && good.value.spatial.floor).toEqual({ variable: 'pop', min: 5e5 });
    const bad = validateSpec({
      ...JSON.parse(JSON.stringify(defaultSpec())),
      spatial: { floor: { variable: 'pop', min: 0, extra: 1 } },
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.issues.map((i) => i.where?.field).sort()).toEqual([
        'spatial.floor.extra',
        'spatial.floor.min',
      ]);
  });
});
