/**
 * Carries a panel from the territorial scheme it was recorded in to another (docs/methods.md,
 * "Today's regions and the crosswalk to 2014"). The source scheme is read per year from the
 * units present (Turkistan, Shymkent, Abai, Zhetisu or Ulytau mean today's; South Kazakhstan
 * means 2014's), so a Bureau panel that changes scheme in 2018 or 2022 is handled year by year.
 * Merging uses core aggregateUnits(); splitting needs an allocation key (the part's share of
 * its 2014 parent) and says which units lack one.
 */
import {
  aggregateUnits,
  allocateUnits,
  type CrosswalkColumnKind,
  type CrosswalkTable,
  type Issue,
  type Result,
  fail,
  ok,
} from '../core/index.ts';
import { onlyScheme, parentIn2014, partsToday } from './regions/crosswalk.ts';
import { codeIn, regionsOf, type Region, type Scheme } from './regions/registry.ts';
import type { PanelTable } from './readers/panelTable.ts';

export interface CrosswalkOptions {
  to: Scheme;
  /** One kind per panel variable. */
  kinds: CrosswalkColumnKind[];
  /** Index of the variable weighting the `weighted` ones. */
  weight: number | null;
  /** Allocation key for splitting 2014 units: region id -> share of its 2014 parent. */
  shares?: ReadonlyMap<string, number>;
  /** The scheme of years whose units do not tell (only unchanged units); default `to`. */
  from?: Scheme;
}

export interface CrosswalkRow {
  region: Region;
  code: string;
  year: number | null;
  values: (number | null)[];
}

export interface CrosswalkOutput {
  rows: CrosswalkRow[];
  /** The scheme each year was recorded in ('' key for a table without years). */
  sourceScheme: Record<string, Scheme>;
}

/**
 * An allocation key read as a table (a region column and a share column): region id -> the
 * part's share of its 2014 region. Shares above 1 anywhere mean the key is in per cent.
 */
export function sharesFromPanel(panel: PanelTable): Map<string, number> {
  const raw = panel.records
    .filter((r) => r.region !== null)
    .map((r) => [r.region!.id, r.values[0] ?? null] as const);
  const percent = raw.some(([, v]) => v !== null && v > 1);
  return new Map(raw.filter(([, v]) => v !== null).map(([id, v]) => [id, percent ? v! / 100 : v!]));
}

/** Applies the crosswalk to every year of a panel (rules in the file comment). */
export function crosswalkPanel(
  panel: PanelTable,
  options: CrosswalkOptions,
): Result<CrosswalkOutput> {
  const issues: Issue[] = [];
  const warnings: Issue[] = [];
  const { to, kinds } = options;
  const years: (number | null)[] = panel.years.length > 0 ? panel.years : [null];
  const targets = regionsOf(to);
  const rows: CrosswalkRow[] = [];
  const sourceScheme: Record<string, Scheme> = {};
  const table = (vals: (number | null)[][]): CrosswalkTable => ({
    values: vals,
    kinds,
    weightColumn: options.weight,
  });
  for (const year of years) {
    const recs = panel.records.filter((r) => r.year === year);
    const only = new Set(recs.map((r) => onlyScheme(r.region!)).filter((s) => s !== null));
    if (only.size > 1) {
      issues.push({
        code: 'crosswalk-mixed-schemes',
        severity: 'error',
        message: `${year ?? 'The table'} mixes units of 2014 (South Kazakhstan) and of today (Turkistan, Shymkent, Abai, Zhetisu, Ulytau).`,
        where: { file: panel.fileName },
      });
      continue;
    }
    const from: Scheme = only.size === 1 ? [...only][0]! : (options.from ?? to);
    sourceScheme[year === null ? '' : String(year)] = from;
    const byId = new Map(recs.map((r) => [r.region!.id, r]));
    const empty = kinds.map(() => null);
    const valuesOf = (reg: Region) => byId.get(reg.id)?.values ?? empty;
    if (from === to) {
      for (const reg of targets) {
        rows.push({ region: reg, code: codeIn(reg, to)!, year, values: [...valuesOf(reg)] });
      }
      continue;
    }
    if (to === '2014') {
      const sources = regionsOf('current');
      const index = new Map(sources.map((r, i) => [r.id, i]));
      const merged = aggregateUnits(
        table(sources.map(valuesOf)),
        targets.map((t) => partsToday(t).map((p) => index.get(p.id)!)),
        targets.map((t) => t.names.en),
      );
      warnings.push(...merged.issues);
      targets.forEach((reg, t) =>
        rows.push({ region: reg, code: codeIn(reg, to)!, year, values: merged.values[t] }),
      );
      continue;
    }
    // 2014 -> today: a split unit needs its share of the parent for additive figures.
    const parents = regionsOf('2014');
    const pIndex = new Map(parents.map((r, i) => [r.id, i]));
    const parentOf = targets.map((t) => parentIn2014(t)!);
    const split = (t: Region) => partsToday(parentIn2014(t)!).length > 1;
    const needShares = kinds.some((k) => k === 'additive');
    const lacking = targets.filter((t) => split(t) && !options.shares?.has(t.id));
    if (needShares && lacking.length > 0) {
      issues.push({
        code: 'crosswalk-needs-shares',
        severity: 'error',
        params: { regions: lacking.map((t) => codeIn(t, to)!) },
        message: `Going from 2014's units to today's splits ${[...new Set(lacking.map((t) => parentIn2014(t)!.names.en))].join(', ')}; additive figures need an allocation key (each part's share of its 2014 region) for ${lacking.map((t) => t.names.en).join(', ')}.`,
        where: { file: panel.fileName },
      });
      continue;
    }
    const shares = targets.map((t) => (split(t) ? (options.shares?.get(t.id) ?? 1) : 1));
    const allocated = allocateUnits(
      table(parents.map(valuesOf)),
      parentOf.map((p) => pIndex.get(p.id)!),
      shares,
      parents.map((p) => p.names.en),
    );
    // Undeclared columns may be counts or rates: the parts cannot be told without knowing which.
    allocated.values.forEach((v, t) => {
      if (split(targets[t])) kinds.forEach((k, c) => k === 'other' && (v[c] = null));
    });
    issues.push(...allocated.issues.filter((i) => i.severity === 'error'));
    targets.forEach((reg, t) =>
      rows.push({ region: reg, code: codeIn(reg, to)!, year, values: allocated.values[t] }),
    );
  }
  if (issues.length > 0) return fail(issues);
  return ok({ rows, sourceScheme }, warnings);
}
