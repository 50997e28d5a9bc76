/**
 * Economic complexity of regions (ECI) and complexity of industries (PCI), eigenvector method
 * (Hidalgo & Hausmann 2009, PNAS 106; Hausmann et al., The Atlas of Economic Complexity, 2011,
 * technical box; the Growth Lab's py-ecomplexity):
 *
 *   M~_rr' = sum_i M_ri M_r'i / (k_r k_i)          (regions x regions)
 *   M~_ii' = sum_r M_ri M_ri' / (k_i k_r)          (industries x industries)
 *   ECI = z-score of the eigenvector of M~_rr' with the second-largest eigenvalue,
 *   PCI = z-score of the eigenvector of M~_ii' with the second-largest eigenvalue,
 *
 * z-score with the population standard deviation (NumPy's std, as py-ecomplexity). Signs of
 * eigenvectors are arbitrary: ECI is signed to correlate positively with diversity k_r, PCI
 * negatively with ubiquity k_i (complex industries are found in few regions). Regions with
 * k_r = 0 and industries with k_i = 0 are left out (null). Both matrices are similar to the
 * symmetric S = D^-1/2 M U^-1 M^T D^-1/2 (D, U the diagonal diversity and ubiquity), whose
 * eigen-decomposition is stable; the eigenvector of M~ is D^-1/2 times that of S.
 */
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import type { Issue } from '../issue.ts';

export interface ComplexityResult {
  /** Per region (null where diversity is 0). */
  eci: (number | null)[];
  /** Per industry (null where ubiquity is 0). */
  pci: (number | null)[];
  /** Second-largest eigenvalues of M~_rr' and M~_ii' (equal in exact arithmetic). */
  eigenvalue: number | null;
  issues: Issue[];
}

function zscore(x: number[]): number[] {
  const n = x.length;
  const mean = x.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(x.reduce((a, b) => a + (b - mean) ** 2, 0) / n);
  return x.map((v) => (sd > 0 ? (v - mean) / sd : 0));
}

function corr(a: number[], b: number[]): number {
  const n = a.length;
  const ma = a.reduce((s, v) => s + v, 0) / n;
  const mb = b.reduce((s, v) => s + v, 0) / n;
  let s = 0;
  for (let i = 0; i < n; i++) s += (a[i] - ma) * (b[i] - mb);
  return s;
}

/** Second eigenvector of D^-1 X U^-1 X^T for a 0/1 matrix X (rows with k > 0, cols with k > 0). */
function secondEigen(x: number[][], kRow: number[], kCol: number[]): { v: number[]; l: number } {
  const n = x.length;
  const s = Array.from({ length: n }, (_, a) =>
    Array.from({ length: n }, (_, b) => {
      let t = 0;
      for (let i = 0; i < kCol.length; i++) t += (x[a][i] * x[b][i]) / kCol[i];
      return t / Math.sqrt(kRow[a] * kRow[b]);
    }),
  );
  const e = new EigenvalueDecomposition(new Matrix(s), { assumeSymmetric: true });
  const vals = e.realEigenvalues;
  const order = vals.map((_, i) => i).sort((a, b) => vals[b] - vals[a]);
  const j = order[1];
  const vec = e.eigenvectorMatrix.getColumn(j);
  return { v: vec.map((v, a) => v / Math.sqrt(kRow[a])), l: vals[j] };
}

/** m: regions x industries, 0/1 (rcaMatrix.ts). */
export function economicComplexity(m: readonly (readonly number[])[]): ComplexityResult {
  const issues: Issue[] = [];
  const R = m.length;
  const I = m[0]?.length ?? 0;
  const kr = m.map((row) => row.reduce((a, b) => a + b, 0));
  const ki = Array.from({ length: I }, (_, i) => m.reduce((a, row) => a + row[i], 0));
  const rows = kr.map((k, r) => (k > 0 ? r : -1)).filter((r) => r >= 0);
  const cols = ki.map((k, i) => (k > 0 ? i : -1)).filter((i) => i >= 0);
  const eci: (number | null)[] = new Array<number | null>(R).fill(null);
  const pci: (number | null)[] = new Array<number | null>(I).fill(null);
  if (rows.length < 2 || cols.length < 2) {
    issues.push({
      code: 'complexity-too-small',
      severity: 'warning',
      message:
        'Economic complexity needs at least two regions and two industries with a location quotient of 1 or more.',
    });
    return { eci, pci, eigenvalue: null, issues };
  }
  const x = rows.map((r) => cols.map((i) => m[r][i]));
  const xt = cols.map((_, c) => rows.map((_, a) => x[a][c]));
  const krs = rows.map((r) => kr[r]);
  const kis = cols.map((i) => ki[i]);
  const re = secondEigen(x, krs, kis);
  const ie = secondEigen(xt, kis, krs);
  let e = zscore(re.v);
  let p = zscore(ie.v);
  if (corr(e, krs) < 0) e = e.map((v) => -v);
  if (corr(p, kis) > 0) p = p.map((v) => -v);
  rows.forEach((r, a) => (eci[r] = e[a]));
  cols.forEach((i, c) => (pci[i] = p[c]));
  if (re.l > 1 - 1e-9)
    issues.push({
      code: 'complexity-disconnected',
      severity: 'warning',
      message:
        'The regions fall into groups that share no specialisation, so the complexity ranking only separates those groups.',
    });
  return { eci, pci, eigenvalue: re.l, issues };
}
