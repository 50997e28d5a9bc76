import { describe, expect, it } from 'vitest';
import { getisOrdZ, includeSelf } from '../../../src/core/spatial/getisOrd.ts';
import { localMoran } from '../../../src/core/spatial/localMoran.ts';
import { moranTest } from '../../../src/core/spatial/moran.ts';
import { pAdjust } from '../../../src/core/spatial/pAdjust.ts';
import { spatialLag } from '../../../src/core/spatial/spatialLag.ts';
import { weightsFromNeighbours } from '../../../src/core/spatial/spatialWeights.ts';
import { normalUpperTail } from '../../../src/core/stats/normal.ts';
import { column, indexLists, maxRelativeError, spdep } from './fixtures.ts';

// Digits achieved against spdep 1.2-7 (printed with 15 significant digits): the statistics
// agree to about 1e-13 relative; the tolerances below leave a margin of a few hundred ulps.
const TOL = 1e-11;

describe('Moran, local Moran, Getis-Ord against spdep', () => {
  for (const set of ['kz16', 'grid'] as const) {
    for (const rule of ['queen', 'rook'] as const) {
      const ref = spdep[set];
      const nb = indexLists(ref.ids, ref[rule].neighbours);
      const wW = weightsFromNeighbours(ref.ids, nb, { type: rule, tolerance: 0 }, 'W');
      const wB = weightsFromNeighbours(ref.ids, nb, { type: rule, tolerance: 0 }, 'B');
      for (const v of ref.variables) {
        const s = ref[rule].stats[v];
        const x = column(set, v);
        const label = `${set} ${rule} ${v}`;

        it(`moranTest equals moran.test (both assumptions, styles W and B) on ${label}`, () => {
          for (const [w, m] of [
            [wW, s.moranW],
            [wB, s.moranB],
          ] as const) {
            const t = moranTest(w, x);
            expect(
              maxRelativeError(
                [t.I, t.expected, t.varianceRandomisation, t.varianceNormal, t.z, t.zNormal],
                [
                  m.I,
                  m.expected,
                  m.variance_randomisation,
                  m.variance_normal,
                  m.z_randomisation,
                  m.z_normal,
                ],
              ),
            ).toBeLessThan(1e-9);
            expect(Math.abs(t.p - m.p_randomisation)).toBeLessThan(1e-13);
            expect(Math.abs(t.pNormal - m.p_normal)).toBeLessThan(1e-13);
          }
        });

        it(`localMoran equals localmoran (conditional and total) on ${label}`, () => {
          for (const [w, l] of [
            [wW, s.localW],
            [wB, s.localB],
          ] as const) {
            for (const conditional of [true, false]) {
              const r = localMoran(w, x, conditional);
              const e = conditional ? l.conditional : l.total;
              expect(maxRelativeError(r.Ii, e.Ii)).toBeLessThan(TOL);
              expect(maxRelativeError(r.expected, e.E)).toBeLessThan(TOL);
              expect(maxRelativeError(r.variance, e.Var)).toBeLessThan(TOL);
              expect(maxRelativeError(r.z, e.Z)).toBeLessThan(1e-9);
            }
          }
        });

        it(`spatialLag and getisOrdZ equal lag.listw and localG (Gi*, include.self; Gi) on ${label}`, () => {
          expect(maxRelativeError(spatialLag(wW, x), s.lagW)).toBeLessThan(TOL);
          expect(maxRelativeError(getisOrdZ(includeSelf(wW, 'W'), x), s.localGstarW)).toBeLessThan(
            1e-9,
          );
          expect(maxRelativeError(getisOrdZ(includeSelf(wB, 'B'), x), s.localGstarB)).toBeLessThan(
            1e-9,
          );
          expect(maxRelativeError(getisOrdZ(wW, x, false), s.localGW)).toBeLessThan(1e-9);
        });
      }
    }
  }
});

describe('pAdjust() and normalUpperTail() against R', () => {
  it("equals p.adjust(p, 'BH') and p.adjust(p, 'bonferroni')", () => {
    const { p, fdr, bonferroni } = spdep.padjust;
    expect(maxRelativeError(pAdjust(p, 'fdr'), fdr)).toBeLessThan(1e-14);
    expect(maxRelativeError(pAdjust(p, 'bonferroni'), bonferroni)).toBeLessThan(1e-14);
    expect(pAdjust(p, 'none')).toEqual(p);
  });

  it('equals pnorm(q, lower.tail = FALSE) within 1e-13 relative', () => {
    const { q, upper } = spdep.pnorm;
    expect(maxRelativeError(q.map(normalUpperTail), upper)).toBeLessThan(1e-13);
  });
});
