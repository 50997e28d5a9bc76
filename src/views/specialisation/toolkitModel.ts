/**
 * Pure "data -> view" functions of the cluster toolkit on #/specialisation (issue 12): star
 * colours, the shift-share waterfall of one region, the regional input-output run and the
 * match of its industries to seed 002's published multipliers (Table 3).
 */
import {
  shiftShare,
  type ShiftShareResult,
  type Issue,
  conditionWarnings,
  leontiefConditionNumber,
  IoError,
  regionalIo,
  type RegionalIoResult,
  type ClusterToolkitSpec,
  type LabelledMatrix,
} from '../../core/index.ts';
import { TABLE_3_MULTIPLIERS } from '../../data/datasets/vkoMultipliersPublished.ts';
import { VKO_INDUSTRIES } from '../../data/datasets/vkoIndustries.ts';
import { normaliseLabel, type IoTable } from '../../data/readers/ioTable.ts';
import { ioEmployment } from '../../data/ioEmployment.ts';
import { PALETTES } from '../map/palettes.ts';
import type { ClassedValues } from './specialisationModel.ts';

/** Fill of 0-3 stars (light to dark), index = stars. */
export const STAR_COLOURS = ['#e4e2d9', '#c6dbef', '#6baed6', '#08519c'] as const;

export const starText = (n: number | null) => (n === null ? '' : '★'.repeat(n) || '·');

/** Fill per region code of the stars of one industry. */
export function starFill(
  regions: readonly string[],
  stars: readonly (readonly (number | null)[])[],
  industry: number,
): Map<string, string> {
  const m = new Map<string, string>();
  regions.forEach((r, k) => {
    const s = stars[k]?.[industry];
    if (s !== null && s !== undefined) m.set(r, STAR_COLOURS[s]);
  });
  return m;
}

export interface WaterfallStep {
  key: 'start' | 'national' | 'mix' | 'competitive' | 'end';
  /** Bar from y0 to y1. */
  y0: number;
  y1: number;
  value: number;
}

/** The region's total employment split into national, mix and competitive effects. */
export function waterfall(res: ShiftShareResult, region: string): WaterfallStep[] | null {
  const rows = res.rows.filter((r) => r.region === region);
  if (rows.length === 0 || rows.some((r) => r.national === null)) return null;
  const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + f(r), 0);
  const start = sum((r) => r.start);
  const nat = sum((r) => r.national as number);
  const mix = sum((r) => r.mix as number);
  const comp = sum((r) => r.competitive as number);
  const end = sum((r) => r.end);
  return [
    { key: 'start', y0: 0, y1: start, value: start },
    { key: 'national', y0: start, y1: start + nat, value: nat },
    { key: 'mix', y0: start + nat, y1: start + nat + mix, value: mix },
    { key: 'competitive', y0: start + nat + mix, y1: start + nat + mix + comp, value: comp },
    { key: 'end', y0: 0, y1: end, value: end },
  ];
}

/** Shift-share of two matrices of the same regions and industries. */
export function shiftShareOf(start: LabelledMatrix, end: LabelledMatrix): ShiftShareResult {
  return shiftShare({ start, end });
}

/**
 * A run of the input-output analysis: the result, or why there is none: the table's industries
 * the employment matrix lacks (`missing`, by name) or the core's issues (IoError, with codes
 * the message catalogue words).
 */
export type IoRun =
  | {
      ok: true;
      value: RegionalIoResult;
      /** kappa_1(I - A) of the table analysed and its warning when near-singular. */
      condition: number;
      warnings: Issue[];
    }
  | { ok: false; missing: string[]; issues: Issue[] };

/**
 * The input-output analysis of the table, regionalised for `io.region` with employment from
 * the specialisation matrix when the method asks for it and the matrix has every industry.
 */
