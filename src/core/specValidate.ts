/**
 * Validation of an AnalysisSpec (version 2) read from JSON (a file, the URL, local storage): every
 * problem is listed, each with its field path in `where.field` and at the head of the
 * message, e.g. `rating.groups[1].indicators[0].weight: must be a number from 0 to 1000000`
 * (docs/architecture.md, "Validation lists every problem"). On success the value is a clean copy
 * holding only the known fields; unknown fields are warnings, not errors, so that a spec from
 * a newer version still loads. A whole section a document does not carry (`map`, `view`,
 * `specialisation`, or one added later) takes its default: sections are optional on reading,
 * so adding one never breaks old links. Older versions are migrated first (specMigrate.ts).
 */
import { walkGroups } from './composite/ratingTree.ts';
import { fail, ok, type Issue, type Result } from './issue.ts';
import { MAX_RUNS } from './sensitivity/sensitivity.ts';
import {
  ANALYSIS_SOURCES,
  CLASS_METHODS,
  MAX_SELECTED,
  PALETTE_IDS,
  CATEGORICAL_PALETTE_IDS,
  SPEC_VERSION,
  YEARS,
  MIN_YEAR,
  MAX_YEAR,
  CHOICES_DEFAULT,
  CHOICES_MAX_RUNS,
  UNCERTAIN_INPUTS,
  defaultSpec,
  type AnalysisSpec,
  type ChoicesSpec,
  type BoundarySet,
  type ClassBand,
  type ClusteringSpec,
  type DataSpec,
  type FactorSpec,
  type FileRef,
  type GroupSpec,
  type Goalposts,
  type ImputeSpec,
  IMPUTE_METHODS,
  type IndicatorSpec,
  type OutlierSpec,
  OUTLIER_METHODS,
  type RatingTreatment,
  type MapSpec,
  type SpatialSpec,
  type RatingSpec,
  type SensitivitySpec,
  type SpecialisationSpec,
  type ClusterToolkitSpec,
  defaultIndustryGroupingSpec,
  type IndustryGroupingSpec,
  type IndustryMeasure,
  MAX_INDUSTRY_GROUPS,
  type UserTable,
  type CrosswalkSpec,
  type ViewSpec,
} from './spec.ts';

const NORMALISATIONS = [
  'ratio-to-max',
  'min-max',
  'z-score',
  'rank',
  'distance-to-target',
  'goalposts',
];
const AGGREGATIONS = ['arithmetic', 'geometric', 'harmonic', 'generalised', 'copeland'];
const DIRECTIONS = ['higher', 'lower'];

type Obj = Record<string, unknown>;

class Checker {
  issues: Issue[] = [];
  private add(code: string, severity: Issue['severity'], field: string, what: string) {
    this.issues.push({ code, severity, message: `${field}: ${what}`, where: { field } });
  }
  error(code: string, field: string, what: string) {
    this.add(code, 'error', field, what);
  }
  warn(code: string, field: string, what: string) {
    this.add(code, 'warning', field, what);
  }
  object(x: unknown, field: string): Obj | null {
    if (typeof x === 'object' && x !== null && !Array.isArray(x)) return x as Obj;
    this.error(x === undefined ? 'missing-field' : 'wrong-type', field, 'must be an object');
    return null;
  }
  array(x: unknown, field: string, nonEmpty = false): unknown[] | null {
    if (!Array.isArray(x)) {
      this.error(x === undefined ? 'missing-field' : 'wrong-type', field, 'must be a list');
      return null;
    }
    if (nonEmpty && x.length === 0) this.error('empty-list', field, 'must not be empty');
    return x;
  }
  string(x: unknown, field: string): string {
    if (typeof x === 'string' && x.trim() !== '') return x;
    this.error(x === undefined ? 'missing-field' : 'wrong-type', field, 'must be a non-empty text');
    return '';
  }
  number(x: unknown, field: string, min: number, max = Infinity, integer = false): number {
    const okNum =
      typeof x === 'number' &&
      Number.isFinite(x) &&
      x >= min &&
      x <= max &&
      (!integer || Number.isInteger(x));
    if (okNum) return x as number;
    const kind = integer ? 'a whole number' : 'a number';
    const range = max === Infinity ? `>= ${min}` : `from ${min} to ${max}`;
    const code =
      x === undefined ? 'missing-field' : typeof x !== 'number' ? 'wrong-type' : 'out-of-range';
    this.error(code, field, `must be ${kind} ${range}`);
    return typeof x === 'number' && Number.isFinite(x) ? x : 0;
  }
  oneOf<T extends string>(x: unknown, field: string, values: readonly string[]): T {
    if (typeof x === 'string' && values.includes(x)) return x as T;
    this.error(
      x === undefined ? 'missing-field' : 'unknown-value',
      field,
      `must be one of ${values.map((v) => `'${v}'`).join(', ')}`,
    );
    return values[0] as T;
  }
  known(o: Obj, field: string, keys: readonly string[]) {
    for (const k of Object.keys(o)) {
      if (!keys.includes(k))
        this.warn(
          'unknown-field',
          field ? `${field}.${k}` : k,
          'is not a known setting and is ignored',
        );
    }
  }
  /** A text that may be empty (a unit). */
  text(x: unknown, field: string): string {
    if (typeof x === 'string') return x;
    this.error(x === undefined ? 'missing-field' : 'wrong-type', field, 'must be a text');
    return '';
  }
  boolean(x: unknown, field: string): boolean {
    if (typeof x === 'boolean') return x;
    this.error(x === undefined ? 'missing-field' : 'wrong-type', field, 'must be true or false');
    return false;
  }
  strings(x: unknown, field: string): string[] {
    const a = this.array(x, field);
    if (!a) return [];
    return a.map((v, i) => this.string(v, `${field}[${i}]`));
  }
}

