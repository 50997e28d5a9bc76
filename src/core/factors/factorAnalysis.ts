/**
 * Principal-component factor analysis as seed 002 uses it (Table 2: PCA with varimax,
 * 20 industries x 7 components) and docs/methods.md section 4 fixes it: correlation matrix ->
 * eigenvalues (descending) -> keep k by Kaiser's rule or the user's choice -> loadings
 * a_jm = v_jm sqrt(lambda_m) -> varimax with Kaiser normalisation ('r': R's
 * stats::varimax; 'spss': SPSS FACTOR's pairwise rotations) -> communalities
 * h_j^2 = sum_m a_jm^2 -> the house convention (componentConvention.ts). Eigenvalues equal
 * R's `prcomp(X, scale. = TRUE)$sdev^2`; rotated loadings equal R's
 * `varimax(loadings, normalize = TRUE)$loadings` up to column order and sign.
 */
import type { VarimaxConvention } from '../spec.ts';
import type { Issue } from '../issue.ts';
import { applyConvention, permuteColumns } from './componentConvention.ts';
import { communalities, columnSumsOfSquares } from './communalities.ts';
import {
  correlationOfColumns,
  packColumns,
  variableNames,
  type DataRows,
} from './correlationMatrix.ts';
import { FactorError } from './factorError.ts';
import { componentLoadings } from './loadings.ts';
import { numberOfFactors } from './numberOfFactors.ts';
import { principalComponents } from './principalComponents.ts';
import { varimaxR } from './varimaxR.ts';
import { SPSS_ITERATE, SPSS_RCONVERGE, varimaxSpss } from './varimaxSpss.ts';

export interface FactorOptions {
  /** null = Kaiser's rule (eigenvalue > 1). */
  nfactors: number | null;
  rotation: 'varimax' | 'none';
  convention: VarimaxConvention;
  /** SPSS convention only: RCONVERGE and ITERATE (defaults 1e-4 and 25). */
  spss?: { convergence?: number; maxIterations?: number };
}

export interface FactorResult {
  variables: string[];
  /** All p eigenvalues of the correlation matrix, descending. */
  eigenvalues: number[];
  /** % of total variance per component, all p. */
  explained: number[];
  /** Cumulative %, all p. */
  cumulative: number[];
  nfactors: number;
  /** p x nfactors unrotated loadings. */
  loadings: number[][];
  /** p x nfactors rotated loadings; null when rotation is 'none'. */
  rotated: number[][] | null;
  /** nfactors x nfactors orthogonal T with rotated = loadings T; null when not rotated. */
  rotationMatrix: number[][] | null;
  /** % of total variance per rotated component (column sum of squares / p * 100). */
  rotatedExplained: number[] | null;
  /** Per variable, sum of squared loadings over the kept components. */
  communalities: number[];
  /** Varimax iterations (0 when not rotated). */
  iterations: number;
  /** How the rotation ran and how order and signs were fixed, in words. */
  convention: string;
  /** Warnings (errors are thrown as FactorError). */
  issues: Issue[];
}

const HOUSE =
  'Components are ordered by descending sum of squared rotated loadings, and each column ' +
  '(unrotated and rotated) is reflected so that its largest-magnitude loading is positive.';

function conventionText(opts: FactorOptions, eps: number, maxIt: number): string {
  if (opts.rotation === 'none') {
    return 'No rotation. Components are in descending order of eigenvalue; each column is reflected so that its largest-magnitude loading is positive.';
  }
  if (opts.convention === 'r') {
    return `Varimax with Kaiser normalisation by R's stats::varimax algorithm (SVD iteration, eps = 1e-5, at most 1000 iterations). ${HOUSE}`;
  }
  return (
    `Varimax with Kaiser normalisation by SPSS FACTOR's pairwise rotations (Kaiser 1958), ` +
    `stopping when the varimax criterion changes by at most ${eps} (RCONVERGE) or after ${maxIt} ` +
    `iterations (ITERATE). SPSS orders components by descending sum of squared loadings and ` +
    `reflects columns whose loadings sum to a negative number; the house rule then applies: ${HOUSE}`
  );
}

