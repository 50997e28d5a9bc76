/**
 * All specialisation measures of docs/methods.md section 2 for one matrix E (regions x
 * industries), as the CLI and the specialisation view need them: location quotients,
 * Krugman index against the country and against the rest, regional shares, and the
 * concentration of each industry (Hoover, locational Gini). Formulas in each measure's file.
 */
import type { Issue } from '../issue.ts';
import type { LabelledMatrix } from '../matrix/labelledMatrix.ts';
import { prepareEmployment } from './prepareEmployment.ts';
import { hooverIndex } from './hooverIndex.ts';
import { krugmanIndex } from './krugmanIndex.ts';
import { krugmanIndexRest } from './krugmanIndexRest.ts';
import { locationalGini } from './locationalGini.ts';
import { locationQuotient } from './locationQuotient.ts';
import { regionalShare } from './regionalShare.ts';

export interface SpecialisationResult {
  regions: string[];
  industries: string[];
  /** regions x industries. */
  lq: (number | null)[][];
  /** Per region. */
  ksi: (number | null)[];
  /** Per region. */
  ksiRest: (number | null)[];
  /** regions x industries, E_ir / E_i. */
  share: (number | null)[][];
  /** Per industry. */
  hoover: (number | null)[];
  /** Per industry. */
  gini: (number | null)[];
  issues: Issue[];
}

export function specialisation(m: LabelledMatrix): SpecialisationResult {
  const p = prepareEmployment(m);
  return {
    regions: [...p.regions],
    industries: [...p.industries],
    lq: locationQuotient(p),
    ksi: krugmanIndex(p),
    ksiRest: krugmanIndexRest(p),
    share: regionalShare(p),
    hoover: hooverIndex(p),
    gini: locationalGini(p),
    issues: p.issues,
  };
}
