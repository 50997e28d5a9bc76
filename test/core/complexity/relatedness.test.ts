import { describe, expect, it } from 'vitest';
import {
  economicComplexity,
  nextIndustries,
  prepareEmployment,
  proximity,
  rcaMatrix,
  relatedness,
  relatednessDensity,
} from '../../../src/core/index.ts';
import { loadMatrix, reference } from '../../fixtures/clusters/load.ts';

const m = loadMatrix('employment-start.csv');
const ref = reference.relatedness;

describe('relatedness and complexity against NumPy', () => {
  const rca = rcaMatrix(prepareEmployment(m));
  it('rcaMatrix() binarises the LQ at 1', () => {
    expect(rca.m).toEqual(ref.m);
    rca.rca.forEach((row, r) =>
      row.forEach((v, i) => expect(v).toBeCloseTo(reference.lq[r][i], 12)),
    );
  });
  it('proximity() is the minimum conditional probability', () => {
    const phi = proximity(rca.m);
    phi.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(ref.proximity[i][j], 14)));
    phi.forEach((row, i) => row.forEach((v, j) => expect(v).toBe(phi[j][i])));
  });
  it('relatednessDensity() leaves the diagonal out', () => {
    const d = relatednessDensity(rca.m, proximity(rca.m));
    d.forEach((row, r) => row.forEach((v, i) => expect(v).toBeCloseTo(ref.density[r][i], 12)));
  });
  it('economicComplexity() matches numpy.linalg.eig on the non-symmetric M~ (sign fixed)', () => {
    const c = economicComplexity(rca.m);
    expect(c.eigenvalue).toBeCloseTo(ref.eigenvalue, 10);
    c.eci.forEach((v, r) => expect(v).toBeCloseTo(ref.eci[r], 8));
    c.pci.forEach((v, i) => expect(v).toBeCloseTo(ref.pci[i], 8));
  });
  it("relatedness() lists each region's next industries as NumPy ranks them", () => {
    const r = relatedness(m);
    expect(r.next.map((list) => list.map((x) => x.industry))).toEqual(ref.next);
    r.next.forEach((list, k) => list.forEach((x) => expect(r.m[k][x.index]).toBe(0)));
  });
});

describe('edge cases', () => {
  it('economicComplexity() of a matrix with one specialised region says so', () => {
    const c = economicComplexity([
      [1, 1],
      [0, 0],
    ]);
    expect(c.eci).toEqual([null, null]);
    expect(c.issues[0].code).toBe('complexity-too-small');
  });
  it('nextIndustries() skips industries already specialised and respects the limit', () => {
    const n = nextIndustries(['a', 'b', 'c'], [1, 0, 0], [0.9, 0.2, 0.5], [null, 1, 2], 1);
    expect(n.map((x) => x.industry)).toEqual(['c']);
  });
});
