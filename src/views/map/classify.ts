/**
 * Choropleth classification: pure functions from values to class breaks.
 *
 * Convention throughout: `breaks` are the k-1 interior thresholds in ascending order; class
 * j (0-based) holds the values x with breaks[j-1] <= x < breaks[j] (a class includes its
 * lower bound), as the paper's class scale does (seed 004, Table 1: "a band includes its
 * lower bound"). Missing values (null, NaN) get no class.
 */
import { type Issue, PAPER_CLASSES } from '../../core/index.ts';
import { parseNumber } from '../../data/readers/parseNumber.ts';

export type Breaks = number[];

const finite = (values: readonly (number | null)[]): number[] =>
  values.filter((v): v is number => v !== null && Number.isFinite(v));

const uniq = (b: number[]): number[] => b.filter((x, i) => i === 0 || x > b[i - 1]);

/**
 * Quantile breaks at p = j/k, j = 1..k-1, by linear interpolation between order statistics
 * (Hyndman-Fan type 7: R's quantile() default and numpy.quantile's 'linear'). Equal breaks
 * (ties) collapse, giving fewer classes rather than empty ones.
 */
export function quantileBreaks(values: readonly (number | null)[], k: number): Breaks {
  const x = finite(values).sort((a, b) => a - b);
  if (x.length === 0 || k < 2) return [];
  const out: number[] = [];
  for (let j = 1; j < k; j++) {
    const h = (x.length - 1) * (j / k);
    const lo = Math.floor(h);
    const hi = Math.min(lo + 1, x.length - 1);
    out.push(x[lo] + (h - lo) * (x[hi] - x[lo]));
  }
  return uniq(out);
}

/** Equal intervals: min + j (max - min) / k, j = 1..k-1; none where all values are equal. */
export function equalIntervalBreaks(values: readonly (number | null)[], k: number): Breaks {
  const x = finite(values);
  if (x.length === 0 || k < 2) return [];
  const min = Math.min(...x);
  const max = Math.max(...x);
  if (max === min) return [];
  return Array.from({ length: k - 1 }, (_, j) => min + ((j + 1) * (max - min)) / k);
}

/**
 * Natural breaks (Jenks): the partition of the sorted values into k contiguous classes that
 * minimises the total within-class sum of squared deviations, found exactly by Fisher's
 * (1958) dynamic programme, O(k n^2). Each break is the smallest value of the class above
 * it, so classOf() reproduces the optimal partition exactly. Checked against an exhaustive
 * search and a DP in Python (test/fixtures/map/jenks.py).
 */
export function jenksBreaks(values: readonly (number | null)[], k: number): Breaks {
  const x = finite(values).sort((a, b) => a - b);
  const n = x.length;
  const kk = Math.min(k, new Set(x).size);
  if (n === 0 || kk < 2) return [];
  // Prefix sums give the within-class SSD of x[i..j] in O(1).
  const s1 = new Float64Array(n + 1);
  const s2 = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    s1[i + 1] = s1[i] + x[i];
    s2[i + 1] = s2[i] + x[i] * x[i];
  }
  const ssd = (i: number, j: number): number => {
    const m = j - i + 1;
    const s = s1[j + 1] - s1[i];
    return Math.max(0, s2[j + 1] - s2[i] - (s * s) / m);
  };
  // cost[c][j]: best SSD of x[0..j] in c+1 classes; from[c][j]: start of the last class.
  const cost: Float64Array[] = [];
  const from: Int32Array[] = [];
  cost.push(Float64Array.from({ length: n }, (_, j) => ssd(0, j)));
  from.push(new Int32Array(n));
  for (let c = 1; c < kk; c++) {
    const cc = new Float64Array(n).fill(Infinity);
    const ff = new Int32Array(n);
    for (let j = c; j < n; j++) {
      for (let i = c; i <= j; i++) {
        const v = cost[c - 1][i - 1] + ssd(i, j);
        // Strict '<' keeps the earliest start on ties, as the Python reference does.
        if (v < cc[j]) {
          cc[j] = v;
          ff[j] = i;
        }
      }
    }
    cost.push(cc);
    from.push(ff);
  }
  const starts: number[] = [];
  let j = n - 1;
  for (let c = kk - 1; c >= 1; c--) {
    const i = from[c][j];
    starts.push(i);
    j = i - 1;
  }
  return uniq(starts.reverse().map((i) => x[i]));
}

/**
 * Standard-deviation classes: breaks at mean + (j - k/2) * sd, j = 1..k-1, with the sample
 * standard deviation (n - 1), as core/stats/zscore.ts uses. For odd k the middle class is
 * centred on the mean, one SD wide; for even k the mean is a break.
 */
export function stdDevBreaks(values: readonly (number | null)[], k: number): Breaks {
  const x = finite(values);
  if (x.length < 2 || k < 2) return [];
  const mean = x.reduce((a, b) => a + b, 0) / x.length;
  const sd = Math.sqrt(x.reduce((a, b) => a + (b - mean) ** 2, 0) / (x.length - 1));
  if (sd === 0) return [];
  return Array.from({ length: k - 1 }, (_, j) => mean + (j + 1 - k / 2) * sd);
}

/** The paper's class scale (seed 004, Table 1): breaks 10, 20, ..., 90 on the index scale. */
export function paperBreaks(): Breaks {
  return PAPER_CLASSES.map((c) => c.min)
    .filter((m) => m > 0)
    .sort((a, b) => a - b);
}

