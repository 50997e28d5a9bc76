/**
 * Pure "matrix + spec -> view" functions of the discriminant analysis of the user's groups of
 * industries on #/specialisation (issue 12, item 5; docs/methods.md section 5): which region,
 * the industries' measures, the groups in force (the user's, or Ward's proposal while the user
 * has not edited any), the LDA run, and the edits a user makes to the grouping.
 */
import {
  industryDiscriminant,
  industryPosition,
  wardGrouping,
  type LabelledMatrix,
  type IndustryDiscriminant,
  type IndustryGroup,
  type IndustryGroupingSpec,
  type IndustryMeasure,
  type Issue,
  type Result,
} from '../../core/index.ts';

/** Seed 002 studies East Kazakhstan: its code in the 2014 and today's registries. */
const EAST_KAZAKHSTAN = ['KZ-VOS', 'KZ-63'];

/** The region analysed: the spec's if the matrix has it, else East Kazakhstan, else the first. */
export function groupingRegion(
  regions: readonly string[],
  spec: IndustryGroupingSpec,
): string | null {
  if (spec.region && regions.includes(spec.region)) return spec.region;
  return EAST_KAZAKHSTAN.find((c) => regions.includes(c)) ?? regions[0] ?? null;
}

export interface GroupingRun {
  region: string;
  industries: string[];
  measures: IndustryMeasure[];
  /** industries x measures (null = undefined). */
  features: (number | null)[][];
  groups: IndustryGroup[];
  /** True while the groups are Ward's proposal (the spec holds none). */
  fromWard: boolean;
  /** Why Ward could not propose groups (then every industry is in no group). */
  wardIssues: Issue[];
  /** null when no measure is chosen. */
  result: Result<IndustryDiscriminant> | null;
}

/**
 * Runs the analysis for the matrix and the spec. `groupName(k)` names Ward's k-th group
 * (0-based) in the interface language; `measureName` names a measure in messages.
 */
export function runGrouping(
  matrix: LabelledMatrix,
  spec: IndustryGroupingSpec,
  groupName: (k: number) => string,
  measureName: (m: IndustryMeasure) => string,
): GroupingRun | null {
  const region = groupingRegion(matrix.rows, spec);
  if (!region) return null;
  const pos = industryPosition(matrix, region);
  if (!pos) return null;
  const measures = spec.variables;
  const features = pos.industries.map((_, i) => measures.map((m) => pos.values[m][i]));
  let groups: IndustryGroup[];
  let wardIssues: Issue[] = [];
  const fromWard = spec.groups === null;
  if (spec.groups !== null) groups = spec.groups.map((g) => ({ ...g }));
  else {
    const proposal = wardProposal(pos.industries, features, pos.values.lq, spec.k, measures);
    groups = Array.from({ length: spec.k }, (_, k) => ({ name: groupName(k), industries: [] }));
    if (proposal.ok) proposal.value.forEach(([ind, k]) => groups[k].industries.push(ind));
    else wardIssues = proposal.issues;
  }
  const result =
    measures.length === 0
      ? null
      : industryDiscriminant({
          industries: pos.industries,
          features,
          variables: measures.map(measureName),
          groups,
        });
  return {
    region,
    industries: pos.industries,
    measures,
    features,
    groups,
    fromWard,
    wardIssues,
    result,
  };
}

/** Ward's groups of the industries whose measures are all defined: [industry, group] pairs. */
function wardProposal(
  industries: readonly string[],
  features: readonly (readonly (number | null)[])[],
  lq: readonly (number | null)[],
  k: number,
  measures: readonly IndustryMeasure[],
): Result<[string, number][]> {
  const rows = industries
    .map((_, i) => i)
    .filter(
      (i) => features[i].length > 0 && features[i].every((v) => v !== null && Number.isFinite(v)),
    );
  const g = wardGrouping(
    rows.map((i) => features[i] as number[]),
    k,
    rows.map((i) => lq[i] ?? 0),
    { observations: rows.map((i) => industries[i]), variables: [...measures] },
  );
  if (!g.ok) return g;
  return { ok: true, value: rows.map((i, r) => [industries[i], g.value[r]]), warnings: g.warnings };
}

/** Puts `industry` in group `to` (or in none with null), keeping the matrix's order. */
export function moveIndustry(
  groups: readonly IndustryGroup[],
  industries: readonly string[],
  industry: string,
  to: number | null,
): IndustryGroup[] {
  const order = (list: string[]) =>
    list.sort((a, b) => industries.indexOf(a) - industries.indexOf(b));
  return groups.map((g, k) => {
    const rest = g.industries.filter((x) => x !== industry);
    return { ...g, industries: k === to ? order([...rest, industry]) : rest };
  });
}

/** The group of each industry (index into groups; null = none), first group listing it. */
export function groupOfIndustry(groups: readonly IndustryGroup[], industry: string): number | null {
  const k = groups.findIndex((g) => g.industries.includes(industry));
  return k < 0 ? null : k;
}
