import { describe, expect, it } from 'vitest';
import { defaultClusterToolkitSpec, defaultSpec } from '../../src/core/spec.ts';
import { validateSpec } from '../../src/core/specValidate.ts';

describe("the spec's clusters section (issue 12: the cluster toolkit)", () => {
  it('a spec without it (every older link and project file) reads the defaults', () => {
    const old: Record<string, unknown> = JSON.parse(JSON.stringify(defaultSpec()));
    delete old.clusters;
    const r = validateSpec(old);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.clusters).toEqual(defaultClusterToolkitSpec());
    // The published rules' thresholds and Flegg and Webber's delta.
    expect(defaultClusterToolkitSpec()).toEqual({
      strong: { lqPercentile: 0.75, sizePercentile: 0.25, lqMin: 1 },
      stars: { sizeTop: 0.1, lqMin: 2, focusTop: 0.1 },
      io: { method: 'flq', delta: 0.3, region: null },
      industry: null,
    });
  });

  it('keeps valid settings, fills missing parts with defaults', () => {
    const spec = {
      ...JSON.parse(JSON.stringify(defaultSpec())),
      clusters: {
        strong: { lqMin: 1.5 },
        io: { method: 'cilq', region: 'KZ-63' },
        industry: 'Софт',
      },
    };
    const r = validateSpec(spec);
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(r.value.clusters).toEqual({
        strong: { lqPercentile: 0.75, sizePercentile: 0.25, lqMin: 1.5 },
        stars: { sizeTop: 0.1, lqMin: 2, focusTop: 0.1 },
        io: { method: 'cilq', delta: 0.3, region: 'KZ-63' },
        industry: 'Софт',
      });
  });

  it('lists every bad setting with its field at once', () => {
    const bad = validateSpec({
      ...JSON.parse(JSON.stringify(defaultSpec())),
      clusters: {
        strong: { lqPercentile: 1.5, sizePercentile: 'a' },
        stars: { focusTop: -1, colour: 'red' },
        io: { method: 'glq', delta: 1 },
      },
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.issues.map((i) => i.where?.field).sort()).toEqual([
        'clusters.io.delta',
        'clusters.io.method',
        'clusters.stars.colour',
        'clusters.stars.focusTop',
        'clusters.strong.lqPercentile',
        'clusters.strong.sizePercentile',
      ]);
  });
});