/** User breaks: finite numbers, sorted, duplicates dropped. */
export function customBreaks(breaks: readonly number[]): Breaks {
  return uniq(breaks.filter((b) => Number.isFinite(b)).sort((a, b) => a - b));
}

/**
 * Checks what the user typed as custom breaks, part by part (parts separated by semicolons;
 * either decimal mark; spaces as thousands separators): a part that is not a number or is empty
 * is an error and nothing is applied; a repeated break, or one outside the values on the map
 * (which would leave a class empty), is a warning. Every problem is listed at once, each naming
 * the part as typed.
 */
export function checkBreaks(
  text: string,
  extent: readonly [number, number] | null = null,
): { breaks: Breaks; issues: Issue[] } {
  if (text.trim() === '')
    return {
      breaks: [],
      issues: [
        { code: 'break-empty', severity: 'error', message: 'No breaks.', params: { position: 1 } },
      ],
    };
  const parts = text.split(';');
  // One trailing semicolon ('10; 20;') is harmless.
  if (parts.length > 1 && parts[parts.length - 1].trim() === '') parts.pop();
  const issues: Issue[] = [];
  const values: number[] = [];
  parts.forEach((raw, i) => {
    const s = raw.trim();
    const position = i + 1;
    if (s === '') {
      issues.push({
        code: 'break-empty',
        severity: 'error',
        message: `Break ${position} is empty.`,
        params: { position },
      });
      return;
    }
    const p = parseNumber(s, s.includes(',') && !s.includes('.') ? ',' : '.');
    if (p.kind !== 'number' || !Number.isFinite(p.value)) {
      issues.push({
        code: 'break-not-a-number',
        severity: 'error',
        message: `Break ${position}: '${s}' is not a number.`,
        params: { position, value: s.slice(0, 40) },
      });
      return;
    }
    if (values.includes(p.value)) {
      issues.push({
        code: 'break-duplicate',
        severity: 'warning',
        message: `Break ${p.value} is given twice; it is used once.`,
        params: { value: p.value },
      });
      return;
    }
    values.push(p.value);
  });
  const breaks = customBreaks(values);
  if (extent && issues.every((i) => i.severity !== 'error')) {
    for (const b of breaks) {
      if (b <= extent[0] || b > extent[1])
        issues.push({
          code: 'break-out-of-range',
          severity: 'warning',
          message: `Break ${b} is outside the values on the map (${extent[0]} to ${extent[1]}); a class will be empty.`,
          params: { value: b, min: extent[0], max: extent[1] },
        });
    }
  }
  return { breaks, issues };
}

/** The smallest of 1, 2, 2.5, 5 times a power of ten that is at least `v` (v > 0). */
export function niceCeil(v: number): number {
  const p = 10 ** Math.floor(Math.log10(v));
  const m = [1, 2, 2.5, 5, 10].find((x) => x * p >= v * (1 - 1e-12)) ?? 10;
  return m * p;
}

/**
 * Classes centred on zero for a change map (issue 11): n = max(1, floor(k / 2)) classes of
 * equal width w on each side of 0, w = niceCeil(max|x| / n), so the breaks are
 * -(n-1)w, ..., -w, 0, w, ..., (n-1)w. Zero is always a break: no class holds both losses and
 * gains (a value of exactly 0 falls in the first class above, as a class includes its lower
 * bound). The outer classes are open (< -(n-1)w, >= (n-1)w) and hold the largest changes.
 */
export function zeroCentredBreaks(values: readonly (number | null)[], k: number): Breaks {
  const x = finite(values);
  if (x.length === 0) return [];
  const m = Math.max(...x.map(Math.abs));
  if (m === 0) return [0];
  const n = Math.max(1, Math.floor(k / 2));
  const w = niceCeil(m / n);
  return Array.from({ length: 2 * n - 1 }, (_, i) => (i - (n - 1)) * w + 0);
}

/** The class of one value under `breaks` (lower bound inclusive), or null for a missing value. */
export function classOf(value: number | null | undefined, breaks: Breaks): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  let j = 0;
  while (j < breaks.length && value >= breaks[j]) j++;
  return j;
}

export type Method = 'quantile' | 'equal' | 'jenks' | 'stddev' | 'paper' | 'custom';

export interface Classified {
  breaks: Breaks;
  /** Class per value, null where missing. */
  classes: (number | null)[];
  /** Values per class (length breaks.length + 1). */
  counts: number[];
  /** Smallest and largest finite value, or null without any. */
  extent: [number, number] | null;
}

/** Breaks by `method`, then the class of each value and the count per class. */
export function classify(
  values: readonly (number | null)[],
  method: Method,
  k: number,
  custom: readonly number[] = [],
): Classified {
  const breaks =
    method === 'quantile'
      ? quantileBreaks(values, k)
      : method === 'equal'
        ? equalIntervalBreaks(values, k)
        : method === 'jenks'
          ? jenksBreaks(values, k)
          : method === 'stddev'
            ? stdDevBreaks(values, k)
            : method === 'paper'
              ? paperBreaks()
              : customBreaks(custom);
  const classes = values.map((v) => classOf(v, breaks));
  const counts = new Array<number>(breaks.length + 1).fill(0);
  for (const c of classes) if (c !== null) counts[c]++;
  const x = finite(values);
  const extent: [number, number] | null = x.length ? [Math.min(...x), Math.max(...x)] : null;
  return { breaks, classes, counts, extent };
}