/**
 * Largest weight a spec may carry (1,000,000). Weights are relative within their level, so a
 * larger one only says "all of it"; 1e308 overflowed the level's sum and zeroed every index.
 */
export const MAX_WEIGHT = 1e6;
/** Levels of groups an index tree may have (indicators aside): index > 6 levels > indicators. */
export const MAX_TREE_DEPTH = 6;

/** Largest number of points a forced winsorisation may take. */
export const MAX_WIN_POINTS = 100;
/** Box-Cox exponents accepted (COINr's examples stay within -2..2). */
export const BOXCOX_LAMBDA_RANGE: readonly [number, number] = [-5, 5];

/** How gaps are filled (issue 9 item 3): a method, and the group column for group means. */
function imputeSpec(c: Checker, x: unknown, f: string): ImputeSpec | undefined {
  const o = c.object(x, f);
  if (!o) return undefined;
  c.known(o, f, ['method', 'by']);
  const method = c.oneOf<ImputeSpec['method']>(o.method, `${f}.method`, IMPUTE_METHODS);
  const grouped = method === 'group-mean' || method === 'group-median';
  if (grouped) {
    const by = c.string(o.by, `${f}.by`);
    return by ? { method, by } : { method };
  }
  if (o.by !== undefined)
    c.warn('ignored-field', `${f}.by`, 'is read only by the group means and medians; ignored');
  return { method };
}

/** How outliers are treated: a method, the points of a winsorisation, Box-Cox's lambda. */
function outlierSpec(c: Checker, x: unknown, f: string): OutlierSpec | undefined {
  const o = c.object(x, f);
  if (!o) return undefined;
  c.known(o, f, ['method', 'points', 'lambda']);
  const method = c.oneOf<OutlierSpec['method']>(o.method, `${f}.method`, OUTLIER_METHODS);
  const out: OutlierSpec = { method };
  if (o.points !== undefined) {
    if (method === 'winsorise')
      out.points = c.number(o.points, `${f}.points`, 1, MAX_WIN_POINTS, true);
    else c.warn('ignored-field', `${f}.points`, 'is read only by winsorisation; ignored');
  }
  if (o.lambda !== undefined) {
    if (method === 'boxcox') {
      out.lambda = c.number(o.lambda, `${f}.lambda`, ...BOXCOX_LAMBDA_RANGE);
    } else c.warn('ignored-field', `${f}.lambda`, 'is read only by Box-Cox; ignored');
  }
  return out;
}

/** `impute` and `outliers` of an indicator or of the rating's default, onto `out`. */
function treatmentFields(c: Checker, o: Obj, f: string, out: RatingTreatment): void {
  if (o.impute !== undefined) {
    const i = imputeSpec(c, o.impute, `${f}.impute`);
    if (i) out.impute = i;
  }
  if (o.outliers !== undefined) {
    const t = outlierSpec(c, o.outliers, `${f}.outliers`);
    if (t) out.outliers = t;
  }
}

/** The rating's default treatment. */
function treatmentSpec(c: Checker, x: unknown, f: string): RatingTreatment | undefined {
  const o = c.object(x, f);
  if (!o) return undefined;
  c.known(o, f, ['impute', 'outliers']);
  const out: RatingTreatment = {};
  treatmentFields(c, o, f, out);
  return out;
}

function indicator(c: Checker, x: unknown, f: string, normalisation: string): IndicatorSpec {
  const o = c.object(x, f);
  if (!o) return { id: '', weight: 0, direction: 'higher' };
  c.known(o, f, [
    'id',
    'label',
    'unit',
    'weight',
    'direction',
    'target',
    'goalposts',
    'impute',
    'outliers',
    'denominator',
  ]);
  const out: IndicatorSpec = {
    id: c.string(o.id, `${f}.id`),
    weight: c.number(o.weight, `${f}.weight`, 0, MAX_WEIGHT),
    direction: c.oneOf(o.direction, `${f}.direction`, DIRECTIONS),
  };
  if (o.label !== undefined) out.label = c.string(o.label, `${f}.label`);
  if (o.unit !== undefined) out.unit = c.text(o.unit, `${f}.unit`);
  if (o.target !== undefined || normalisation === 'distance-to-target') {
    const t = o.target;
    if (typeof t === 'number' && Number.isFinite(t) && t > 0) out.target = t;
    else if (normalisation === 'distance-to-target' || t !== undefined) {
      c.error(
        t === undefined ? 'missing-field' : 'out-of-range',
        `${f}.target`,
        'must be a number > 0 (distance to a target needs a target for every indicator)',
      );
    }
  }
  // Goalposts may be half typed (rate() names the indicator); only a present pair is checked.
  if (o.goalposts !== undefined) {
    const g = c.object(o.goalposts, `${f}.goalposts`);
    if (g) {
      c.known(g, `${f}.goalposts`, ['low', 'high']);
      const gp: Goalposts = {};
      if (g.low !== undefined) gp.low = c.number(g.low, `${f}.goalposts.low`, -1e15, 1e15);
      if (g.high !== undefined) gp.high = c.number(g.high, `${f}.goalposts.high`, -1e15, 1e15);
      if (gp.low !== undefined && gp.high !== undefined && !(gp.low < gp.high)) {
        c.error('out-of-range', `${f}.goalposts`, 'the lower goalpost must be below the upper one');
      }
      out.goalposts = gp;
    }
  }
  treatmentFields(c, o, f, out);
  if (o.denominator !== undefined) {
    const d = c.string(o.denominator, `${f}.denominator`);
    if (d && d === out.id)
      c.error('out-of-range', `${f}.denominator`, 'an indicator cannot be divided by itself');
    else if (d) out.denominator = d;
  }
  return out;
}

