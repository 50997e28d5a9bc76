/** Public API of linear discriminant analysis (docs/methods.md section 5; seed 002). */
export {
  lda,
  type GroupLabel,
  type LdaOptions,
  type LdaResult,
  type Classification,
} from './lda.ts';
export { DiscriminantError, type DiscriminantErrorCode } from './discriminantError.ts';
export { canonicalFunctions, type CanonicalFunctions } from './canonicalFunctions.ts';
export {
  classificationFunctions,
  classifyOne,
  type ClassificationFunctions,
} from './classificationFunctions.ts';
export { groupStats, type GroupStats } from './pooledCovariance.ts';
export { leaveOneOut } from './leaveOneOut.ts';
export { wilksLambda, type WilksTest } from './wilksLambda.ts';
export { wardGrouping } from './wardGrouping.ts';
export {
  industryDiscriminant,
  type IndustryDiscriminant,
  type IndustryDiscriminantInput,
  type IndustryGroup,
} from './industryDiscriminant.ts';
