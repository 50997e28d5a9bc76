import { describe, expect, it } from 'vitest';
import { validateRatingSpec, validateSpec } from '../../src/core/specValidate.ts';
import { parseSpecJson } from '../../src/core/specMigrate.ts';
import { defaultSpec } from '../../src/core/spec.ts';

const fields = (r: ReturnType<typeof validateSpec>) =>
  (r.ok ? r.warnings : r.issues).map((i) => i.where?.field);

describe('validateSpec()', () => {
  it('validateSpec() accepts the default spec and returns an equal copy', () => {
    const r = validateSpec(defaultSpec());
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value).toEqual(defaultSpec());
      expect(r.warnings).toEqual([]);
    }
  });

  it('validateSpec() reads a map section without `categorical` (links before issue 15) as okabe-ito, and refuses an unknown palette', () => {
    const old = JSON.parse(JSON.stringify(defaultSpec()));
    delete old.map.categorical;
    const r = validateSpec(old);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.map.categorical).toBe('okabe-ito');
    const kelly = { ...defaultSpec(), map: { ...defaultSpec().map, categorical: 'kelly' } };
    const k = validateSpec(kelly);
    expect(k.ok && k.value.map.categorical).toBe('kelly');
    const bad = { ...defaultSpec(), map: { ...defaultSpec().map, categorical: 'rainbow' } };
    const b = validateSpec(bad);
    expect(b.ok).toBe(false);
    if (!b.ok) expect(b.issues.map((i) => i.where?.field)).toContain('map.categorical');
  });

  it('validateSpec() lists every problem with its field path, not just the first', () => {
    const s = defaultSpec() as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    s.rating.groups[1].indicators[0].weight = -1;
    s.rating.groups[0].indicators[2].direction = 'up';
    s.rating.groups[1].indicators[2].id = 'S_D';
    s.rating.normalisation = 'log';
    s.sensitivity.runs = 2.5;
    s.sensitivity.noise = 2;
    s.clustering.k = 0;
    s.factors.rotation = 'promax';
    s.version = 3;
    const r = validateSpec(s);
    expect(r.ok).toBe(false);
    expect(fields(r).sort()).toEqual(
      [
        'version',
        'rating.normalisation',
        'rating.groups[0].indicators[2].direction',
        'rating.groups[1].indicators[0].weight',
        'rating.groups[1].indicators[2].id',
        'sensitivity.runs',
        'sensitivity.noise',
        'clustering.k',
        'factors.rotation',
      ].sort(),
    );
    if (!r.ok) {
      expect(r.issues.map((i) => i.message)).toContain(
        'rating.groups[1].indicators[0].weight: must be a number from 0 to 1000000',
      );
      expect(r.issues.every((i) => i.severity === 'error')).toBe(true);
    }
  });

  it('validateSpec() keeps the sensitivity over every choice and names a bad pick, run count or seed', () => {
    const good = {
      ...defaultSpec(),
      sensitivity: {
        ...defaultSpec().sensitivity,
        choices: { vary: ['exclude', 'weights', 'weights'], runs: 500, seed: 9 },
      },
    };
    const g = validateSpec(good);
    expect(g.ok && g.value.sensitivity.choices).toEqual({
      vary: ['weights', 'exclude'],
      runs: 500,
      seed: 9,
    });
    const bad = {
      ...defaultSpec(),
      sensitivity: {
        ...defaultSpec().sensitivity,
        choices: { vary: ['weights', 'colour'], runs: 5, seed: -1, extra: 1 },
      },
    };
    const b = validateSpec(bad);
    expect(b.ok).toBe(false);
    expect(fields(b)).toEqual(
      expect.arrayContaining([
        'sensitivity.choices.vary[1]',
        'sensitivity.choices.runs',
        'sensitivity.choices.seed',
      ]),
    );
  });

  it('validateSpec() rejects all-zero weights at either level', () => {
    const s = defaultSpec();
    s.rating.groups.forEach((g) => (g.weight = 0));
    s.rating.groups[0].indicators.forEach((i) => (i.weight = 0));
    const r = validateSpec(s);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => [i.code, i.where?.field])).toEqual([
        ['zero-weights', 'rating.groups[0].indicators'],
        ['zero-weights', 'rating.groups'],
      ]);
    }
  });

  it('validateSpec() needs a positive target for every indicator under distance-to-target', () => {
    const s = defaultSpec();
    s.rating.normalisation = 'distance-to-target';
    s.rating.groups.forEach((g) => g.indicators.forEach((i) => (i.target = 10)));
    delete s.rating.groups[1].indicators[1].target;
    s.rating.groups[0].indicators[0].target = 0;
    expect(fields(validateSpec(s))).toEqual([
      'rating.groups[0].indicators[0].target',
      'rating.groups[1].indicators[1].target',
    ]);
  });

  it('validateSpec() keeps goalposts and a range, half-typed goalposts too, and names reversed ones', () => {
    const s = defaultSpec();
    s.rating.normalisation = 'goalposts';
    s.rating.range = [1, 100];
    s.rating.groups[0].indicators[0].goalposts = { low: 0, high: 50 };
    s.rating.groups[0].indicators[1].goalposts = { low: 3 };
    const r = validateSpec(s);
    expect(r.ok && r.value.rating).toEqual(s.rating);
    s.rating.groups[1].indicators[0].goalposts = { low: 9, high: 9 };
    s.rating.range = [10, 0];
    expect(fields(validateSpec(s))).toEqual([
      'rating.groups[1].indicators[0].goalposts',
      'rating.range',
    ]);
  });

  it('validateSpec() rejects geometric aggregation of z-scores', () => {
    const s = defaultSpec();
    s.rating.normalisation = 'z-score';
    s.rating.aggregation = 'geometric';
    const r = validateSpec(s);
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['incompatible-methods']);
  });

  it('validateSpec() flags duplicate class labels and bounds, and empty groups', () => {
    const s = defaultSpec();
    s.rating.classes.push({ label: 'A', min: 70 });
    s.rating.groups[0].indicators = [];
    const r = validateSpec(s);
    expect(fields(r)).toEqual([
      'rating.groups[0].indicators',
      'rating.classes[10].label',
      'rating.classes[10].min',
    ]);
    // The empty group alone is a warning: the index editor adds groups empty (issue 9).
    expect(r.ok ? [] : r.issues.map((i) => i.severity)).toEqual(['warning', 'error', 'error']);
    s.rating.classes.pop();
    const only = validateSpec(s);
    expect(only.ok && only.warnings.map((w) => w.code)).toEqual(['empty-list']);
  });

  it('validateSpec() warns about unknown fields but keeps the spec', () => {
    const s = { ...defaultSpec(), colour: 'red' };
    const r = validateSpec(s);
    expect(r.ok).toBe(true);
    expect(r.ok && r.warnings.map((w) => [w.code, w.where?.field])).toEqual([
      ['unknown-field', 'colour'],
    ]);
    expect(r.ok && 'colour' in r.value).toBe(false);
  });

  it('validateSpec() names missing sections and non-objects', () => {
    expect(fields(validateSpec(42))).toEqual(['spec']);
    // data and rating are required; the other sections default when absent.
    expect(fields(validateSpec({ version: 2 }))).toEqual(['data', 'rating']);
    const r = validateSpec({ version: 2, data: defaultSpec().data, rating: defaultSpec().rating });
    expect(r.ok && r.value).toEqual(defaultSpec());
  });
});