function zeroWeights(c: Checker, weights: number[], field: string, what: string) {
  if (weights.length > 0 && weights.every((w) => w === 0)) {
    c.error('zero-weights', field, `all ${what} weights are 0; at least one must be > 0`);
  }
}

function bands(c: Checker, x: unknown, f: string): ClassBand[] {
  const a = c.array(x, f, true) ?? [];
  const out = a.map((b, i) => {
    const o = c.object(b, `${f}[${i}]`);
    if (!o) return { label: '', min: 0 };
    c.known(o, `${f}[${i}]`, ['label', 'min']);
    return {
      label: c.string(o.label, `${f}[${i}].label`),
      min: c.number(o.min, `${f}[${i}].min`, -Infinity),
    };
  });
  const labels = new Set<string>();
  const mins = new Set<number>();
  out.forEach((b, i) => {
    if (b.label && labels.has(b.label))
      c.error('duplicate-id', `${f}[${i}].label`, `'${b.label}' is used twice`);
    if (mins.has(b.min)) c.error('duplicate-id', `${f}[${i}].min`, `two classes start at ${b.min}`);
    labels.add(b.label);
    mins.add(b.min);
  });
  return out;
}

/** Checks a RatingSpec; `field` is its path for messages (`rating` inside an AnalysisSpec). */
function checkRatingSpec(c: Checker, x: unknown, field = 'rating'): RatingSpec | null {
  const o = c.object(x, field);
  if (!o) return null;
  c.known(o, field, [
    'groups',
    'normalisation',
    'aggregation',
    'classes',
    'range',
    'levels',
    'power',
    'treatment',
  ]);
  const normalisation = c.oneOf<RatingSpec['normalisation']>(
    o.normalisation,
    `${field}.normalisation`,
    NORMALISATIONS,
  );
  const aggregation = c.oneOf<RatingSpec['aggregation']>(
    o.aggregation,
    `${field}.aggregation`,
    AGGREGATIONS,
  );
  const levels =
    o.levels === undefined
      ? undefined
      : (c.array(o.levels, `${field}.levels`) ?? []).map((x, i) =>
          x === null
            ? null
            : c.oneOf<RatingSpec['aggregation']>(x, `${field}.levels[${i}]`, AGGREGATIONS),
        );
  const power = o.power === undefined ? undefined : c.number(o.power, `${field}.power`, -10, 10);
  if (power === 0) c.error('out-of-range', `${field}.power`, 'the exponent must not be 0');
  const positiveOnly = ['geometric', 'harmonic', 'generalised'];
  if (
    o.normalisation === 'z-score' &&
    [o.aggregation, ...(levels ?? [])].some((a) => positiveOnly.includes(a as string))
  ) {
    c.error(
      'incompatible-methods',
      `${field}.aggregation`,
      'geometric, harmonic and generalised means need values >= 0, and z-scores are negative below the mean; use another normalisation or the arithmetic mean',
    );
  }
  const seenGroups = new Set<string>();
  const seenIndicators = new Set<string>();
  const group = (g: unknown, gf: string, depth: number): GroupSpec => {
    const go = c.object(g, gf);
    if (!go) return { id: '', weight: 0, indicators: [] };
    c.known(go, gf, ['id', 'label', 'weight', 'indicators', 'groups']);
    const id = c.string(go.id, `${gf}.id`);
    const label = go.label === undefined ? undefined : c.string(go.label, `${gf}.label`);
    if (id && seenGroups.has(id))
      c.error('duplicate-id', `${gf}.id`, `group '${id}' is defined twice`);
    seenGroups.add(id);
    const weight = c.number(go.weight, `${gf}.weight`, 0, MAX_WEIGHT);
    // A group may be empty while the user builds the tree (the index editor adds groups
    // empty); rate() names it (empty-group) and leaves it out.
    const indicators = (c.array(go.indicators, `${gf}.indicators`) ?? []).map((ind, ii) => {
      const spec = indicator(c, ind, `${gf}.indicators[${ii}]`, normalisation);
      if (spec.id && seenIndicators.has(spec.id)) {
        c.error(
          'duplicate-id',
          `${gf}.indicators[${ii}].id`,
          `indicator '${spec.id}' is used twice`,
        );
      }
      seenIndicators.add(spec.id);
      return spec;
    });
    if (Array.isArray(go.indicators) && go.indicators.length === 0 && !Array.isArray(go.groups))
      c.warn('empty-list', `${gf}.indicators`, 'the group holds no indicator and no sub-group');
    let subs: GroupSpec[] = [];
    if (go.groups !== undefined) {
      const a = c.array(go.groups, `${gf}.groups`, true) ?? [];
      if (a.length > 0 && depth + 1 >= MAX_TREE_DEPTH) {
        c.error(
          'out-of-range',
          `${gf}.groups`,
          `an index tree may be at most ${MAX_TREE_DEPTH} levels of groups deep`,
        );
      } else subs = a.map((x, i) => group(x, `${gf}.groups[${i}]`, depth + 1));
    }
    if (subs.length === 0) {
      zeroWeights(
        c,
        indicators.map((i) => i.weight),
        `${gf}.indicators`,
        'indicator',
      );
    } else {
      // Own indicators and sub-groups are one level: the zero check runs over both.
      zeroWeights(
        c,
        [...indicators.map((i) => i.weight), ...subs.map((x) => x.weight)],
        gf,
        'indicator and sub-group',
      );
    }
    const out: GroupSpec =
      label === undefined ? { id, weight, indicators } : { id, label, weight, indicators };
    if (subs.length > 0) out.groups = subs;
    return out;
  };
  const groups: GroupSpec[] = (c.array(o.groups, `${field}.groups`, true) ?? []).map((g, gi) =>
    group(g, `${field}.groups[${gi}]`, 0),
  );
  zeroWeights(
    c,
    groups.map((g) => g.weight),
    `${field}.groups`,
    'group',
  );
  const out: RatingSpec = {
    groups,
    normalisation,
    aggregation,
    classes: bands(c, o.classes, `${field}.classes`),
  };
  if (levels !== undefined) out.levels = levels;
  if (power !== undefined) out.power = power;
  if (o.treatment !== undefined) {
    const t = treatmentSpec(c, o.treatment, `${field}.treatment`);
    if (t) out.treatment = t;
  }
  if (o.range !== undefined) {
    const r = c.array(o.range, `${field}.range`);
    if (r && r.length === 2) {
      const lo = c.number(r[0], `${field}.range[0]`, -1e12, 1e12);
      const hi = c.number(r[1], `${field}.range[1]`, -1e12, 1e12);
      if (!(lo < hi))
        c.error('out-of-range', `${field}.range`, 'the low end must be below the high end');
      out.range = [lo, hi];
    } else if (r) c.error('out-of-range', `${field}.range`, 'must be [low, high]');
  }
  return out;
}

