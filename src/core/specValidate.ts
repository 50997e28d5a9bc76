/**
 * Validation of an AnalysisSpec read from JSON (a file, the URL, local storage): every
 * problem is listed, each with its field path in `where.field` and at the head of the
 * message, e.g. `rating.groups[1].indicators[0].weight: must be a number from 0 to 1000000`
 * (ARCHITECTURE.md, "Validation lists every problem"). On success the value is a clean copy
 * holding only the known fields; unknown fields are warnings, not errors, so that a spec from
 * a newer version still loads.
 */
import { fail, ok, type Issue, type Result } from './issue.ts';
import { MAX_RUNS } from './sensitivity/sensitivity.ts';
import {
  SPEC_VERSION,
  defaultSpec,
  type AnalysisSpec,
  type ClassBand,
  type ClusteringSpec,
  type FactorSpec,
  type GroupSpec,
  type IndicatorSpec,
  type RatingSpec,
  type SensitivitySpec,
} from './spec.ts';

const NORMALISATIONS = ['ratio-to-max', 'min-max', 'z-score', 'rank', 'distance-to-target'];
const AGGREGATIONS = ['arithmetic', 'geometric'];
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

function indicator(c: Checker, x: unknown, f: string, normalisation: string): IndicatorSpec {
  const o = c.object(x, f);
  if (!o) return { id: '', weight: 0, direction: 'higher' };
  c.known(o, f, ['id', 'weight', 'direction', 'target']);
  const out: IndicatorSpec = {
    id: c.string(o.id, `${f}.id`),
    weight: c.number(o.weight, `${f}.weight`, 0, MAX_WEIGHT),
    direction: c.oneOf(o.direction, `${f}.direction`, DIRECTIONS),
  };
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
  c.known(o, field, ['groups', 'normalisation', 'aggregation', 'classes']);
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
  if (o.normalisation === 'z-score' && o.aggregation === 'geometric') {
    c.error(
      'incompatible-methods',
      `${field}.aggregation`,
      'a geometric mean needs values >= 0, and z-scores are negative below the mean; use another normalisation or the arithmetic mean',
    );
  }
  const seenGroups = new Set<string>();
  const seenIndicators = new Set<string>();
  const groups: GroupSpec[] = (c.array(o.groups, `${field}.groups`, true) ?? []).map((g, gi) => {
    const gf = `${field}.groups[${gi}]`;
    const go = c.object(g, gf);
    if (!go) return { id: '', weight: 0, indicators: [] };
    c.known(go, gf, ['id', 'weight', 'indicators']);
    const id = c.string(go.id, `${gf}.id`);
    if (id && seenGroups.has(id))
      c.error('duplicate-id', `${gf}.id`, `group '${id}' is defined twice`);
    seenGroups.add(id);
    const weight = c.number(go.weight, `${gf}.weight`, 0, MAX_WEIGHT);
    const indicators = (c.array(go.indicators, `${gf}.indicators`, true) ?? []).map((ind, ii) => {
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
    zeroWeights(
      c,
      indicators.map((i) => i.weight),
      `${gf}.indicators`,
      'indicator',
    );
    return { id, weight, indicators };
  });
  zeroWeights(
    c,
    groups.map((g) => g.weight),
    `${field}.groups`,
    'group',
  );
  return { groups, normalisation, aggregation, classes: bands(c, o.classes, `${field}.classes`) };
}

function sensitivitySpec(c: Checker, x: unknown, f: string): SensitivitySpec {
  const o = c.object(x, f);
  if (!o) return defaultSpec().sensitivity;
  c.known(o, f, ['runs', 'mode', 'noise', 'seed']);
  return {
    runs: c.number(o.runs, `${f}.runs`, 1, MAX_RUNS, true),
    mode: c.oneOf(o.mode, `${f}.mode`, ['uniform', 'simplex']),
    noise: c.number(o.noise, `${f}.noise`, 0, 1),
    seed: c.number(o.seed, `${f}.seed`, -(2 ** 31), 2 ** 32 - 1, true),
  };
}

function clusteringSpec(c: Checker, x: unknown, f: string): ClusteringSpec {
  const o = c.object(x, f);
  if (!o) return defaultSpec().clustering;
  c.known(o, f, ['variables', 'standardise', 'linkage', 'k']);
  return {
    variables: c.strings(o.variables, `${f}.variables`),
    standardise: c.oneOf(o.standardise, `${f}.standardise`, ['z', 'none']),
    linkage: c.oneOf(o.linkage, `${f}.linkage`, ['ward', 'complete', 'average', 'single']),
    k: c.number(o.k, `${f}.k`, 1, Infinity, true),
  };
}

function factorSpec(c: Checker, x: unknown, f: string): FactorSpec {
  const o = c.object(x, f);
  if (!o) return defaultSpec().factors;
  c.known(o, f, ['variables', 'nfactors', 'rotation', 'convention']);
  return {
    variables: c.strings(o.variables, `${f}.variables`),
    nfactors: o.nfactors === null ? null : c.number(o.nfactors, `${f}.nfactors`, 1, Infinity, true),
    rotation: c.oneOf(o.rotation, `${f}.rotation`, ['varimax', 'none']),
    convention: c.oneOf(o.convention, `${f}.convention`, ['r', 'spss']),
  };
}

const hasErrors = (issues: Issue[]) => issues.some((i) => i.severity === 'error');

/** Validates a whole AnalysisSpec, listing every problem (errors) and unknown fields (warnings). */
export function validateSpec(x: unknown): Result<AnalysisSpec> {
  const c = new Checker();
  const o = c.object(x, 'spec');
  if (!o) return fail(c.issues);
  c.known(o, '', ['version', 'dataset', 'rating', 'sensitivity', 'clustering', 'factors']);
  if (o.version !== SPEC_VERSION) {
    c.error(
      o.version === undefined ? 'missing-field' : 'unknown-value',
      'version',
      `must be ${SPEC_VERSION}`,
    );
  }
  const spec: AnalysisSpec = {
    version: SPEC_VERSION,
    dataset: c.string(o.dataset, 'dataset'),
    rating: checkRatingSpec(c, o.rating) ?? {
      groups: [],
      normalisation: 'ratio-to-max',
      aggregation: 'arithmetic',
      classes: [],
    },
    sensitivity: sensitivitySpec(c, o.sensitivity, 'sensitivity'),
    clustering: clusteringSpec(c, o.clustering, 'clustering'),
    factors: factorSpec(c, o.factors, 'factors'),
  };
  return hasErrors(c.issues) ? fail(c.issues) : ok(spec, c.issues);
}

/** Validates a RatingSpec alone (paths start at `rating`, as inside an AnalysisSpec). */
export function validateRatingSpec(x: unknown): Result<RatingSpec> {
  const c = new Checker();
  const r = checkRatingSpec(c, x);
  return r && !hasErrors(c.issues) ? ok(r, c.issues) : fail(c.issues);
}

/** Parses JSON text and validates it as an AnalysisSpec; bad JSON is an `invalid-json` issue. */
export function parseSpecJson(text: string): Result<AnalysisSpec> {
  let x: unknown;
  try {
    x = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return fail([
      {
        code: 'invalid-json',
        severity: 'error',
        message: `The spec is not valid JSON: ${(err as Error).message}`,
      },
    ]);
  }
  return validateSpec(x);
}