describe('validateRatingSpec() and parseSpecJson()', () => {
  it('validateRatingSpec() checks a rating alone with rating.* paths', () => {
    const r = validateRatingSpec({ ...defaultSpec().rating, aggregation: 'median' });
    expect(r.ok ? [] : r.issues.map((i) => i.where?.field)).toEqual(['rating.aggregation']);
  });
  it('parseSpecJson() reports bad JSON as invalid-json', () => {
    const r = parseSpecJson('{"version": 2,');
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['invalid-json']);
  });
  it('parseSpecJson() round-trips the default spec', () => {
    const r = parseSpecJson(JSON.stringify(defaultSpec()));
    expect(r.ok && r.value).toEqual(defaultSpec());
  });
});

describe('validateSpec() and the year (issue 11 panels)', () => {
  it('validateSpec() takes any year 1900-2100 for a user table and only 2010 or 2014 for the bundled one', () => {
    const user = {
      ...defaultSpec(),
      data: {
        table: {
          source: 'user' as const,
          fileName: 'bns.csv',
          sha256: 'a'.repeat(64),
          rows: 20,
          importedAt: '',
          columns: ['S_D', 'S_F', 'S_E', 'S_A', 'S_B', 'S_C'].map((id) => ({
            id,
            unit: '',
            direction: 'higher' as const,
          })),
        },
        year: 2023,
        boundaries: { source: 'bundled' as const },
      },
    };
    const r = validateSpec(user);
    expect(r.ok && r.value.data.year).toBe(2023);
    expect(fields(validateSpec({ ...user, data: { ...user.data, year: 1850 } }))).toContain(
      'data.year',
    );
    expect(fields(validateSpec({ ...user, data: { ...user.data, year: 2023.5 } }))).toContain(
      'data.year',
    );
    const bundled = defaultSpec();
    expect(fields(validateSpec({ ...bundled, data: { ...bundled.data, year: 2023 } }))).toContain(
      'data.year',
    );
  });
});