function sensitivitySpec(c: Checker, x: unknown, f: string): SensitivitySpec {
  const o = c.object(x, f);
  if (!o) return defaultSpec().sensitivity;
  c.known(o, f, ['runs', 'mode', 'noise', 'seed', 'choices']);
  return {
    runs: c.number(o.runs, `${f}.runs`, 1, MAX_RUNS, true),
    mode: c.oneOf(o.mode, `${f}.mode`, ['uniform', 'simplex']),
    noise: c.number(o.noise, `${f}.noise`, 0, 1),
    seed: c.number(o.seed, `${f}.seed`, -(2 ** 31), 2 ** 32 - 1, true),
    ...(o.choices === undefined ? {} : { choices: choicesSpec(c, o.choices, `${f}.choices`) }),
  };
}

function choicesSpec(c: Checker, x: unknown, f: string): ChoicesSpec {
  const o = c.object(x, f);
  if (!o) return CHOICES_DEFAULT;
  c.known(o, f, ['vary', 'runs', 'seed']);
  const vary = c.strings(o.vary, `${f}.vary`);
  vary.forEach((v, i) => c.oneOf(v, `${f}.vary[${i}]`, UNCERTAIN_INPUTS));
  return {
    // Kept in UNCERTAIN_INPUTS' order, each once, so equal choices compare equal.
    vary: UNCERTAIN_INPUTS.filter((i) => vary.includes(i)),
    runs: c.number(o.runs, `${f}.runs`, 10, CHOICES_MAX_RUNS, true),
    seed: c.number(o.seed, `${f}.seed`, 0, 2 ** 31 - 1, true),
  };
}

function clusteringSpec(c: Checker, x: unknown, f: string): ClusteringSpec {
  const o = c.object(x, f);
  if (!o) return defaultSpec().clustering;
  c.known(o, f, ['variables', 'standardise', 'linkage', 'k', 'source', 'table']);
  return {
    variables: c.strings(o.variables, `${f}.variables`),
    standardise: c.oneOf(o.standardise, `${f}.standardise`, ['z', 'none']),
    linkage: c.oneOf(o.linkage, `${f}.linkage`, ['ward', 'complete', 'average', 'single']),
    k: c.number(o.k, `${f}.k`, 1, Infinity, true),
    source: o.source === undefined ? 'regions' : c.oneOf(o.source, `${f}.source`, ANALYSIS_SOURCES),
    table: o.table === undefined || o.table === null ? null : fileRef(c, o.table, `${f}.table`),
  };
}

