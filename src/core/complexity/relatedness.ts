/**
 * Relatedness and complexity of a regions x industries matrix in one call, as the CLI and
 * the specialisation view use them: RCA (rcaMatrix.ts), proximity (proximity.ts), relatedness
 * density (relatednessDensity.ts), ECI and PCI (economicComplexity.ts) and each region's
 * "next" industries (nextIndustries.ts). Formulas and sources in each file.
 */
import type { Issue } from '../issue.ts';
import type { LabelledMatrix } from '../matrix/labelledMatrix.ts';
import { prepareEmployment } from '../specialisation/prepareEmployment.ts';
import { economicComplexity } from './economicComplexity.ts';
import { nextIndustries, type NextIndustry } from './nextIndustries.ts';
import { proximity } from './proximity.ts';
import { rcaMatrix } from './rcaMatrix.ts';
import { relatednessDensity } from './relatednessDensity.ts';

export interface RelatednessResult {
  regions: string[];
  industries: string[];
  rca: (number | null)[][];
  m: number[][];
  diversity: number[];
  ubiquity: number[];
  proximity: number[][];
  density: (number | null)[][];
  eci: (number | null)[];
  pci: (number | null)[];
  next: NextIndustry[][];
  issues: Issue[];
}

export function relatedness(
  matrix: LabelledMatrix,
  options: { rcaThreshold?: number; nextLimit?: number } = {},
): RelatednessResult {
  const p = prepareEmployment(matrix);
  const r = rcaMatrix(p, options.rcaThreshold ?? 1);
  const phi = proximity(r.m);
  const density = relatednessDensity(r.m, phi);
  const c = economicComplexity(r.m);
  return {
    regions: [...p.regions],
    industries: [...p.industries],
    rca: r.rca,
    m: r.m,
    diversity: r.diversity,
    ubiquity: r.ubiquity,
    proximity: phi,
    density,
    eci: c.eci,
    pci: c.pci,
    next: r.m.map((mr, k) =>
      nextIndustries(p.industries, mr, density[k], c.pci, options.nextLimit ?? 5),
    ),
    issues: [...p.issues, ...c.issues],
  };
}
