/**
 * The input-output analysis of one region in one call, as the CLI's `io` command and the
 * specialisation view run it: national technical coefficients a_ij = z_ij / x_j
 * (technicalCoefficients.ts), optionally regionalised with SLQ, CILQ or FLQ
 * (regionalise.ts), then L = (I - A)^-1 (leontiefInverse.ts), output, value-added, type I
 * household-income and employment multipliers (multipliers.ts) and Rasmussen's linkages
 * (linkages.ts). Value-added, income and employment ratios are the national ones:
 * v_j = VA_j / x_j, h_j = HI_j / x_j, w_j = E_jn / x_j.
 */
import type { Issue } from '../issue.ts';
import { IoError } from './ioError.ts';
import { leontiefInverse } from './leontiefInverse.ts';
import { rasmussenLinkages, type SectorType } from './linkages.ts';
import {
  employmentMultipliers,
  householdIncomeMultipliers,
  outputMultipliers,
  valueAddedMultipliers,
} from './multipliers.ts';
import { regionalise, type RegionaliseMethod } from './regionalise.ts';
import { technicalCoefficients } from './technicalCoefficients.ts';

export interface RegionalIoInput {
  industries: string[];
  flows: number[][];
  output: number[];
  valueAdded: number[];
  householdIncome: number[];
  /** Omit to analyse the national table as it is. */
  regionalise?: {
    method: RegionaliseMethod;
    delta?: number;
    /** Region's employment per industry (table order). */
    regional: number[];
    /** Nation's employment per industry (table order). */
    national: number[];
  };
}

export interface RegionalIoResult {
  industries: string[];
  method: RegionaliseMethod | null;
  lambda: number | null;
  slq: (number | null)[] | null;
  nationalCoefficients: number[][];
  coefficients: number[][];
  leontief: number[][];
  multipliers: {
    output: number[];
    valueAdded: number[];
    householdIncome: number[];
    /** Jobs per unit of final demand (null without employment). */
    employmentEffect: number[] | null;
    /** Type I employment multiplier (null without employment). */
    employment: (number | null)[] | null;
  };
  linkages: { backward: number[]; forward: number[]; type: SectorType[] };
  issues: Issue[];
}

/** Throws IoError for an unusable table or employment vector. */
export function regionalIo(input: RegionalIoInput): RegionalIoResult {
  const names = input.industries;
  const an = technicalCoefficients(input.flows, input.output, names);
  let a = an;
  let lambda: number | null = null;
  let slq: (number | null)[] | null = null;
  const issues: Issue[] = [];
  const reg = input.regionalise;
  if (reg) {
    const r = regionalise({ a: an, ...reg, industries: names });
    const errors = r.issues.filter((x) => x.severity === 'error');
    if (errors.length > 0) throw new IoError('length-mismatch', errors[0].message, errors);
    issues.push(...r.issues);
    a = r.a;
    lambda = r.lambda;
    slq = r.slq;
  }
  const l = leontiefInverse(a, names);
  const v = input.valueAdded.map((va, j) => va / input.output[j]);
  const h = input.householdIncome.map((hi, j) => hi / input.output[j]);
  const emp = reg
    ? employmentMultipliers(
        reg.national.map((e, j) => e / input.output[j]),
        l,
      )
    : null;
  return {
    industries: [...names],
    method: reg?.method ?? null,
    lambda,
    slq,
    nationalCoefficients: an,
    coefficients: a,
    leontief: l,
    multipliers: {
      output: outputMultipliers(l),
      valueAdded: valueAddedMultipliers(v, l),
      householdIncome: householdIncomeMultipliers(h, l, names),
      employmentEffect: emp?.effect ?? null,
      employment: emp?.typeI ?? null,
    },
    linkages: rasmussenLinkages(l),
    issues,
  };
}
