/** Public API of input-output multipliers (METHODS.md section 5; seed 002 Table 3). */
export { ioMultipliers, type IoInput, type IoResult } from './inputOutput.ts';
export { leontiefInverse } from './leontiefInverse.ts';
export {
  IO_CONDITION_LIMIT,
  conditionWarnings,
  leontiefConditionNumber,
} from './conditionNumber.ts';
export { technicalCoefficients } from './technicalCoefficients.ts';
export {
  outputMultipliers,
  valueAddedMultipliers,
  householdIncomeMultipliers,
} from './multipliers.ts';
export { IoError, type IoErrorCode } from './ioError.ts';
