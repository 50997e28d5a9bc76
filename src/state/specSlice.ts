/**
 * The analysis spec (core/spec.ts) and the edits a user makes to its rating part, with
 * undo/redo. Consecutive moves of one slider coalesce into one history step, so undo takes
 * back a whole drag rather than each pixel of it.
 */
import {
  defaultSpec,
  paperRatingSpec,
  findGroup,
  mapGroups,
  type Aggregation,
  type AnalysisSpec,
  type Direction,
  type ImputeSpec,
  type IndicatorSpec,
  type Normalisation,
  type OutlierSpec,
  type RatingSpec,
  type SensitivitySpec,
} from '../core/index.ts';
import {
  addGroup,
  clampWeight,
  equalRating,
  excludeIndicator,
  includeIndicator,
  mapGroup,
  mapIndicator,
  moveGroup,
  moveIndicator,
  removeGroup,
  renameGroup,
  sameWeights,
} from './indexTreeEdit.ts';
import { activeUserDataset, userBaseTree } from './study.ts';

export { equalRating } from './indexTreeEdit.ts';

export type Preset = 'paper' | 'equal' | 'custom';

export interface SpecSlice {
  spec: AnalysisSpec;
  history: { past: AnalysisSpec[]; future: AnalysisSpec[]; lastKey: string | null };
  /**
   * Replaces the spec as one undo step. Calls with the same `key` in a row (the moves of one
   * slider, the drag of a cut line, the digits typed into one field) coalesce into one step.
   */
  setSpec: (spec: AnalysisSpec, key?: string) => void;
  setGroupWeight: (groupId: string, weight: number) => void;
  setIndicatorWeight: (indicatorId: string, weight: number) => void;
  setIncluded: (indicatorId: string, included: boolean) => void;
  setDirection: (indicatorId: string, direction: Direction) => void;
  /** The target (distance to target) of an indicator in its own unit; undefined clears it. */
  setTarget: (indicatorId: string, target: number | undefined) => void;
  /** One goalpost of an indicator (`undefined` clears it); typing into one field is one step. */
  setGoalpost: (indicatorId: string, end: 'low' | 'high', value: number | undefined) => void;
  /** The output scale of min-max and goalposts; `undefined` = the default 0-100. */
  setRange: (range: [number, number] | undefined) => void;
  /**
   * Data treatment (issue 9 item 3) of one indicator, or with `indicatorId` null the rating's
   * default; a field set to null is removed (an indicator then follows the default, the
   * default becomes "none"). Repeated edits of one field coalesce into one undo step.
   */
  setTreatment: (indicatorId: string | null, patch: TreatmentPatch) => void;
  /** The index editor (issue 9): groups at any depth. */
  renameGroup: (groupId: string, label: string) => void;
  addGroup: (parentId: string | null, label: string) => void;
  removeGroup: (groupId: string) => void;
  moveGroup: (groupId: string, parentId: string | null) => void;
  moveIndicator: (indicatorId: string, groupId: string) => void;
  setNormalisation: (n: Normalisation) => void;
  setAggregation: (a: Aggregation) => void;
  /** The method of one level (0 = the index's); null = the same as `aggregation`. */
  setLevelAggregation: (level: number, a: Aggregation | null) => void;
  /** The exponent of the generalised mean. */
  setPower: (p: number) => void;
  applyPreset: (p: Exclude<Preset, 'custom'>) => void;
  /**
   * The weights of `rating`'s tree (e.g. "PCA weights per group", computed by the rating view
   * with core/composite/pcaWeights.ts, so the shell does not load the eigen-solver); one undo
   * step.
   */
  applyWeights: (rating: RatingSpec) => void;
  resetRating: () => void;
  /**
   * Change how the rank sensitivity samples weights (mode, noise, runs) or the sensitivity over
   * every choice; one undo step, or one per gesture when successive calls pass the same `key`
   * (a number typed digit by digit).
   */
  setSensitivity: (p: Partial<SensitivitySpec>, key?: string) => void;
  undo: () => void;
  redo: () => void;
}

/** A change of treatment: each field set, or null to remove it. */
export interface TreatmentPatch {
  impute?: ImputeSpec | null;
  outliers?: OutlierSpec | null;
  /** Indicators only. */
  denominator?: string | null;
}