function factorSpec(c: Checker, x: unknown, f: string): FactorSpec {
  const o = c.object(x, f);
  if (!o) return defaultSpec().factors;
  c.known(o, f, ['variables', 'nfactors', 'rotation', 'convention', 'source']);
  return {
    variables: c.strings(o.variables, `${f}.variables`),
    nfactors: o.nfactors === null ? null : c.number(o.nfactors, `${f}.nfactors`, 1, Infinity, true),
    rotation: c.oneOf(o.rotation, `${f}.rotation`, ['varimax', 'none']),
    convention: c.oneOf(o.convention, `${f}.convention`, ['r', 'spss']),
    source: o.source === undefined ? 'regions' : c.oneOf(o.source, `${f}.source`, ANALYSIS_SOURCES),
  };
}

const SHA256 = /^[0-9a-f]{64}$/;

function fileRef(c: Checker, x: unknown, f: string): FileRef | null {
  const o = c.object(x, f);
  if (!o) return null;
  const sha256 = o.sha256;
  if (typeof sha256 !== 'string' || !SHA256.test(sha256))
    c.error(
      sha256 === undefined ? 'missing-field' : 'wrong-type',
      `${f}.sha256`,
      'must be the SHA-256 of the file (64 hex digits)',
    );
  return {
    fileName: c.string(o.fileName, `${f}.fileName`),
    sha256: typeof sha256 === 'string' ? sha256 : '',
  };
}

function userTable(c: Checker, o: Record<string, unknown>, f: string): UserTable {
  c.known(o, f, ['source', 'fileName', 'sha256', 'rows', 'importedAt', 'columns', 'crosswalk']);
  const ref = fileRef(c, o, f) ?? { fileName: '', sha256: '' };
  const columns = (c.array(o.columns, `${f}.columns`, true) ?? []).map((x, i) => {
    const cf = `${f}.columns[${i}]`;
    const co = c.object(x, cf);
    if (!co) return { id: '', unit: '', direction: 'higher' as const };
    c.known(co, cf, ['id', 'unit', 'direction']);
    return {
      id: c.string(co.id, `${cf}.id`),
      unit: co.unit === undefined ? '' : c.text(co.unit, `${cf}.unit`),
      direction: c.oneOf<'higher' | 'lower'>(co.direction, `${cf}.direction`, DIRECTIONS),
    };
  });
  return {
    source: 'user',
    ...ref,
    rows: c.number(o.rows, `${f}.rows`, 1, Infinity, true),
    importedAt: o.importedAt === undefined ? '' : c.text(o.importedAt, `${f}.importedAt`),
    columns,
    ...(o.crosswalk === undefined
      ? {}
      : { crosswalk: crosswalkSpec(c, o.crosswalk, `${f}.crosswalk`) }),
  };
}

const SCHEMES = ['2014', 'current'] as const;

/** The crosswalk applied on import (core/spec.ts, CrosswalkSpec). */
function crosswalkSpec(c: Checker, x: unknown, f: string): CrosswalkSpec {
  const o = c.object(x, f) ?? {};
  c.known(o, f, ['from', 'to', 'additive', 'weighted', 'weight', 'shares']);
  const ids = (v: unknown, g: string) =>
    (c.array(v, g) ?? []).map((s, i) => c.string(s, `${g}[${i}]`));
  const from = c.oneOf<'2014' | 'current'>(o.from, `${f}.from`, SCHEMES);
  const to = c.oneOf<'2014' | 'current'>(o.to, `${f}.to`, SCHEMES);
  const weighted = ids(o.weighted, `${f}.weighted`);
  const weight =
    o.weight === null || o.weight === undefined ? null : c.string(o.weight, `${f}.weight`);
  const shares =
    o.shares === undefined ? undefined : (fileRef(c, o.shares, `${f}.shares`) ?? undefined);
  return {
    from,
    to,
    additive: ids(o.additive, `${f}.additive`),
    weighted,
    weight,
    ...(shares ? { shares } : {}),
  };
}

function dataSpec(c: Checker, x: unknown, f: string): DataSpec {
  const d = defaultSpec().data;
  const o = c.object(x, f);
  if (!o) return d;
  c.known(o, f, ['table', 'year', 'boundaries']);
  let table: DataSpec['table'] = d.table;
  const t = c.object(o.table, `${f}.table`);
  if (t) {
    const source = c.oneOf(t.source, `${f}.table.source`, ['bundled', 'user']);
    if (source === 'user') table = userTable(c, t, `${f}.table`);
    else {
      c.known(t, `${f}.table`, ['source', 'dataset']);
      c.oneOf(t.dataset, `${f}.table.dataset`, ['innovation']);
    }
  }
  let boundaries: BoundarySet = { source: 'bundled' };
  if (o.boundaries !== undefined) {
    const b = c.object(o.boundaries, `${f}.boundaries`);
    if (b && c.oneOf(b.source, `${f}.boundaries.source`, ['bundled', 'user']) === 'user') {
      c.known(b, `${f}.boundaries`, ['source', 'fileName', 'sha256', 'units']);
      boundaries = {
        source: 'user',
        ...(fileRef(c, b, `${f}.boundaries`) ?? { fileName: '', sha256: '' }),
      };
      // A set of the user's own units: the properties of its codes and names (issue 11).
      if (b.units !== undefined) {
        const u = c.object(b.units, `${f}.boundaries.units`);
        if (u) {
          c.known(u, `${f}.boundaries.units`, ['key', 'name']);
          const key = c.string(u.key, `${f}.boundaries.units.key`).slice(0, 200);
          const name =
            u.name === null ? null : c.string(u.name, `${f}.boundaries.units.name`).slice(0, 200);
          if (key) boundaries.units = { key, name: name || null };
        }
      }
    }
  }
  // A bundled table has its two years; a user's table or panel any year in range.
  const year =
    table.source === 'bundled'
      ? Number(c.oneOf(String(o.year), `${f}.year`, YEARS.map(String)))
      : c.number(o.year, `${f}.year`, MIN_YEAR, MAX_YEAR, true);
  return { table, year, boundaries };
}

