/** Public API of input-output multipliers (docs/methods.md section 5; seed 002 Table 3). */
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
  employmentMultipliers,
} from './multipliers.ts';
export { IoError, type IoErrorCode } from './ioError.ts';
export {
  regionalise,
  flqLambda,
  FLQ_DELTA_DEFAULT,
  type RegionaliseMethod,
  type RegionaliseInput,
  type RegionaliseResult,
} from './regionalise.ts';
export { rasmussenLinkages, type Linkages, type SectorType } from './linkages.ts';
export { regionalIo, type RegionalIoInput, type RegionalIoResult } from './regionalIo.ts';
