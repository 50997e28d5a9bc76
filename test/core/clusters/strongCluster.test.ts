import { describe, expect, it } from 'vitest';
import {
  clusterStars,
  clusterStrength,
  prepareEmployment,
  strongClusters,
} from '../../../src/core/index.ts';
import { loadMatrix, reference } from '../../fixtures/clusters/load.ts';

const p = prepareEmployment(loadMatrix('employment-start.csv'));

describe('strongClusters() — U.S. Cluster Mapping rule', () => {
  it('matches the NumPy thresholds (type 7 quantiles) and flags', () => {
    const s = strongClusters(p);
    s.lqThreshold.forEach((t, i) => expect(t).toBeCloseTo(reference.strong.lq_threshold[i], 12));
    s.sizeThreshold.forEach((t, i) => expect(t).toBeCloseTo(reference.strong.size_threshold[i], 9));
    expect(s.strong).toEqual(reference.strong.strong);
    expect(s.strong.flat().filter(Boolean).length).toBeGreaterThan(0);
  });

  it('a stricter LQ percentile never adds strong clusters', () => {
    const loose = strongClusters(p).strong.flat().filter(Boolean).length;
    const strict = strongClusters(p, { lqPercentile: 0.9 }).strong.flat().filter(Boolean).length;
    expect(strict).toBeLessThan(loose);
  });

  it('lqMin is applied: with lqMin 100 nothing is strong', () => {
    expect(strongClusters(p, { lqMin: 100 }).strong.flat().some(Boolean)).toBe(false);
  });

  it('a region with no employment gets null, not false', () => {
    const m = loadMatrix('employment-start.csv');
    m.values[0] = m.values[0].map(() => 0);
    const s = strongClusters(prepareEmployment(m));
    expect(s.strong[0].every((v) => v === null)).toBe(true);
    expect(s.strong[1].every((v) => v !== null)).toBe(true);
  });
});

describe('clusterStars() — European Cluster Observatory', () => {
  it('matches NumPy: size, specialisation and focus stars and their thresholds', () => {
    const s = clusterStars(p);
    s.sizeThreshold.forEach((t, i) => expect(t).toBeCloseTo(reference.stars.size_threshold[i], 9));
    expect(s.focusThreshold).toBeCloseTo(reference.stars.focus_threshold, 12);
    expect(s.size).toEqual(reference.stars.size);
    expect(s.specialisation).toEqual(reference.stars.specialisation);
    expect(s.focus).toEqual(reference.stars.focus);
    expect(s.stars).toEqual(reference.stars.stars);
    expect(s.stars.flat()).toContain(3);
  });

  it('clusterStrength() bundles both with the options used', () => {
    const c = clusterStrength(loadMatrix('employment-start.csv'), { stars: { lqMin: 1.5 } });
    expect(c.stars.options).toEqual({ sizeTop: 0.1, lqMin: 1.5, focusTop: 0.1 });
    expect(c.strong.options.lqPercentile).toBe(0.75);
    expect(c.regions).toEqual(reference.regions);
  });
});
