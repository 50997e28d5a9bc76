/**
 * Checks seed 004's Table 6 (published index, class and 2014 as % of 2010) against the rating
 * recomputed from the bundled inputs with the paper's method (formulas 1-4 and the class scale
 * of Table 1: rate() with paperRatingSpec()). 2010 is recomputed from innovation-2010, 2014
 * from innovation-2014 (Table 4's derived columns realigned).
 */
import {
  classify,
  rate,
  type RatingResult,
  paperRatingSpec,
  type RatingSpec,
} from '../../core/index.ts';
import { tableToMatrix } from '../tableMatrix.ts';
import type { TableDataset } from '../types.ts';
import type { AuditReason } from '../../i18n/auditCauses.ts';
import { type AuditFinding, because, differs, formatPrinted, round4 } from './finding.ts';

/** A published index counts as reproduced within this (Table 6 prints 2 decimals). */
export const INDEX_MATCH = 0.05;

/** The paper's rating of a dataset's rows (seed 004, formulas 1-4), units = row keys. */
export function recomputeRating(
  ds: TableDataset,
  spec: RatingSpec = paperRatingSpec(),
): RatingResult {
  const indicators = spec.groups.flatMap((g) => g.indicators.map((i) => i.id));
  return rate(tableToMatrix(ds, indicators), spec);
}

/** Each indicator's weight in the index: group share times share within the group. */
function indicatorWeights(spec: RatingSpec): number[] {
  const gSum = spec.groups.reduce((s, g) => s + g.weight, 0);
  return spec.groups.flatMap((g) => {
    const iSum = g.indicators.reduce((s, i) => s + i.weight, 0);
    return g.indicators.map((i) => (g.weight / gSum) * (i.weight / iSum));
  });
}

/** The decimal-point slips tried: the printed figure times 0.1, 10, 0.01 or 100. */
const FACTORS: readonly number[] = [0.1, 10, 0.01, 100];

interface SlipCandidate {
  id: string;
  factor: number;
  alt: number;
  printed: string;
  table: string;
  row: string;
  scaled: number;
  /** How many other regions move more than 0.07 from Table 6 if the maximum is recomputed. */
  brokenIfMaxRecomputed: number | null;
}

/**
 * Looks for decimal-point slips that explain a published index: one indicator of this region
 * scaled by a power of ten while the maximum that normalises it stays as printed (how the index
 * moves if the slip happened after the maxima were taken). Every candidate is returned.
 */
function decimalSlips(
  ds: TableDataset,
  res: RatingResult,
  u: number,
  published: number,
  publishedAll: Map<string, number>,
  spec: RatingSpec,
): SlipCandidate[] {
  const w = indicatorWeights(spec);
  const out: SlipCandidate[] = [];
  for (let j = 0; j < res.indicators.length; j++) {
    const norm = res.normalised[u][j];
    if (norm === null) continue;
    for (const f of FACTORS) {
      const alt = res.index[u] + w[j] * (f - 1) * norm;
      if (Math.abs(alt - published) > INDEX_MATCH) continue;
      const id = res.indicators[j];
      const cellHere = ds.rows[u].cells[id];
      const x = cellHere.value!;
      const values = ds.rows.map((r) => r.cells[id]?.value ?? null);
      const othersMax = Math.max(...values.filter((v, i) => i !== u && v !== null).map(Number));
      let broken: number | null = null;
      if (x > othersMax) {
        const again = rate(
          {
            rows: res.units,
            columns: res.indicators,
            values: ds.rows.map((r, ui) =>
              res.indicators.map((k) =>
                k === id && ui === u ? x * f : (r.cells[k]?.value ?? null),
              ),
            ),
          },
          spec,
        );
        broken = res.units.filter(
          (key, ui) =>
            ui !== u &&
            publishedAll.has(key) &&
            Math.abs(again.index[ui] - publishedAll.get(key)!) > 0.07,
        ).length;
      }
      out.push({
        id,
        factor: f,
        alt,
        printed: cellHere.printed,
        table: cellHere.source.table,
        row: cellHere.source.row,
        scaled: x * f,
        brokenIfMaxRecomputed: broken,
      });
    }
  }
  return out;
}

/**
 * The cause of a published index that the inputs do not reproduce: decimal-point slips that
 * would explain it, the one with independent evidence (`suspects`: cells other checks flag,
 * as `table#row#column`) first.
 */
function slipCause(
  cands: SlipCandidate[],
  suspects: ReadonlySet<string>,
  n: number,
): AuditReason[] | null {
  if (cands.length === 0) return null;
  const key = (c: SlipCandidate) => `${c.table}#${c.row}#${c.id}`;
  const sorted = [...cands].sort(
    (a, b) => Number(suspects.has(key(b))) - Number(suspects.has(key(a))),
  );
  const [best, ...rest] = sorted;
  const where = (c: SlipCandidate) => ({
    id: c.id,
    factor: { factor: c.factor },
    printed: c.printed,
    table: c.table,
    row: c.row,
    alt: formatPrinted(c.alt, 2),
  });
  const out: AuditReason[] = [
    { cause: 'slip', params: { ...where(best), scaled: formatPrinted(best.scaled, 2) } },
  ];
  if (best.brokenIfMaxRecomputed !== null) {
    out.push({
      cause: 'slip-max',
      params: {
        scaled: formatPrinted(best.scaled, 2),
        broken: best.brokenIfMaxRecomputed,
        others: n - 1,
      },
    });
  }
  out.push({
    cause: suspects.has(key(best)) ? 'slip-flagged' : 'slip-likely',
    params: { id: best.id },
  });
  for (const c of rest) {
    out.push({
      cause: suspects.has(key(c)) ? 'slip-equally' : 'slip-equally-unflagged',
      params: where(c),
    });
  }
  return out;
}