/**
 * Runs the whole analysis on complete numeric data (rows = observations, columns =
 * variables). Throws FactorError (with every problem listed) for fewer than 3 observations,
 * fewer than 2 variables, missing cells, constant columns or nfactors outside 1..p.
 */
export function factorAnalysis(
  data: DataRows,
  opts: FactorOptions,
  variables?: string[],
): FactorResult {
  const { x, n, p } = packColumns(data, variables);
  const names = variableNames(p, variables);
  if (p < 2) {
    throw new FactorError(
      'too-few-variables',
      `Factor analysis needs at least 2 variables; the data has ${p}.`,
      [
        {
          code: 'too-few-variables',
          severity: 'error',
          message: `Factor analysis needs at least 2 variables; the data has ${p}.`,
          params: { min: 2 },
        },
      ],
    );
  }
  const issues: Issue[] = [];
  if (n <= p) {
    issues.push({
      code: 'fewer-observations-than-variables',
      severity: 'warning',
      message: `${n} observations for ${p} variables: the correlation matrix is singular, so the last ${p - n + 1} eigenvalue(s) are zero.`,
      params: { count: n, variables: p, zero: p - n + 1 },
    });
  }
  const { r } = correlationOfColumns(x, n, p, names);
  const pcs = principalComponents(r, p);
  const k = numberOfFactors(pcs.eigenvalues, opts.nfactors);
  if (opts.nfactors === null && !pcs.eigenvalues.some((v) => v > 1)) {
    issues.push({
      code: 'kaiser-no-eigenvalue-above-one',
      severity: 'warning',
      message: 'No eigenvalue exceeds 1, so Kaiser’s rule keeps nothing; one component is kept.',
    });
  }
  const raw = componentLoadings(pcs.vectors, pcs.eigenvalues, k);
  const unrot = applyConvention(raw, false);
  const loadings = unrot.loadings;
  const spssEps = opts.spss?.convergence ?? SPSS_RCONVERGE;
  const spssIt = opts.spss?.maxIterations ?? SPSS_ITERATE;

  let rotated: number[][] | null = null;
  let rotationMatrix: number[][] | null = null;
  let rotatedExplained: number[] | null = null;
  let iterations = 0;
  if (opts.rotation === 'varimax') {
    if (k < 2) {
      issues.push({
        code: 'single-factor-not-rotated',
        severity: 'warning',
        message:
          'Only one component is kept, so there is nothing to rotate; the rotated loadings equal the unrotated ones.',
      });
    }
    const res =
      opts.convention === 'spss'
        ? varimaxSpss(loadings, { convergence: spssEps, maxIterations: spssIt })
        : varimaxR(loadings);
    if (!res.converged) {
      issues.push({
        code: 'rotation-not-converged',
        severity: 'warning',
        message: `Varimax did not converge in ${res.iterations} iterations; the loadings shown are from the last iteration.`,
        where: { field: 'factors.convention' },
        params: { iterations: res.iterations },
      });
    }
    const conv = applyConvention(res.rotated, true);
    rotated = conv.loadings;
    rotationMatrix = permuteColumns(res.rotmat, conv.order, conv.sign);
    rotatedExplained = columnSumsOfSquares(rotated, k).map((s) => (s / p) * 100);
    iterations = res.iterations;
  }
  return {
    variables: names,
    eigenvalues: pcs.eigenvalues,
    explained: pcs.explained,
    cumulative: pcs.cumulative,
    nfactors: k,
    loadings,
    rotated,
    rotationMatrix,
    rotatedExplained,
    communalities: communalities(loadings),
    iterations,
    convention: conventionText(opts, spssEps, spssIt),
    issues,
  };
}
