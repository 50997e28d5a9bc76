/**
 * The data treatment in the spec (issue 9 item 3): per indicator `impute`, `outliers`,
 * `denominator`, and the rating's default `treatment`; every problem listed with its field;
 * a spec carrying them survives the JSON round trip (links, project files) unchanged.
 */
import { describe, expect, it } from 'vitest';
import { validateSpec } from '../../src/core/specValidate.ts';
import { parseSpecJson } from '../../src/core/specMigrate.ts';
import { defaultSpec, SPEC_VERSION, type AnalysisSpec } from '../../src/core/spec.ts';

function treated(): AnalysisSpec {
  const s = defaultSpec();
  s.rating.treatment = { impute: { method: 'mean' }, outliers: { method: 'coinr' } };
  const [a, b, c] = s.rating.groups[0].indicators;
  a.impute = { method: 'group-median', by: 'zone' };
  a.outliers = { method: 'winsorise', points: 3 };
  b.outliers = { method: 'boxcox', lambda: -0.5 };
  b.denominator = 'population';
  c.impute = { method: 'interpolate' };
  c.outliers = { method: 'log' };
  return s;
}

describe('treatment in the spec', () => {
  it('is kept by validation and by the JSON round trip, version unchanged', () => {
    const s = treated();
    const r = validateSpec(s);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toEqual(s);
    expect(r.warnings).toEqual([]);
    const again = parseSpecJson(JSON.stringify(s));
    expect(again.ok && again.value).toEqual(s);
    expect(s.version).toBe(SPEC_VERSION);
  });

  it('a spec without treatment reads as before (no field added)', () => {
    const r = validateSpec(defaultSpec());
    expect(r.ok && 'treatment' in r.value.rating).toBe(false);
    expect(r.ok && r.value.rating.groups[0].indicators[0]).toEqual(
      defaultSpec().rating.groups[0].indicators[0],
    );
  });

  it('lists every problem at once, each with its field', () => {
    const s = JSON.parse(JSON.stringify(treated()));
    s.rating.treatment = { impute: { method: 'average' }, outliers: { method: 'trim' } };
    const [a, b, c] = s.rating.groups[0].indicators;
    a.impute = { method: 'group-mean' }; // no group column
    a.outliers = { method: 'winsorise', points: 0 };
    b.outliers = { method: 'boxcox', lambda: 9 };
    b.denominator = '';
    c.denominator = c.id; // itself
    s.rating.groups[1].indicators[0].outliers = 'log';
    const r = validateSpec(s);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const where = r.issues.map((i) => i.where?.field);
    expect(where).toEqual(
      expect.arrayContaining([
        'rating.treatment.impute.method',
        'rating.treatment.outliers.method',
        'rating.groups[0].indicators[0].impute.by',
        'rating.groups[0].indicators[0].outliers.points',
        'rating.groups[0].indicators[1].outliers.lambda',
        'rating.groups[0].indicators[1].denominator',
        'rating.groups[0].indicators[2].denominator',
        'rating.groups[1].indicators[0].outliers',
      ]),
    );
    expect(r.issues.filter((i) => i.severity === 'error')).toHaveLength(8);
    for (const i of r.issues) expect(i.message.startsWith(`${i.where?.field}:`)).toBe(true);
  });

  it('a setting of another method is a warning and is dropped', () => {
    const s = treated();
    const x = JSON.parse(JSON.stringify(s));
    x.rating.groups[0].indicators[2].outliers = { method: 'log', points: 4, lambda: 1 };
    x.rating.groups[0].indicators[2].impute = { method: 'mean', by: 'zone' };
    const r = validateSpec(x);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.map((w) => w.where?.field)).toEqual([
      'rating.groups[0].indicators[2].impute.by',
      'rating.groups[0].indicators[2].outliers.points',
      'rating.groups[0].indicators[2].outliers.lambda',
    ]);
    expect(r.value.rating.groups[0].indicators[2].outliers).toEqual({ method: 'log' });
    expect(r.value.rating.groups[0].indicators[2].impute).toEqual({ method: 'mean' });
  });
});
