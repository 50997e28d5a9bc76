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
});
