/**
 * Public API of principal-component factor analysis (docs/methods.md section 4; seed 002 Table 2).
 * Nothing here assumes the seed's input-output data exists: only the published rotated
 * matrix is bundled, as a dataset elsewhere.
 */
export { factorAnalysis, type FactorOptions, type FactorResult } from './factorAnalysis.ts';
export { FactorError, type FactorErrorCode } from './factorError.ts';
export { correlationMatrix, type CorrelationResult, type DataRows } from './correlationMatrix.ts';
export { principalComponents, type PrincipalComponents } from './principalComponents.ts';
export { numberOfFactors } from './numberOfFactors.ts';
export { componentLoadings } from './loadings.ts';
export { communalities, columnSumsOfSquares } from './communalities.ts';
export { varimaxR, type VarimaxResult, type VarimaxROptions } from './varimaxR.ts';
export {
  varimaxSpss,
  SPSS_ITERATE,
  SPSS_RCONVERGE,
  type VarimaxSpssOptions,
} from './varimaxSpss.ts';
export { varimaxCriterion } from './varimaxCriterion.ts';
export { applyConvention } from './componentConvention.ts';