function specialisationSpec(c: Checker, x: unknown, f: string): SpecialisationSpec {
  const o = c.object(x, f);
  if (!o) return { table: null };
  c.known(o, f, ['table']);
  return {
    table: o.table === undefined || o.table === null ? null : fileRef(c, o.table, `${f}.table`),
  };
}

const finite = (b: unknown) => typeof b === 'number' && Number.isFinite(b);

/** The cluster toolkit's settings (issue 12); each missing part takes its default. */
function clusterToolkitSpec(c: Checker, x: unknown, f: string): ClusterToolkitSpec {
  const d = defaultSpec().clusters;
  const o = c.object(x, f);
  if (!o) return d;
  c.known(o, f, ['strong', 'stars', 'io', 'industry', 'discriminant']);
  const part = <T extends Record<string, number>>(
    key: 'strong' | 'stars',
    def: T,
    range: Record<keyof T, [number, number]>,
  ): T => {
    if (o[key] === undefined) return def;
    const p = c.object(o[key], `${f}.${key}`);
    if (!p) return def;
    c.known(p, `${f}.${key}`, Object.keys(def));
    const out = { ...def };
    for (const k of Object.keys(def) as (keyof T & string)[])
      if (p[k] !== undefined)
        (out as Record<string, number>)[k] = c.number(
          p[k],
          `${f}.${key}.${k}`,
          range[k][0],
          range[k][1],
        );
    return out;
  };
  const strong = part('strong', d.strong, {
    lqPercentile: [0, 1],
    sizePercentile: [0, 1],
    lqMin: [0, 100],
  });
  const stars = part('stars', d.stars, { sizeTop: [0, 1], lqMin: [0, 100], focusTop: [0, 1] });
  let io = d.io;
  if (o.io !== undefined) {
    const p = c.object(o.io, `${f}.io`);
    if (p) {
      c.known(p, `${f}.io`, ['method', 'delta', 'region']);
      io = {
        method:
          p.method === undefined
            ? d.io.method
            : c.oneOf<ClusterToolkitSpec['io']['method']>(p.method, `${f}.io.method`, [
                'national',
                'slq',
                'cilq',
                'flq',
              ]),
        delta: p.delta === undefined ? d.io.delta : c.number(p.delta, `${f}.io.delta`, 0, 0.99),
        region:
          p.region === undefined || p.region === null
            ? null
            : c.string(p.region, `${f}.io.region`).slice(0, 200),
      };
    }
  }
  const industry =
    o.industry === undefined || o.industry === null
      ? null
      : c.string(o.industry, `${f}.industry`).slice(0, 200);
  const discriminant =
    o.discriminant === undefined
      ? d.discriminant
      : industryGroupingSpec(c, o.discriminant, `${f}.discriminant`);
  return { strong, stars, io, industry, discriminant };
}

const INDUSTRY_MEASURES = ['lq', 'focus', 'density', 'hoover'];

/** The user's groups of industries (issue 12, item 5); missing parts take their defaults. */
function industryGroupingSpec(c: Checker, x: unknown, f: string): IndustryGroupingSpec {
  const d = defaultIndustryGroupingSpec();
  const o = c.object(x, f);
  if (!o) return d;
  c.known(o, f, ['region', 'variables', 'k', 'groups']);
  const region =
    o.region === undefined || o.region === null
      ? null
      : c.string(o.region, `${f}.region`).slice(0, 200);
  let variables = d.variables;
  if (o.variables !== undefined) {
    const a = c.array(o.variables, `${f}.variables`) ?? [];
    variables = a.map((v, i) =>
      c.oneOf<IndustryMeasure>(v, `${f}.variables[${i}]`, INDUSTRY_MEASURES),
    );
    variables = [...new Set(variables)];
  }
  const k = o.k === undefined ? d.k : c.number(o.k, `${f}.k`, 2, MAX_INDUSTRY_GROUPS, true);
  let groups: IndustryGroupingSpec['groups'] = null;
  if (o.groups !== undefined && o.groups !== null) {
    const a = c.array(o.groups, `${f}.groups`) ?? [];
    if (a.length > MAX_INDUSTRY_GROUPS)
      c.error('out-of-range', `${f}.groups`, `must hold at most ${MAX_INDUSTRY_GROUPS} groups`);
    groups = a.slice(0, MAX_INDUSTRY_GROUPS).map((g, i) => {
      const p = c.object(g, `${f}.groups[${i}]`);
      if (!p) return { name: '', industries: [] };
      c.known(p, `${f}.groups[${i}]`, ['name', 'industries']);
      return {
        name: c.string(p.name, `${f}.groups[${i}].name`).slice(0, 200),
        industries: c.strings(p.industries, `${f}.groups[${i}].industries`),
      };
    });
  }
  return { region, variables, k, groups };
}

