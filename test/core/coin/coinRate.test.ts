import { describe, expect, it } from 'vitest';
import type { CoinAggregation } from '../../../src/core/coin/aggregate/aggregateTree.ts';
import type { CoinImputation } from '../../../src/core/coin/coinPrepare.ts';
import { coinRate } from '../../../src/core/coin/coinRate.ts';
import type { CoinNormalisation } from '../../../src/core/coin/normalise/coinNormalise.ts';
import { fixtureText, loadStudy } from './studyFixture.ts';

interface RefCase {
  impute: CoinImputation;
  normalise: CoinNormalisation;
  range: [number, number];
  aggregate: CoinAggregation;
  scores: Record<string, (number | null)[]>;
  ranks: Record<string, (number | null)[]>;
  cronbach: Record<string, number>;
}
const ref = JSON.parse(fixtureText('reference.json')) as {
  uCode: string[];
  time: number;
  cases: RefCase[];
};

describe('coinRate() against the NumPy reference (test/fixtures/coinr/reference.py)', () => {
  const { data, tree } = loadStudy();
  it('rates the latest Time and keeps the units in data order', () => {
    const r = coinRate(data, tree, {
      impute: 'none',
      treat: { method: 'none' },
      normalise: 'n_minx',
      range: [0, 100],
      aggregate: [{ method: 'a_amean' }],
    });
    expect(r.prepared.time).toBe(ref.time);
    expect(r.uCode).toEqual(ref.uCode);
  });
  for (const c of ref.cases) {
    it(`${c.impute} + ${c.normalise} [${c.range}] + ${c.aggregate}: every aggregate, rank and alpha`, () => {
      const r = coinRate(data, tree, {
        impute: c.impute,
        treat: { method: 'none' },
        normalise: c.normalise,
        range: c.range,
        aggregate: [{ method: c.aggregate }],
      });
      const n = r.uCode.length;
      for (const [code, want] of Object.entries(c.scores)) {
        const node = tree.codes.indexOf(code);
        want.forEach((w, u) => {
          const got = r.scores[node * n + u];
          if (w === null) expect(got).toBeNaN();
          else expect(got).toBeCloseTo(w, 9);
        });
        expect(r.ranks[node]).toEqual(c.ranks[code]);
      }
      for (const [code, a] of Object.entries(c.cronbach))
        expect(r.cronbach[code]).toBeCloseTo(a, 9);
    });
  }
});
