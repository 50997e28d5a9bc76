import { describe, expect, it } from 'vitest';
import { defaultClusterToolkitSpec, defaultSpec } from '../../src/core/spec.ts';
import { validateSpec } from '../../src/core/specValidate.ts';
import { decodeHash, encodeHash } from '../../src/state/url.ts';

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
      discriminant: {
        region: null,
        variables: ['lq', 'focus', 'density'],
        k: 3,
        groups: null,
      },
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
        discriminant: defaultClusterToolkitSpec().discriminant,
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

describe("the user's groups of industries (clusters.discriminant, issue 12 item 5)", () => {
  const groups = [
    { name: 'Неосновные', industries: ['Агро', 'Руда'] },
    { name: 'Средние', industries: ['Плавка', 'Станки'] },
    { name: 'Драйверы «ядро»', industries: ['Софт', 'Логистика'] },
  ];

  it('a document of the first toolkit version (clusters without discriminant) reads the default', () => {
    const old = JSON.parse(JSON.stringify(defaultSpec()));
    delete old.clusters.discriminant;
    old.clusters.industry = 'Софт';
    const r = validateSpec(old);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.clusters.discriminant).toEqual(defaultClusterToolkitSpec().discriminant);
      expect(r.value.clusters.industry).toBe('Софт');
    }
  });

  it('a link carries the grouping, the region, the measures and k exactly', () => {
    const spec = defaultSpec();
    spec.clusters.discriminant = {
      region: 'KZ-63',
      variables: ['lq', 'hoover'],
      k: 4,
      groups,
    };
    const back = decodeHash(encodeHash('specialisation', spec), ['specialisation', 'map']);
    expect(back.issues).toEqual([]);
    expect(back.spec.clusters.discriminant).toEqual(spec.clusters.discriminant);
    expect(back.spec).toEqual({ ...spec, view: { ...spec.view, route: 'specialisation' } });
  });

  it('lists every bad part of a grouping with its field', () => {
    const spec = JSON.parse(JSON.stringify(defaultSpec()));
    spec.clusters.discriminant = {
      variables: ['lq', 'share'],
      k: 1,
      groups: [{ name: '', industries: ['Агро', 7] }, 'x'],
    };
    const r = validateSpec(spec);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues.map((i) => i.where?.field).sort()).toEqual([
        'clusters.discriminant.groups[0].industries[1]',
        'clusters.discriminant.groups[0].name',
        'clusters.discriminant.groups[1]',
        'clusters.discriminant.k',
        'clusters.discriminant.variables[1]',
      ]);
  });
});
