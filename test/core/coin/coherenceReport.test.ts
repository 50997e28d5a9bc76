import { describe, expect, it } from 'vitest';
import { coherenceReport } from '../../../src/core/coin/coherence/coherenceReport.ts';
import { coinRate } from '../../../src/core/coin/coinRate.ts';
import { buildIndexTree } from '../../../src/core/coin/indexTree.ts';
import { fixtureText, loadStudy } from './studyFixture.ts';

const ref = JSON.parse(fixtureText('reference.json')) as {
  cases: {
    impute: string;
    normalise: string;
    corr_with_index: Record<string, number>;
    pc1_share: Record<string, number>;
    nominal_weight: Record<string, number>;
  }[];
};

describe('coherenceReport() vs the NumPy reference (i_mean, n_minx 0-100, a_amean)', () => {
  const { data, tree } = loadStudy();
  const r = coinRate(data, tree, {
    impute: 'i_mean',
    treat: { method: 'none' },
    normalise: 'n_minx',
    range: [0, 100],
    aggregate: [{ method: 'a_amean' }],
  });
  const c = ref.cases[1];
  const report = coherenceReport(tree, r.scores, r.uCode.length);
  it('effective weights: nominal weight in the index and correlation with the index', () => {
    for (const e of report.effective) {
      expect(e.nominal).toBeCloseTo(c.nominal_weight[e.code], 12);
      expect(e.corrWithIndex).toBeCloseTo(c.corr_with_index[e.code], 10);
    }
  });
  it('first principal component share per aggregate; alpha of the pillars matches coinRate', () => {
    for (const a of report.aggregates) {
      if (a.code in c.pc1_share) expect(a.pc1Share).toBeCloseTo(c.pc1_share[a.code], 9);
      if (a.code in r.cronbach) expect(a.alpha).toBeCloseTo(r.cronbach[a.code], 12);
    }
  });
  it('flags near-duplicate (|r| > 0.92) and negative pairs', () => {
    const t = buildIndexTree([
      { code: 'a', level: 1, parent: 'G', weight: 1 },
      { code: 'b', level: 1, parent: 'G', weight: 1 },
      { code: 'c', level: 1, parent: 'G', weight: 1 },
      { code: 'G', level: 2, parent: null, weight: 1 },
    ]);
    if (!t.ok) throw new Error('tree');
    const a = [1, 2, 3, 4, 5];
    const b = [1.1, 2, 3.05, 4, 5.1];
    const cc = [5, 3, 4, 1, 2];
    const scores = Float64Array.from([...a, ...b, ...cc, 0, 0, 0, 0, 0]);
    const rep = coherenceReport(t.tree, scores, 5);
    expect(rep.aggregates[0].nearDuplicates.map((p) => `${p.a}-${p.b}`)).toEqual(['a-b']);
    expect(rep.aggregates[0].negatives.map((p) => `${p.a}-${p.b}`)).toEqual(['a-c', 'b-c']);
  });
});