/** `x` with the patch applied: on an indicator its own fields, on the rating its default. */
function withTreatment<X extends IndicatorSpec | RatingSpec>(x: X, patch: TreatmentPatch): X {
  if ('groups' in x) {
    const r = x as RatingSpec;
    const cur = { ...r.treatment };
    for (const k of ['impute', 'outliers'] as const) {
      const v = patch[k];
      if (v === null) delete cur[k];
      else if (v !== undefined) (cur as Record<string, unknown>)[k] = v;
    }
    const rest = { ...r };
    delete rest.treatment;
    return (Object.keys(cur).length > 0 ? { ...rest, treatment: cur } : rest) as X;
  }
  const out = { ...x } as IndicatorSpec;
  for (const k of ['impute', 'outliers', 'denominator'] as const) {
    const v = patch[k];
    if (v === null || v === '') delete out[k];
    else if (v !== undefined) (out as unknown as Record<string, unknown>)[k] = v;
  }
  return out as X;
}

const HISTORY_LIMIT = 100;

// The preset of each rating object: the method controls and the table model ask at every
// store update (two per slider step), and the answer needs two trees built and compared.
const presets = new WeakMap<RatingSpec, Preset>();

/** Which preset the rating's weights match, if any ('custom' otherwise). */
export function presetOf(r: RatingSpec): Preset {
  let p = presets.get(r);
  if (p === undefined) {
    p = sameWeights(r.groups, paperRatingSpec().groups)
      ? 'paper'
      : sameWeights(r.groups, equalRating(r).groups)
        ? 'equal'
        : 'custom';
    presets.set(r, p);
  }
  return p;
}

type Set = (f: (s: SpecSlice) => Partial<SpecSlice>) => void;

const PAPER = paperRatingSpec();

/**
 * The tree an indicator returns to when included again, and the one reset restores: the
 * paper's for the bundled data, the user table's own (state/study.ts) for theirs.
 */
export function baseTree(s: SpecSlice): RatingSpec {
  const full = s as SpecSlice & { userData?: Parameters<typeof activeUserDataset>[0]['userData'] };
  if (s.spec.data.table.source !== 'user' || !full.userData) return PAPER;
  const d = activeUserDataset({ spec: s.spec, userData: full.userData });
  return d ? userBaseTree(d) : PAPER;
}

