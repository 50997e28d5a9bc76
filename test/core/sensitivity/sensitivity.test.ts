import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rate } from '../../../src/core/composite/rate.ts';
import { sensitivity, type SensitivityUnit } from '../../../src/core/sensitivity/sensitivity.ts';
import { paperRatingSpec, type SensitivitySpec } from '../../../src/core/spec.ts';
import { mulberry32 } from '../../../src/core/stats/random.ts';
import { seed004Matrix } from '../composite/fixtures.ts';

const ref = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../../fixtures/sensitivity/reference.json', import.meta.url)),
    'utf8',
  ),
) as {
  mulberry32_seed1_first5: number[];
  cases: (SensitivitySpec & { units: SensitivityUnit[] })[];
};

const s = (over: Partial<SensitivitySpec> = {}): SensitivitySpec => ({
  runs: 300,
  mode: 'uniform',
  noise: 0.25,
  seed: 11,
  ...over,
});

describe('sensitivity() against the NumPy reimplementation (reference.py)', () => {
  it('the reference reimplements the same generator (mulberry32, seed 1)', () => {
    const rng = mulberry32(1);
    expect(ref.mulberry32_seed1_first5.map(() => rng())).toEqual(ref.mulberry32_seed1_first5);
  });
  for (const c of ref.cases) {
    it(`sensitivity() matches the reference in ${c.mode} mode (seed ${c.seed}, ${c.runs} runs)`, () => {
      const r = sensitivity(seed004Matrix(), paperRatingSpec(), c);
      expect(r.runs).toBe(c.runs);
      r.units.forEach((u, i) => {
        const e = c.units[i];
        expect(u.unit).toBe(e.unit);
        expect([u.nominal, u.median, u.p05]).toEqual([e.nominal, e.median, e.p05]);
        expect(u.p95).toBeCloseTo(e.p95, 9);
        for (const [label, share] of Object.entries(e.classes)) {
          expect(u.classes[label]).toBeCloseTo(share, 12);
        }
      });
    });
  }
});

describe('sensitivity() properties', () => {
  const m = seed004Matrix();
  it('zero noise gives the nominal rank and class with probability 1', () => {
    const r = sensitivity(m, paperRatingSpec(), s({ noise: 0 }));
    const nominal = rate(m, paperRatingSpec());
    r.units.forEach((u, i) => {
      expect(u.nominal).toBe(nominal.rank[i]);
      expect([u.median, u.p05, u.p95]).toEqual([u.nominal, u.nominal, u.nominal]);
      expect(u.classes[nominal.classes[i]]).toBe(1);
    });
  });
  it('the same seed repeats the result; another seed changes it', () => {
    const a = sensitivity(m, paperRatingSpec(), s());
    expect(sensitivity(m, paperRatingSpec(), s())).toEqual(a);
    expect(sensitivity(m, paperRatingSpec(), s({ seed: 12 })).units).not.toEqual(a.units);
  });
  it('a dominant region stays rank 1 under any weights', () => {
    const dom = {
      ...m,
      values: m.values.map((row, i) => (i === 0 ? row.map((v) => v! * 1000) : row)),
    };
    for (const mode of ['uniform', 'simplex'] as const) {
      const u = sensitivity(dom, paperRatingSpec(), s({ mode, noise: 1 })).units[0];
      expect([u.nominal, u.median, u.p05, u.p95]).toEqual([1, 1, 1, 1]);
    }
  });
  it('p05 <= median <= p95 and class shares sum to 1 for every unit', () => {
    const r = sensitivity(m, paperRatingSpec(), s({ mode: 'simplex', runs: 200 }));
    for (const u of r.units) {
      expect(u.p05).toBeLessThanOrEqual(u.median);
      expect(u.median).toBeLessThanOrEqual(u.p95);
      const total = Object.values(u.classes).reduce((a, b) => a + b, 0);
      expect(total).toBeCloseTo(1, 12);
    }
  });
  it('more noise widens the rank intervals', () => {
    const width = (noise: number) =>
      sensitivity(m, paperRatingSpec(), s({ noise, runs: 500 })).units.reduce(
        (a, u) => a + u.p95 - u.p05,
        0,
      );
    expect(width(0.5)).toBeGreaterThan(width(0.05));
  });
  it('invalid runs and noise are named errors, not NaN', () => {
    const r = sensitivity(m, paperRatingSpec(), s({ runs: 0, noise: 3 }));
    expect(r.issues.map((i) => i.code)).toEqual(['invalid-runs', 'invalid-noise']);
    expect(r.issues.map((i) => i.where?.field)).toEqual(['sensitivity.runs', 'sensitivity.noise']);
    expect(r.units.every((u) => Number.isFinite(u.median))).toBe(true);
  });
});

describe('sensitivity() off the 0-100 scale (issue 9 item 4)', () => {
  it('counts quintiles of each run rank, not the paper bands, and agrees with rate()', () => {
    const spec = { ...paperRatingSpec(), normalisation: 'z-score' as const };
    const nominal = rate(seed004Matrix(), spec);
    // Noise 0: every run repeats the nominal weights, so each unit stays in its own quintile.
    const still = sensitivity(seed004Matrix(), spec, s({ noise: 0, runs: 20 }));
    still.units.forEach((u) => {
      expect(Object.keys(u.classes)).toEqual(['Q1', 'Q2', 'Q3', 'Q4', 'Q5']);
      const own = nominal.classes[nominal.units.indexOf(u.unit)];
      expect(u.classes[own]).toBe(1);
    });
    const moved = sensitivity(seed004Matrix(), spec, s({ noise: 0.5, runs: 200 }));
    for (const u of moved.units) {
      const total = Object.values(u.classes).reduce((a, b) => a + b, 0);
      expect(total).toBeCloseTo(1, 12);
    }
  });
});