/** The printed strings of two numbers with 2 decimals differ in exactly one character. */
function oneDigitApart(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n === 1;
}

function ratioCause(i10: string, i14: string, ratio: number): AuditReason {
  const v10 = Number(i10.replace(',', '.'));
  const v14 = Number(i14.replace(',', '.'));
  const alt10 = formatPrinted((v14 / ratio) * 100, 2);
  const alt14 = formatPrinted((ratio * v10) / 100, 2);
  const r = formatPrinted(ratio, 2);
  if (oneDigitApart(alt10, i10)) {
    return {
      cause: 'ratio-index',
      params: { num: i14, den: alt10, ratio: r, year: 2010, alt: alt10, printed: i10 },
    };
  }
  if (oneDigitApart(alt14, i14)) {
    return {
      cause: 'ratio-index',
      params: { num: alt14, den: i10, ratio: r, year: 2014, alt: alt14, printed: i14 },
    };
  }
  return { cause: 'ratio-misprint', params: { ratio: r } };
}

/**
 * Findings for Table 6: each index more than 1% from the recomputed one (with the most likely
 * cause), each class that does not match its index, and each ratio that is not index2014 /
 * index2010 * 100.
 */
export function auditPublishedIndex(
  published: TableDataset,
  byYear: Record<number, TableDataset>,
  spec: RatingSpec = paperRatingSpec(),
  suspects: ReadonlySet<string> = new Set(),
): AuditFinding[] {
  const out: AuditFinding[] = [];
  const recomputed = new Map<string, number>();
  for (const year of [2010, 2014]) {
    const ds = byYear[year];
    if (!ds) continue;
    const res = recomputeRating(ds, spec);
    res.units.forEach((key, u) => recomputed.set(`${key}@${year}`, res.index[u]));
    const publishedAll = new Map(
      published.rows.map((r) => [r.key, r.cells[`index_${year}`]?.value ?? NaN]),
    );
    for (const pr of published.rows) {
      const idx = pr.cells[`index_${year}`];
      const cls = pr.cells[`class_${year}`];
      const u = res.units.indexOf(pr.key);
      if (!idx || idx.value === null || u < 0) continue;
      const rec = res.index[u];
      const recClass = res.classes[u];
      const bad = differs(idx.value, rec);
      if (bad) {
        const reason = slipCause(
          decimalSlips(ds, res, u, idx.value, publishedAll, spec),
          suspects,
          res.units.length,
        ) ?? [
          {
            cause: 'index-unexplained',
            params: { dataset: ds.id, tables: ds.tables.join(', ') },
          },
        ];
        out.push({
          dataset: published.id,
          table: idx.source.table,
          row: idx.source.row,
          column: `index_${year}`,
          printed: idx.value,
          recomputed: round4(rec),
          ...because(reason),
        });
      }
      if (!cls?.text) continue;
      const ownClass = classify(idx.value, spec.classes);
      if (cls.text !== ownClass) {
        out.push({
          dataset: published.id,
          table: cls.source.table,
          row: cls.source.row,
          column: `class_${year}`,
          printed: cls.printed,
          recomputed: round4(idx.value),
          ...because([
            {
              cause: 'class-mismatch',
              params: { class: cls.text, index: idx.printed, own: ownClass },
            },
          ]),
        });
      } else if (bad && recClass !== cls.text) {
        out.push({
          dataset: published.id,
          table: cls.source.table,
          row: cls.source.row,
          column: `class_${year}`,
          printed: cls.printed,
          recomputed: round4(rec),
          ...because([
            {
              cause: 'class-follows',
              params: {
                class: cls.text,
                index: idx.printed,
                recomputed: formatPrinted(rec, 2),
                recomputedClass: recClass,
              },
            },
          ]),
        });
      }
    }
  }
  for (const pr of published.rows) {
    const { index_2010: i10, index_2014: i14, ratio_2014_2010: ratio } = pr.cells;
    if (
      !i10 ||
      !i14 ||
      !ratio ||
      i10.value === null ||
      i14.value === null ||
      ratio.value === null
    ) {
      continue;
    }
    const rec = (i14.value / i10.value) * 100;
    if (!differs(ratio.value, rec)) continue;
    const notes = [2010, 2014].flatMap((year): AuditReason[] => {
      const r = recomputed.get(`${pr.key}@${year}`);
      const p = year === 2010 ? i10 : i14;
      return r !== undefined && Math.abs(r - p.value!) <= INDEX_MATCH
        ? [
            {
              cause: 'note-index-reproduced',
              params: { year, printed: p.printed, recomputed: formatPrinted(r, 2) },
            },
          ]
        : [];
    });
    const noted: AuditReason[] =
      notes.length === 0
        ? []
        : [
            { cause: 'note-open' },
            ...notes.flatMap((x, i): AuditReason[] =>
              i === 0 ? [x] : [{ cause: 'note-next' }, x],
            ),
            { cause: 'note-close' },
          ];
    out.push({
      dataset: published.id,
      table: ratio.source.table,
      row: ratio.source.row,
      column: 'ratio_2014_2010',
      printed: ratio.value,
      recomputed: round4(rec),
      ...because([ratioCause(i10.printed, i14.printed, ratio.value), ...noted]),
    });
  }
  return out;
}
