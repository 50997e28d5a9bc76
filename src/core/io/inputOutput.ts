/**
 * All multipliers of docs/methods.md section 5 in one call, from technical coefficients A or from
 * flows Z with total output x (A = Z diag(x)^-1): L = (I - A)^-1, output multipliers (column
 * sums of L), value-added multipliers (v L)_j and type I household-income multipliers
 * (h L)_j / h_j. Seed 002's Table 3 publishes such multipliers for four industries of East
 * Kazakhstan; the flows behind them are not in the seed, so nothing here assumes them.
 */
import type { Issue } from '../issue.ts';
import { conditionWarnings, leontiefConditionNumber } from './conditionNumber.ts';
import { leontiefInverse } from './leontiefInverse.ts';
import {
  householdIncomeMultipliers,
  outputMultipliers,
  valueAddedMultipliers,
} from './multipliers.ts';
import { technicalCoefficients } from './technicalCoefficients.ts';

export type IoInput =
  | {
      a: readonly (readonly number[])[];
      v?: readonly number[];
      h?: readonly number[];
      industries?: string[];
    }
  | {
      z: readonly (readonly number[])[];
      x: readonly number[];
      v?: readonly number[];
      h?: readonly number[];
      industries?: string[];
    };

export interface IoResult {
  a: number[][];
  leontief: number[][];
  output: number[];
  /** null when v was not given. */
  valueAdded: number[] | null;
  /** null when h was not given. */
  income: number[] | null;
  /** kappa_1(I - A) (conditionNumber.ts). */
  condition: number;
  /** `ill-conditioned` when the condition number reaches IO_CONDITION_LIMIT. */
  warnings: Issue[];
}

/** Warns when I - A is ill-conditioned; throws IoError (see leontiefInverse.ts, multipliers.ts) for unusable input. */
export function ioMultipliers(input: IoInput): IoResult {
  const a =
    'a' in input
      ? input.a.map((r) => [...r])
      : technicalCoefficients(input.z, input.x, input.industries);
  const l = leontiefInverse(a, input.industries);
  const condition = leontiefConditionNumber(a, l);
  return {
    a,
    leontief: l,
    output: outputMultipliers(l),
    valueAdded: input.v ? valueAddedMultipliers(input.v, l) : null,
    income: input.h ? householdIncomeMultipliers(input.h, l, input.industries) : null,
    condition,
    warnings: conditionWarnings(condition),
  };
}