const SPATIAL_WEIGHTS = /^(queen|rook|knn:[1-9]\d*|distance:\d+(\.\d+)?)$/;

function spatialSpec(c: Checker, x: unknown, f: string): SpatialSpec {
  const d = defaultSpec().spatial;
  const o = c.object(x, f);
  if (!o) return d;
  c.known(o, f, [
    'variable',
    'weights',
    'style',
    'islands',
    'permutations',
    'seed',
    'adjust',
    'alpha',
    'method',
    'k',
    'second',
    'layer',
    'weightsFile',
    'floor',
  ]);
  const opt = <T>(v: unknown, read: () => T, def: T): T => (v === undefined ? def : read());
  let weightsFile: SpatialSpec['weightsFile'] = d.weightsFile;
  if (o.weightsFile !== undefined && o.weightsFile !== null) {
    const wf = c.object(o.weightsFile, `${f}.weightsFile`);
    if (wf) {
      c.known(wf, `${f}.weightsFile`, ['name', 'format']);
      weightsFile = {
        name: c.string(wf.name, `${f}.weightsFile.name`),
        format: c.oneOf(wf.format, `${f}.weightsFile.format`, ['gal', 'gwt'] as const),
      };
    }
  }
  let floor: SpatialSpec['floor'] = d.floor;
  if (o.floor !== undefined && o.floor !== null) {
    const fl = c.object(o.floor, `${f}.floor`);
    if (fl) {
      c.known(fl, `${f}.floor`, ['variable', 'min']);
      floor = {
        variable: c.string(fl.variable, `${f}.floor.variable`),
        min: c.number(fl.min, `${f}.floor.min`, 0),
      };
      if (fl.min === 0) c.error('out-of-range', `${f}.floor.min`, 'must be a number > 0');
    }
  }
  const weights = opt(o.weights, () => c.string(o.weights, `${f}.weights`), d.weights);
  if (!SPATIAL_WEIGHTS.test(weights))
    c.error('unknown-value', `${f}.weights`, 'must be queen, rook, knn:K or distance:KM');
  return {
    variable:
      o.variable === undefined || o.variable === null
        ? null
        : c.string(o.variable, `${f}.variable`),
    weights,
    style: opt(o.style, () => c.oneOf(o.style, `${f}.style`, ['W', 'B'] as const), d.style),
    islands: opt(
      o.islands,
      () => c.oneOf(o.islands, `${f}.islands`, ['drop', 'nearest'] as const),
      d.islands,
    ),
    permutations: opt(
      o.permutations,
      () => c.number(o.permutations, `${f}.permutations`, 9, 99999, true),
      d.permutations,
    ),
    seed: opt(o.seed, () => c.number(o.seed, `${f}.seed`, -(2 ** 31), 2 ** 32 - 1, true), d.seed),
    adjust: opt(
      o.adjust,
      () => c.oneOf(o.adjust, `${f}.adjust`, ['none', 'fdr', 'bonferroni'] as const),
      d.adjust,
    ),
    alpha: opt(o.alpha, () => c.number(o.alpha, `${f}.alpha`, 0.0001, 0.5), d.alpha),
    method: opt(
      o.method,
      () => c.oneOf(o.method, `${f}.method`, ['schc', 'skater', 'maxp'] as const),
      d.method,
    ),
    k: opt(o.k, () => c.number(o.k, `${f}.k`, 1, Infinity, true), d.k),
    second: o.second === undefined || o.second === null ? null : c.string(o.second, `${f}.second`),
    layer: opt(
      o.layer,
      () => c.oneOf(o.layer, `${f}.layer`, ['value', 'lag', 'gistar'] as const),
      d.layer,
    ),
    weightsFile,
    floor,
  };
}

function mapSpec(c: Checker, x: unknown, f: string): MapSpec {
  const d = defaultSpec().map;
  const o = c.object(x, f);
  if (!o) return d;
  c.known(o, f, ['layer', 'classification', 'palette', 'categorical', 'overlays']);
  const layer = o.layer === undefined ? d.layer : c.string(o.layer, `${f}.layer`);
  if (layer.length > 200) c.error('out-of-range', `${f}.layer`, 'is too long');
  let classification = d.classification;
  if (o.classification !== undefined) {
    const k = c.object(o.classification, `${f}.classification`);
    if (k) {
      c.known(k, `${f}.classification`, ['method', 'k', 'breaks']);
      const breaks = c.array(k.breaks, `${f}.classification.breaks`) ?? [];
      if (breaks.length > 20 || !breaks.every(finite))
        c.error('wrong-type', `${f}.classification.breaks`, 'must be at most 20 numbers');
      classification = {
        method: c.oneOf(k.method, `${f}.classification.method`, CLASS_METHODS),
        k: c.number(k.k, `${f}.classification.k`, 2, 10, true),
        breaks: breaks.filter(finite) as number[],
      };
    }
  }
  let palette = d.palette;
  if (o.palette !== undefined && o.palette !== null)
    palette = c.oneOf(o.palette, `${f}.palette`, PALETTE_IDS);
  // Specs written before the choice existed (issue 15) have none: the default.
  const categorical =
    o.categorical === undefined
      ? d.categorical
      : c.oneOf<MapSpec['categorical']>(o.categorical, `${f}.categorical`, CATEGORICAL_PALETTE_IDS);
  let overlays = d.overlays;
  if (o.overlays !== undefined) {
    const v = c.object(o.overlays, `${f}.overlays`);
    if (v) {
      c.known(v, `${f}.overlays`, ['sites', 'groups', 'labels', 'basemap']);
      overlays = {
        sites: c.boolean(v.sites, `${f}.overlays.sites`),
        groups: c.boolean(v.groups, `${f}.overlays.groups`),
        labels: c.boolean(v.labels, `${f}.overlays.labels`),
        basemap: c.boolean(v.basemap, `${f}.overlays.basemap`),
      };
    }
  }
  return { layer, classification, palette, categorical, overlays };
}

