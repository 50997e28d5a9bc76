/**
 * S_C (innovative output per inhabitant, seed 004 Tables 3 and 5) cannot be recomputed: the
 * tables carry no population. But innovative_output * 1e6 / S_C gives the population the
 * authors divided by, and the same region should have about the same population in 2010 and
 * 2014. This compares the two years' implied denominators region by region.
 */
import type { TableDataset } from '../types.ts';
import {
  type AuditFinding,
  because,
  differs,
  formatPrinted,
  printedDecimals,
  round4,
} from './finding.ts';

/** Population implied by a row's S_C: innovative_output (million tenge) * 1e6 / S_C. */
export function impliedPopulation(cells: TableDataset['rows'][number]['cells']): number | null {
  const out = cells.innovative_output?.value;
  const sc = cells.S_C?.value;
  if (out == null || sc == null || sc === 0) return null;
  return (out * 1e6) / sc;
}

function powerOfTen(ratio: number): number | null {
  const k = Math.round(Math.log10(ratio));
  return k !== 0 && Math.abs(ratio / 10 ** k - 1) < 0.01 ? k : null;
}

/**
 * Findings for `later`'s S_C where its implied population differs by more than 1% from the
 * one implied by `earlier` for the same region; `recomputed` is S_C with the earlier year's
 * population. The cause quotes how closely the other regions agree.
 */
export function auditImpliedPopulation(later: TableDataset, earlier: TableDataset): AuditFinding[] {
  const pairs = later.rows.map((r) => {
    const e = earlier.rows.find((x) => x.key === r.key);
    return { r, pl: impliedPopulation(r.cells), pe: e ? impliedPopulation(e.cells) : null, e };
  });
  const agree = pairs.filter((p) => p.pl !== null && p.pe !== null && !differs(p.pl, p.pe));
  const worst = Math.max(0, ...agree.map((p) => Math.abs(p.pl! / p.pe! - 1)));
  const out: AuditFinding[] = [];
  for (const { r, pl, pe, e } of pairs) {
    if (pl === null || pe === null || !differs(pl, pe)) continue;
    const sc = r.cells.S_C;
    const recomputed = (r.cells.innovative_output.value! * 1e6) / pe;
    const k = powerOfTen(pl / pe);
    const d = printedDecimals(sc.printed);
    out.push({
      dataset: later.id,
      table: sc.source.table,
      row: sc.source.row,
      column: 'S_C',
      printed: sc.value!,
      recomputed: round4(recomputed),
      ...because([
        {
          cause: 'population',
          params: {
            implied: formatPrinted(pl, 0),
            later: later.years.join(', '),
            earlier: formatPrinted(pe, 0),
            earlierYears: earlier.years.join(', '),
            table: e!.cells.S_C.source.table,
            row: e!.cells.S_C.source.row,
            n: agree.length,
            worst: (worst * 100).toFixed(3).replace('.', ','),
            value: formatPrinted(recomputed, d),
          },
        },
        k === null
          ? { cause: 'population-end' }
          : k < 0
            ? { cause: 'population-times', params: { times: 10 ** -k } }
            : { cause: 'population-fraction', params: { times: 10 ** k } },
      ]),
    });
  }
  return out;
}