describe('validateRatingSpec() and an index tree of any depth (issue 9)', () => {
  const leaf = (id: string) => ({ id, weight: 1, direction: 'higher' });
  const nested = (depth: number): unknown => {
    let g: Record<string, unknown> = {
      id: `g${depth}`,
      weight: 1,
      indicators: [leaf(`i${depth}`)],
    };
    for (let d = depth - 1; d >= 0; d--) {
      g = { id: `g${d}`, weight: 1, indicators: [leaf(`i${d}`)], groups: [g] };
    }
    return { ...defaultSpec().rating, groups: [g] };
  };

  it('keeps sub-groups with their labels and weights', () => {
    const r = validateRatingSpec(nested(3));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.groups[0].groups?.[0].groups?.[0].groups?.[0].id).toBe('g3');
    expect(JSON.parse(JSON.stringify(r.value))).toEqual(nested(3));
  });

  it('refuses a tree deeper than six levels of groups, naming where', () => {
    expect(validateRatingSpec(nested(5)).ok).toBe(true);
    const r = validateRatingSpec(nested(6));
    if (r.ok) throw new Error('a seven-level tree was accepted');
    expect(r.issues.map((i) => [i.code, i.where?.field])).toContainEqual([
      'out-of-range',
      'rating.groups[0].groups[0].groups[0].groups[0].groups[0].groups[0].groups',
    ]);
  });

  it('finds a group id or an indicator used twice at different depths', () => {
    const spec = nested(2) as {
      groups: { groups: { id: string; indicators: { id: string }[] }[] }[];
    };
    spec.groups[0].groups[0].id = 'g0';
    spec.groups[0].groups[0].indicators[0].id = 'i0';
    const r = validateRatingSpec(spec);
    if (r.ok) throw new Error('duplicate ids were accepted');
    expect(r.issues.map((i) => [i.code, i.where?.field])).toEqual([
      ['duplicate-id', 'rating.groups[0].groups[0].id'],
      ['duplicate-id', 'rating.groups[0].groups[0].indicators[0].id'],
    ]);
  });
});

describe("validateSpec(): a set of the user's own units (issue 11, item 4)", () => {
  const withUnits = (units: unknown) => {
    const s = defaultSpec();
    return {
      ...s,
      data: {
        ...s.data,
        boundaries: {
          source: 'user',
          fileName: 'districts.geojson',
          sha256: 'a'.repeat(64),
          units,
        },
      },
    };
  };

  it('keeps the properties of the codes and names, so links and project files replay the join', () => {
    const r = validateSpec(withUnits({ key: 'KATO', name: 'name_ru' }));
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(r.value.data.boundaries).toEqual({
        source: 'user',
        fileName: 'districts.geojson',
        sha256: 'a'.repeat(64),
        units: { key: 'KATO', name: 'name_ru' },
      });
    const noName = validateSpec(withUnits({ key: '$id', name: null }));
    expect(noName.ok && noName.value.data.boundaries).toMatchObject({
      units: { key: '$id', name: null },
    });
    // A spec of the version without units reads as before: no units field appears.
    const plain = withUnits(undefined);
    delete (plain.data.boundaries as { units?: unknown }).units;
    const p = validateSpec(plain);
    expect(p.ok && 'units' in p.value.data.boundaries).toBe(false);
  });

  it('refuses a units entry without a key property, naming the field', () => {
    const r = validateSpec(withUnits({ name: 'name_ru' }));
    expect(r.ok).toBe(false);
    expect(fields(r)).toContain('data.boundaries.units.key');
  });
});