const REGION_CODE = /^KZ-[A-Z0-9]{2,3}$/;

function viewSpec(c: Checker, x: unknown, f: string): ViewSpec {
  const d = defaultSpec().view;
  const o = c.object(x, f);
  if (!o) return d;
  c.known(o, f, ['route', 'language', 'selected']);
  const route = o.route === undefined ? d.route : c.string(o.route, `${f}.route`);
  if (!/^[a-z][a-z0-9-]{0,31}$/.test(route))
    c.error('unknown-value', `${f}.route`, 'is not a view');
  const language =
    o.language === undefined
      ? d.language
      : c.oneOf<ViewSpec['language']>(o.language, `${f}.language`, ['ru', 'kk', 'en']);
  const selected = o.selected === undefined ? [] : c.strings(o.selected, `${f}.selected`);
  if (selected.length > MAX_SELECTED || !selected.every((s) => REGION_CODE.test(s)))
    c.error(
      'out-of-range',
      `${f}.selected`,
      `must be at most ${MAX_SELECTED} region codes (KZ-...)`,
    );
  return {
    route,
    language,
    selected: selected.filter((s) => REGION_CODE.test(s)).slice(0, MAX_SELECTED),
  };
}

/**
 * The sections of a spec, each with its checker. A section the document lacks takes its
 * default (the checker is not called, so no issue): add a section here to extend the spec.
 * `data` and `rating` are required; the rest default.
 */
const OPTIONAL_SECTIONS = [
  'sensitivity',
  'clustering',
  'factors',
  'specialisation',
  'clusters',
  'map',
  'view',
  'spatial',
] as const;

export const hasErrors = (issues: Issue[]) => issues.some((i) => i.severity === 'error');

/** Validates a whole AnalysisSpec (version 2), listing every problem and unknown field. */
export function validateSpec(x: unknown): Result<AnalysisSpec> {
  const c = new Checker();
  const o = c.object(x, 'spec');
  if (!o) return fail(c.issues);
  c.known(o, '', ['version', 'data', 'rating', ...OPTIONAL_SECTIONS]);
  if (o.version !== SPEC_VERSION) {
    c.error(
      o.version === undefined ? 'missing-field' : 'unknown-value',
      'version',
      `must be ${SPEC_VERSION}`,
    );
  }
  const d = defaultSpec();
  const has = (k: string) => o[k] !== undefined;
  const spec: AnalysisSpec = {
    version: SPEC_VERSION,
    data: dataSpec(c, o.data, 'data'),
    rating: checkRatingSpec(c, o.rating) ?? {
      groups: [],
      normalisation: 'ratio-to-max',
      aggregation: 'arithmetic',
      classes: [],
    },
    sensitivity: has('sensitivity')
      ? sensitivitySpec(c, o.sensitivity, 'sensitivity')
      : d.sensitivity,
    clustering: has('clustering') ? clusteringSpec(c, o.clustering, 'clustering') : d.clustering,
    factors: has('factors') ? factorSpec(c, o.factors, 'factors') : d.factors,
    specialisation: has('specialisation')
      ? specialisationSpec(c, o.specialisation, 'specialisation')
      : d.specialisation,
    clusters: has('clusters') ? clusterToolkitSpec(c, o.clusters, 'clusters') : d.clusters,
    map: has('map') ? mapSpec(c, o.map, 'map') : d.map,
    view: has('view') ? viewSpec(c, o.view, 'view') : d.view,
    spatial: has('spatial') ? spatialSpec(c, o.spatial, 'spatial') : d.spatial,
  };
  const user = spec.data.table.source === 'user' ? spec.data.table : null;
  if (user) {
    // Every rated indicator must be a column of the user's table.
    const cols = new Set(user.columns.map((k) => k.id));
    walkGroups(spec.rating).forEach(({ group: g, field: gf }) =>
      g.indicators.forEach((ind, ii) => {
        if (ind.id && !cols.has(ind.id))
          c.error(
            'unknown-column',
            `${gf}.indicators[${ii}].id`,
            `'${ind.id}' is not a column of ${user.fileName}`,
          );
      }),
    );
  }
  return hasErrors(c.issues) ? fail(c.issues) : ok(spec, c.issues);
}

/** Validates a RatingSpec alone (paths start at `rating`, as inside an AnalysisSpec). */
export function validateRatingSpec(x: unknown): Result<RatingSpec> {
  const c = new Checker();
  const r = checkRatingSpec(c, x);
  return r && !hasErrors(c.issues) ? ok(r, c.issues) : fail(c.issues);
}
