/**
 * Goalposts and targets after a transforming outlier treatment (issue 9 items 3-4;
 * docs/methods.md section 9, "Goalposts and targets on the treated scale"). They are given in
 * the indicator's own unit; ln x, Box-Cox and COINr's log_CT move the values onto another
 * scale, where a raw goalpost or target would mean something else (a goalpost of 100 against
 * values of ln x near 4). So they go through the same increasing map as the values, with the
 * column's own shift (coin/treat/treatColumn.ts `map`): a unit at or beyond a goalpost or the
 * target still is so after the treatment, and the order of the goalposts is kept.
 * Winsorisation keeps the unit and leaves them alone.
 *
 * A goalpost or target outside the map's domain (ln of a value <= 0, below a shifted zero)
 * or, for distance to a target, a target that the map takes to 0 or below (the share of the
 * target reached is then undefined) is an error naming the indicator
 * (`treated-goalpost-undefined`, `treated-target-undefined`); the column then scores as with
 * missing goalposts or target. Where the map succeeds, a warning gives both values
 * (`treated-goalposts`, `treated-target`), so the user sees what the scores were computed
 * against.
 */
import type { Issue } from '../issue.ts';
import type { Goalposts, IndicatorSpec, Normalisation } from '../spec.ts';

/** Which transform moved the values (the cell mark of treatRating.ts). */
export type ReferenceTransform = 'log' | 'boxcox' | 'log_CT';

export interface TreatedReferences {
  target?: number;
  goalposts?: Goalposts;
  /** The references cannot be put on the treated scale: the column scores as without them. */
  undefined: boolean;
  issues: Issue[];
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

const NAMES: Record<ReferenceTransform, string> = {
  log: 'ln x',
  boxcox: 'Box-Cox',
  log_CT: "COINr's log",
};

export function treatedReferences(
  normalisation: Normalisation,
  ind: Pick<IndicatorSpec, 'id' | 'target' | 'goalposts'>,
  transform: { kind: ReferenceTransform; map: (v: number) => number } | undefined,
): TreatedReferences {
  const same = { target: ind.target, goalposts: ind.goalposts, undefined: false, issues: [] };
  if (!transform) return same;
  const where = { indicator: ind.id };
  const name = NAMES[transform.kind];
  const kept = (mapped: number): Record<string, number> =>
    mapped === mapped ? { mapped: round(mapped) } : {};
  if (normalisation === 'goalposts') {
    const g = ind.goalposts;
    if (typeof g?.low !== 'number' || typeof g.high !== 'number') return same;
    const low = transform.map(g.low);
    const high = transform.map(g.high);
    const off = low !== low ? g.low : high !== high ? g.high : null;
    if (off !== null)
      return {
        undefined: true,
        issues: [
          {
            code: 'treated-goalpost-undefined',
            severity: 'error',
            message: `${ind.id}: its values were transformed (${name}), and the goalpost ${off} lies outside that transform's domain, so the goalposts cannot follow the values onto the treated scale. Choose another outlier treatment (or none) for this indicator, or a goalpost within the range of the data.`,
            where,
            params: { value: off },
          },
        ],
      };
    return {
      target: ind.target,
      goalposts: { low, high },
      undefined: false,
      issues: [
        {
          code: 'treated-goalposts',
          severity: 'warning',
          message: `${ind.id}: its values were transformed (${name}), so its goalposts ${g.low} and ${g.high} were transformed the same way, to ${round(low)} and ${round(high)}.`,
          where,
          params: { low: g.low, high: g.high, tlow: round(low), thigh: round(high) },
        },
      ],
    };
  }
  if (normalisation === 'distance-to-target') {
    const t = ind.target;
    if (typeof t !== 'number' || !Number.isFinite(t) || t <= 0) return same;
    const mapped = transform.map(t);
    if (!(mapped > 0))
      return {
        undefined: true,
        issues: [
          {
            code: 'treated-target-undefined',
            severity: 'error',
            message: `${ind.id}: its values were transformed (${name}), and the same transform ${mapped === mapped ? `takes the target ${t} to ${round(mapped)}, not above 0` : `is undefined at the target ${t}`}, so the share of the target reached cannot be computed. Choose another outlier treatment (or none) for this indicator, or goalposts instead of a target.`,
            where,
            params: { value: t, ...kept(mapped) },
          },
        ],
      };
    return {
      target: mapped,
      goalposts: ind.goalposts,
      undefined: false,
      issues: [
        {
          code: 'treated-target',
          severity: 'warning',
          message: `${ind.id}: its values were transformed (${name}), so its target ${t} was transformed the same way, to ${round(mapped)}.`,
          where,
          params: { value: t, mapped: round(mapped) },
        },
      ],
    };
  }
  return same;
}
