/**
 * The crosswalk offered on import (issue 11; docs/methods.md, "Today's regions and the crosswalk
 * to 2014"): a table recorded in one territorial scheme while the map's boundaries are in the
 * other is carried to the boundaries' scheme with the same code as `atlas crosswalk`
 * (data/crosswalkPanel.ts over core aggregateUnits/allocateUnits). The choice (which columns
 * are counts, which are rates and their weight, the allocation key) is kept on the dataset and
 * written into the study's spec (core/spec.ts, CrosswalkSpec), so links and project files carry
 * it with the carried figures.
 */
import type { CrosswalkColumnKind, CrosswalkSpec, Issue, Result } from '../../core/index.ts';
import { fail, ok } from '../../core/index.ts';
import { crosswalkPanel } from '../../data/crosswalkPanel.ts';
import { parentIn2014, partsToday } from '../../data/regions/crosswalk.ts';
import type { Region, Scheme } from '../../data/regions/registry.ts';
import type { PanelTable } from '../../data/readers/panelTable.ts';
import type { UserDataset } from '../../state/userData.ts';
import { panelToUserDataset } from './panelToUserDataset.ts';

/** The scheme to carry a table to, or null when it is already in the boundaries' scheme. */
export function crosswalkTarget(tableScheme: Scheme, boundaryScheme: Scheme): Scheme | null {
  return tableScheme === boundaryScheme ? null : boundaryScheme;
}

/** The source regions whose rows make up `target` (in the other scheme). */
function sourcesOf(target: Region, to: Scheme): string[] {
  if (to === '2014') return partsToday(target).map((r) => r.id);
  const p = parentIn2014(target);
  return p ? [p.id] : [];
}

/**
 * The dataset `prev` (read from `panel`) carried to `choice.to`: one table per year in the
 * target scheme; each cell keeps the spreadsheet rows of the parts it was made from. A year
 * the crosswalk refuses (mixed schemes; additive columns to today's units without a key)
 * fails the whole, with every problem.
 */
export function crosswalkDataset(
  prev: UserDataset,
  panel: PanelTable,
  choice: CrosswalkSpec,
  shares?: ReadonlyMap<string, number>,
): Result<UserDataset> {
  const names = panel.variables.map((v) => v.name);
  const kinds: CrosswalkColumnKind[] = names.map((n) =>
    choice.additive.includes(n) ? 'additive' : choice.weighted.includes(n) ? 'weighted' : 'other',
  );
  const weight = choice.weight === null ? null : names.indexOf(choice.weight);
  const issues: Issue[] = [];
  if (kinds.includes('weighted') && (weight === null || weight < 0)) {
    issues.push({
      code: 'crosswalk-no-weight',
      severity: 'error',
      message: 'Rates (weighted columns) need a weight column, e.g. population.',
      where: { file: panel.fileName },
    });
    return fail(issues);
  }
  // The weight is itself a count: summed over the parts.
  if (weight !== null && weight >= 0 && kinds[weight] === 'other') kinds[weight] = 'additive';
  const r = crosswalkPanel(panel, {
    to: choice.to,
    kinds,
    weight: weight !== null && weight >= 0 ? weight : null,
    shares,
    from: choice.from,
  });
  if (!r.ok) return fail(r.issues);
  const years = panel.years.length > 0 ? panel.years : [prev.year];
  const sourceRows = new Map<string, string>();
  for (const row of r.value.rows) {
    const ids = sourcesOf(row.region, choice.to);
    const rows = panel.records
      .filter((x) => x.region && ids.includes(x.region.id) && x.year === row.year)
      .map((x) => x.row);
    sourceRows.set(`${row.region.id}|${row.year ?? ''}`, rows.join(', '));
  }
  const carried: PanelTable = {
    ...panel,
    years,
    records: r.value.rows.map((row) => ({
      row: 0,
      label: row.region.names.ru,
      region: row.region,
      year: row.year ?? years[0],
      values: row.values,
    })),
  };
  const { dataset } = panelToUserDataset(carried, prev.id, prev.importedAt);
  const rowOf = (regionKey: string, year: number) => {
    const reg = r.value.rows.find((x) => x.code === regionKey);
    return reg ? (sourceRows.get(`${reg.region.id}|${panel.years.length ? year : ''}`) ?? '') : '';
  };
  for (const p of dataset.panel ?? []) {
    for (const row of p.table.rows) {
      const at = rowOf(row.key, p.year);
      for (const cell of Object.values(row.cells)) cell.source = { ...cell.source, row: at };
    }
  }
  const cols = new Set(names);
  const mapping = Object.fromEntries(Object.entries(prev.mapping).filter(([, c]) => cols.has(c)));
  const one = (dataset.panel?.length ?? 0) <= 1 && !prev.panel;
  const out: UserDataset = {
    ...dataset,
    ...(prev.sha256 ? { sha256: prev.sha256 } : {}),
    mapping: Object.keys(mapping).length > 0 ? mapping : dataset.mapping,
    crosswalk: choice,
  };
  if (one) {
    delete out.panel;
    out.year = panel.years[0] ?? prev.year;
  }
  return ok(out, r.warnings);
}