export function runIo(
  table: IoTable,
  employment: LabelledMatrix | null,
  io: ClusterToolkitSpec['io'],
): IoRun & { regionalised: boolean } {
  let regionalise: Parameters<typeof regionalIo>[0]['regionalise'];
  if (io.method !== 'national' && employment && io.region) {
    const r = employment.rows.indexOf(io.region);
    const e = ioEmployment(employment, table.industries, r);
    if (r < 0 || !e.ok)
      return { ok: false, regionalised: false, missing: e.ok ? [] : e.absent, issues: [] };
    regionalise = {
      method: io.method,
      delta: io.delta,
      regional: e.regional,
      national: e.national,
    };
  }
  try {
    const value = regionalIo({ ...table, regionalise });
    const condition = leontiefConditionNumber(value.coefficients, value.leontief);
    return {
      ok: true,
      value,
      condition,
      warnings: conditionWarnings(condition),
      regionalised: !!regionalise,
    };
  } catch (e) {
    return {
      ok: false,
      regionalised: false,
      missing: [],
      issues:
        e instanceof IoError
          ? e.issues
          : [
              {
                code: 'compute-failed',
                severity: 'error',
                message: String((e as Error)?.message ?? e),
              },
            ],
    };
  }
}

/** Seed 002 Table 3 values (output, value added, income) of an industry named like it. */
export function publishedMultipliers(industry: string): [number, number, number] | null {
  const n = normaliseLabel(industry);
  const ind = VKO_INDUSTRIES.find(
    (x) => normaliseLabel(x.ru) === n || normaliseLabel(x.en) === n || normaliseLabel(x.kk) === n,
  );
  const row = ind && TABLE_3_MULTIPLIERS.find((m) => m.no === ind.no);
  if (!row) return null;
  const [a, b, c] = row.values.map((v) => Number(v.replace(',', '.')));
  return [a, b, c];
}

/**
 * A region's competitive shift over all industries as a percentage of its employment at the
 * start (Dunn 1960: competitive = E⁰·(g_ir − g_i), summed over i); null where a term is
 * undefined or the region employed no one at the start.
 */
export function competitiveShare(
  res: ShiftShareResult,
  regions: readonly string[],
): (number | null)[] {
  return regions.map((r) => {
    const rows = res.rows.filter((x) => x.region === r);
    if (rows.length === 0 || rows.some((x) => x.competitive === null)) return null;
    const start = rows.reduce((s, x) => s + x.start, 0);
    if (!(start > 0)) return null;
    return (100 * rows.reduce((s, x) => s + (x.competitive as number), 0)) / start;
  });
}

/**
 * Four classes centred on zero for a signed measure: breaks at −m/2, 0 and m/2 with m the
 * largest absolute value, losses brown and gains teal (the map's BrBG), so the colour tells
 * the sign whatever the spread.
 */
export function signedClasses(
  codes: readonly string[],
  xs: readonly (number | null)[],
): ClassedValues {
  const values = new Map(codes.map((c, i) => [c, xs[i] ?? null]));
  const fill = new Map<string, string>();
  const present = xs.filter((v): v is number => v !== null && Number.isFinite(v));
  if (present.length === 0) return { values, fill, classes: [] };
  const m = Math.max(...present.map(Math.abs)) || 1;
  const edges = [null, -m / 2, 0, m / 2, null] as const;
  const colours = [0.1, 0.3, 0.7, 0.9].map((x) => PALETTES.brbg.at(x));
  const classOf = (v: number) => (v < -m / 2 ? 0 : v < 0 ? 1 : v < m / 2 ? 2 : 3);
  const counts = [0, 0, 0, 0];
  codes.forEach((c, i) => {
    const v = xs[i];
    if (v === null || v === undefined || !Number.isFinite(v)) return;
    const j = classOf(v);
    counts[j]++;
    fill.set(c, colours[j]);
  });
  const classes = colours
    .map((colour, j) => ({ colour, from: edges[j], to: edges[j + 1], count: counts[j] }))
    .reverse();
  return { values, fill, classes };
}

/**
 * One industry's multiplier in every region of the matrix: the table regionalised for each
 * region in turn (runIo) and the industry's output multiplier read off; null where the run
 * fails. With `national` every region gets the national multiplier.
 */
export function ioByRegion(
  table: IoTable,
  employment: LabelledMatrix,
  io: ClusterToolkitSpec['io'],
  industry: number,
): (number | null)[] {
  return employment.rows.map((region) => {
    const run = runIo(table, employment, { ...io, region });
    return run.ok ? (run.value.multipliers.output[industry] ?? null) : null;
  });
}
