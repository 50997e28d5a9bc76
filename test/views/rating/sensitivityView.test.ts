/**
 * rankIntervals() (src/views/rating/sensitivityView.ts): per region the nominal, median and
 * 5th-95th percentile ranks and the classes by share of runs, largest first; the same map and
 * interval objects for the same sensitivity result, so the table's memoised interval cells
 * skip their re-render when only the scores moved.
 */
import { describe, expect, it } from 'vitest';
import { rankIntervals } from '../../../src/views/rating/sensitivityView.ts';
import type { SensitivityOutput } from '../../../src/worker/protocol.ts';

const out = (): SensitivityOutput => ({
  runs: 100,
  mode: 'uniform',
  noise: 0.25,
  seed: 1,
  units: [
    { unit: 'KZ-AKM', nominal: 1, median: 1, p05: 1, p95: 2, classes: { B: 0.25, A: 0.75 } },
    { unit: 'KZ-ALA', nominal: 2, median: 2, p05: 1, p95: NaN, classes: { A: 1 } },
  ],
  issues: [],
});

describe('rankIntervals', () => {
  it('rankIntervals sorts classes by share and leaves out units without finite ranks', () => {
    const m = rankIntervals(out());
    expect([...m.keys()]).toEqual(['KZ-AKM']);
    expect(m.get('KZ-AKM')!.classes).toEqual([
      { label: 'A', share: 0.75 },
      { label: 'B', share: 0.25 },
    ]);
  });

  it('rankIntervals hands out the same intervals for the same result, new ones for a new result', () => {
    const s = out();
    const a = rankIntervals(s);
    expect(rankIntervals(s)).toBe(a);
    expect(rankIntervals(s).get('KZ-AKM')).toBe(a.get('KZ-AKM'));
    const b = rankIntervals(out());
    expect(b).not.toBe(a);
    expect(b.get('KZ-AKM')).toEqual(a.get('KZ-AKM'));
  });
});