export function createSpecSlice(set: Set, initial: AnalysisSpec = defaultSpec()): SpecSlice {
  /** Apply an edit to the rating; `key` coalesces repeated edits of one control. */
  const edit = (key: string | null, f: (r: RatingSpec, base: RatingSpec) => RatingSpec) =>
    set((s) => {
      const rating = f(s.spec.rating, baseTree(s));
      if (rating === s.spec.rating) return {};
      const next: AnalysisSpec = { ...s.spec, rating };
      const coalesce = key !== null && key === s.history.lastKey;
      const past = coalesce ? s.history.past : [...s.history.past, s.spec].slice(-HISTORY_LIMIT);
      return { spec: next, history: { past, future: [], lastKey: key } };
    });

  return {
    spec: initial,
    history: { past: [], future: [], lastKey: null },
    setSpec: (spec, key) =>
      set((s) => {
        const coalesce = key !== undefined && key === s.history.lastKey;
        const past = coalesce ? s.history.past : [...s.history.past, s.spec].slice(-HISTORY_LIMIT);
        return { spec, history: { past, future: [], lastKey: key ?? null } };
      }),
    setGroupWeight: (groupId, weight) =>
      edit(`g:${groupId}`, (r) =>
        mapGroup(r, groupId, (g) => ({ ...g, weight: clampWeight(weight) })),
      ),
    setIndicatorWeight: (id, weight) =>
      edit(`i:${id}`, (r) => mapIndicator(r, id, (i) => ({ ...i, weight: clampWeight(weight) }))),
    setIncluded: (id, on) =>
      edit(null, (r, base) => (on ? includeIndicator(r, id, base) : excludeIndicator(r, id))),
    setDirection: (id, direction) =>
      edit(null, (r) => mapIndicator(r, id, (i) => ({ ...i, direction }))),
    setTarget: (id, target) =>
      edit(`t:${id}`, (r) =>
        mapIndicator(r, id, (i) => {
          const rest = { ...i };
          delete rest.target;
          return target === undefined || !Number.isFinite(target) ? rest : { ...rest, target };
        }),
      ),
    setGoalpost: (id, end, value) =>
      edit(`gp:${end}:${id}`, (r) =>
        mapIndicator(r, id, (i) => {
          const rest = { ...i };
          const gp = { ...rest.goalposts };
          delete rest.goalposts;
          delete gp[end];
          if (value !== undefined && Number.isFinite(value)) gp[end] = value;
          return gp.low === undefined && gp.high === undefined ? rest : { ...rest, goalposts: gp };
        }),
      ),
    setRange: (range) =>
      edit('range', (r) => {
        const rest = { ...r };
        delete rest.range;
        return range && !(range[0] === 0 && range[1] === 100) ? { ...rest, range } : rest;
      }),
    setTreatment: (id, patch) =>
      edit(`tr:${id ?? ''}:${Object.keys(patch).join(',')}`, (r) =>
        id === null ? withTreatment(r, patch) : mapIndicator(r, id, (i) => withTreatment(i, patch)),
      ),
    renameGroup: (id, label) => edit(`n:${id}`, (r) => renameGroup(r, id, label)),
    addGroup: (parent, label) => edit(null, (r) => addGroup(r, parent, label)),
    removeGroup: (id) => edit(null, (r) => removeGroup(r, id)),
    moveGroup: (id, parent) => edit(null, (r) => moveGroup(r, id, parent)),
    moveIndicator: (id, to) => edit(null, (r) => moveIndicator(r, id, to)),
    setNormalisation: (normalisation) => edit(null, (r) => ({ ...r, normalisation })),
    setAggregation: (aggregation) => edit(null, (r) => ({ ...r, aggregation })),
    setLevelAggregation: (level, a) =>
      edit(null, (r) => {
        const levels = [...(r.levels ?? [])];
        while (levels.length <= level) levels.push(null);
        levels[level] = a;
        while (levels.length > 0 && levels[levels.length - 1] === null) levels.pop();
        const rest = { ...r };
        delete rest.levels;
        return levels.length > 0 ? { ...rest, levels } : rest;
      }),
    setPower: (power) => edit('power', (r) => ({ ...r, power })),
    applyPreset: (p) =>
      edit(null, (r, base) => {
        if (p === 'equal') return equalRating(r);
        // The paper's weights (the base tree's) for whatever indicators are included now.
        const paper = base;
        return {
          ...r,
          groups: mapGroups(r.groups, (g) => ({
            ...g,
            weight: findGroup(paper, g.id)?.weight ?? 1,
            indicators: g.indicators.map((i) => ({ ...i, weight: 1 })),
          })),
        };
      }),
    applyWeights: (weighted) => edit(null, (r) => ({ ...r, groups: weighted.groups })),
    resetRating: () => edit(null, (_r, base) => (base === PAPER ? paperRatingSpec() : base)),
    setSensitivity: (p, key) =>
      set((s) => {
        const next = { ...s.spec.sensitivity, ...p };
        const same = (Object.keys(next) as (keyof SensitivitySpec)[]).every((k) =>
          k === 'choices'
            ? JSON.stringify(next.choices) === JSON.stringify(s.spec.sensitivity.choices)
            : next[k] === s.spec.sensitivity[k],
        );
        if (same) return {};
        const coalesce = key !== undefined && key === s.history.lastKey;
        return {
          spec: { ...s.spec, sensitivity: next },
          history: {
            past: coalesce ? s.history.past : [...s.history.past, s.spec].slice(-HISTORY_LIMIT),
            future: [],
            lastKey: key ?? null,
          },
        };
      }),
    undo: () =>
      set((s) => {
        const prev = s.history.past.at(-1);
        if (!prev) return {};
        return {
          spec: prev,
          history: {
            past: s.history.past.slice(0, -1),
            future: [s.spec, ...s.history.future],
            lastKey: null,
          },
        };
      }),
    redo: () =>
      set((s) => {
        const next = s.history.future[0];
        if (!next) return {};
        return {
          spec: next,
          history: {
            past: [...s.history.past, s.spec],
            future: s.history.future.slice(1),
            lastKey: null,
          },
        };
      }),
  };
}
