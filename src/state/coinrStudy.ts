/**
 * A study in COINr's interchange format (issue 9, item 2): an `iData`/`iMeta` pair becomes a
 * user dataset and its index tree, and the study in use (the data and the tree) becomes an
 * `iData`/`iMeta` pair that R's `new_coin(iData, iMeta)` and `atlas rate --idata --imeta` read.
 *
 * Import: iMeta is checked as COINr's `check_iMeta()` does and iData as `check_iData()` does
 * (src/data/coinr/); each unit must be a region of Kazakhstan (its uCode or uName: an ISO code
 * such as KZ-AKM, or a name in any of the atlas's spellings). Every problem is listed at once,
 * with its file, row and column; nothing is imported while one remains. The tree keeps the
 * user's codes (group ids and column ids are iCodes), names (iName), weights, directions, units
 * and targets; Denominator and Other columns stay in the dataset outside the tree; the uCodes
 * and the index's own code and name travel with the dataset (`UserDataset.coinr`).
 *
 * Export: COINr needs every indicator at level 1 and every parent exactly one level up; a group
 * of the atlas may hold indicators beside sub-groups, so such a child is lifted by single-child
 * aggregates (code `<child>_L<level>`), which change no score under any mean. Columns of the
 * dataset outside the tree (indicators left out in the editor) are written as Type `Other`
 * (or `Denominator` when imported as one), so nothing of the user's is dropped.
 */
import {
  effectiveTreatment,
  interpolates,
  outlierRule,
  treeIndicators,
  walkGroups,
  type CoinData,
  type Aggregation,
  type CoinImputation,
  type CoinOptions,
  type ImputeMethod,
  type LevelAggregation,
  type IndexNodeSpec,
  type GroupSpec,
  type IndicatorSpec,
  type Issue,
  type RatingSpec,
  MAX_YEAR,
  MIN_YEAR,
} from '../core/index.ts';
import { toIssue, type CoinrProblem } from '../data/coinr/coinrProblem.ts';
import { readIData } from '../data/coinr/iData.ts';
import { checkIMeta, iMetaToNodes, readIMeta, type IMetaRow } from '../data/coinr/iMeta.ts';
import { cellText, type Grid } from '../data/readers/grid.ts';
import { parseNumber } from '../data/readers/parseNumber.ts';
import { columnLetter, columnWhere } from '../data/readers/place.ts';
import { matchRegions } from '../data/readers/matchRegions.ts';
import type { Cell, Lang, TableDataset, TableRow } from '../data/types.ts';
import { IMETA_COLUMNS, type Row } from '../data/coinr/writeCoinr.ts';
import type { UserDataset } from './userData.ts';
import type { Year } from './viewState.ts';

/** What a COINr import keeps beside the table, so that an export gives the user's file back. */
export interface CoinrExtras {
  /** iData's uCode of each region row, by ISO code. */
  uCode: Record<string, string>;
  /** The top aggregate of iMeta (the index), when iMeta had one. */
  index: { code: string; name: string } | null;
  /** Columns outside the tree, as iMeta typed them. */
  types: Record<string, 'Denominator' | 'Group' | 'Other'>;
  /** iName of every column (the tree's indicators carry theirs as labels too). */
  names: Record<string, string>;
}

export interface CoinrImportOptions {
  lang: Lang;
  id: string;
  importedAt: string;
  /** The year of a table without a Time column. */
  year: Year;
  /** SHA-256 of the iData file's bytes (the study names the dataset by it). */
  sha256: string;
}

export type CoinrImport =
  | { ok: true; dataset: UserDataset; groups: GroupSpec[]; levels: number; warnings: Issue[] }
  | { ok: false; issues: Issue[] };

const same = (text: string) => ({ ru: text, kk: text, en: text });

/** Every iData row's region, from its uCode, else its uName; problems for the rest. */
function matchUnits(
  file: string,
  grid: Grid,
  codes: string[],
  names: string[],
  lang: Lang,
): { iso: (string | null)[]; scheme: '2014' | 'current'; problems: CoinrProblem[] } {
  const header = (grid.rows[0] ?? []).map((c) => cellText(c).trim());
  const ju = header.indexOf('uCode');
  const jn = header.indexOf('uName');
  const unique = [...new Set(codes)];
  const byCode = matchRegions(unique, undefined, { lang });
  const nameOf = new Map<string, string>();
  codes.forEach((c, i) => {
    if (!nameOf.has(c)) nameOf.set(c, names[i]);
  });
  const second = matchRegions(
    unique.map((c) => nameOf.get(c) ?? c),
    byCode.schemeSource === 'default' ? undefined : byCode.scheme,
    { lang },
  );
  const scheme = byCode.schemeSource === 'default' ? second.scheme : byCode.scheme;
  const isoOf = new Map<string, string | null>();
  const problems: CoinrProblem[] = [];
  const firstRow = new Map<string, number>();
  const taken = new Map<string, string>();
  unique.forEach((c, k) => {
    const a = byCode.matches[k];
    const b = second.matches[k];
    const iso = a.regionCode ?? b.regionCode;
    const row = codes.indexOf(c) + 2;
    firstRow.set(c, row);
    if (iso === null) {
      const sugg = [...a.suggestions, ...b.suggestions].slice(0, 3).map((s) => s.name);
      problems.push({
        code: 'idata-unit-not-region',
        severity: 'error',
        file,
        row,
        column: ju >= 0 ? columnWhere(ju, 'uCode') : undefined,
        vars: {
          value: c,
          name: nameOf.get(c) ?? '',
          uName: jn >= 0 ? columnWhere(jn, 'uName') : 'uName',
          suggestions: sugg.length > 0 ? sugg.join(', ') : '—',
        },
      });
    } else if (taken.has(iso)) {
      problems.push({
        code: 'idata-unit-same-region',
        severity: 'error',
        file,
        row,
        column: ju >= 0 ? columnWhere(ju, 'uCode') : undefined,
        vars: { value: c, other: taken.get(iso) as string, region: iso },
      });
    } else taken.set(iso, c);
    isoOf.set(c, iso);
  });
  return { iso: codes.map((c) => isoOf.get(c) ?? null), scheme, problems };
}

/** The index tree of a checked iMeta: the top aggregate's children as the rating's groups. */
function treeOf(rows: IMetaRow[]): { groups: GroupSpec[]; index: CoinrExtras['index'] } {
  const structural = rows.filter((r) => r.Type === 'Indicator' || r.Type === 'Aggregate');
  const maxLevel = Math.max(...structural.map((r) => r.Level ?? 1));
  const children = (code: string) => structural.filter((r) => r.Parent === code);
  const indicator = (r: IMetaRow): IndicatorSpec => ({
    id: r.iCode,
    label: r.iName ?? r.iCode,
    ...(r.Unit ? { unit: r.Unit } : {}),
    weight: r.Weight ?? 1,
    direction: r.Direction === -1 ? 'lower' : 'higher',
    ...(r.Target !== null ? { target: r.Target } : {}),
    // iMeta's goalpost_lower / goalpost_upper are the spec's goalposts (same meaning: raw
    // values, the direction says which end is best); one end alone is kept for the editor to
    // complete, and rate() names the indicator until it is.
    ...(r.goalpostLower !== null || r.goalpostUpper !== null
      ? {
          goalposts: {
            ...(r.goalpostLower !== null ? { low: r.goalpostLower } : {}),
            ...(r.goalpostUpper !== null ? { high: r.goalpostUpper } : {}),
          },
        }
      : {}),
  });
  const group = (r: IMetaRow): GroupSpec => {
    const kids = children(r.iCode);
    const subs = kids.filter((k) => k.Type === 'Aggregate').map(group);
    return {
      id: r.iCode,
      label: r.iName ?? r.iCode,
      weight: r.Weight ?? 1,
      indicators: kids.filter((k) => k.Type === 'Indicator').map(indicator),
      ...(subs.length > 0 ? { groups: subs } : {}),
    };
  };
  const inds = structural.filter((r) => r.Type === 'Indicator');
  if (maxLevel <= 1)
    return { groups: [{ id: 'g1', weight: 1, indicators: inds.map(indicator) }], index: null };
  const top = structural.find((r) => r.Level === maxLevel) as IMetaRow;
  const index = { code: top.iCode, name: top.iName ?? top.iCode };
  // Two levels: the index holds the indicators; the atlas's index holds groups, so one group
  // (the index itself, weight 1) carries them: the same weighted mean.
  if (maxLevel === 2) return { groups: [{ ...group(top), weight: 1 }], index };
  return { groups: children(top.iCode).map(group), index };
}

/**
 * Reads an iData/iMeta pair (grids from readGrid: CSV or XLSX) into a user dataset and its
 * index tree, or every problem found, in `lang`.
 */
export function importCoinr(dataGrid: Grid, metaGrid: Grid, o: CoinrImportOptions): CoinrImport {
  const problems: CoinrProblem[] = [];
  const meta = readIMeta(metaGrid);
  problems.push(...meta.problems, ...checkIMeta(meta.table));
  const rd = readIData(dataGrid, meta.table);
  problems.push(...rd.problems);
  const file = dataGrid.fileName;
  const d = rd.data;
  // The levels of groups the atlas holds (docs/methods.md: at most six under the index).
  const levels = Math.max(0, ...meta.table.rows.map((r) => r.Level ?? 0));
  if (levels > 7)
    problems.push({
      code: 'imeta-too-deep',
      severity: 'error',
      file: metaGrid.fileName,
      vars: { levels, max: 7 },
    });
  // Time must be a calendar year for the atlas's year switch.
  const header = (dataGrid.rows[0] ?? []).map((c) => cellText(c).trim());
  const jt = header.indexOf('Time');
  d.time.forEach((t, i) => {
    if (t !== null && (!Number.isInteger(t) || t < MIN_YEAR || t > MAX_YEAR))
      problems.push({
        code: 'idata-time-not-year',
        severity: 'error',
        file,
        row: i + 2,
        column: columnWhere(jt, 'Time'),
        vars: { value: t, min: MIN_YEAR, max: MAX_YEAR },
      });
  });
  // Other (and Denominator) columns: numbers are kept as columns outside the tree.
  const typeOf = new Map(meta.table.rows.map((r) => [r.iCode, r]));
  const others: { code: string; values: Float64Array }[] = [];
  // Group columns (and Other columns of text) stay as the dataset's text columns: the unit
  // groups of group imputation (docs/methods.md section 9).
  const labels: { code: string; texts: (string | null)[]; type: 'Group' | 'Other' }[] = [];
  const warnings: CoinrProblem[] = [];
  for (const [code, texts] of d.text) {
    const r = typeOf.get(code);
    if (r?.Type === 'Group') {
      labels.push({ code, texts, type: 'Group' });
      continue;
    }
    if (r?.Type !== 'Other') {
      warnings.push({
        code: 'idata-text-column-left',
        severity: 'warning',
        file,
        row: 1,
        column: columnWhere(header.indexOf(code), code),
        vars: { name: code, type: r?.Type ?? '' },
      });
      continue;
    }
    const parsed = texts.map((t) => (t === null ? NaN : parseNumber(t)));
    const numeric = parsed.every((p) => typeof p === 'number' || p.kind !== 'invalid');
    if (!numeric) {
      labels.push({ code, texts, type: 'Other' });
      continue;
    }
    others.push({
      code,
      values: Float64Array.from(parsed, (p) =>
        typeof p === 'number' ? p : p.kind === 'number' ? p.value : NaN,
      ),
    });
  }
  header.forEach((h, j) => {
    if (h !== '' && h !== 'uCode' && h !== 'uName' && h !== 'Time' && !typeOf.has(h))
      warnings.push({
        code: 'idata-column-not-in-meta',
        severity: 'warning',
        file,
        row: 1,
        column: columnWhere(j, h),
        vars: { name: h, meta: metaGrid.fileName },
      });
  });
  // goalpost_scale has no per-indicator place in the rating: its range (Method) applies.
  for (const r of meta.table.rows)
    if (r.goalpostScale !== null && r.goalpostScale !== 100) {
      warnings.push({
        code: 'imeta-goalpost-scale-left',
        severity: 'warning',
        file: metaGrid.fileName,
        row: r.row,
        column: columnWhere(meta.table.columns.indexOf('goalpost_scale'), 'goalpost_scale'),
        vars: { value: r.goalpostScale },
      });
      break;
    }
  // Units are matched whatever else is wrong, so that every problem is listed at once.
  const codes = d.uCode.map((c, i) => (c === '' ? d.uName[i] : c));
  const units = matchUnits(file, dataGrid, codes, d.uName, o.lang);
  problems.push(...units.problems);
  if (problems.some((p) => p.severity === 'error') || d.uCode.length === 0)
    return { ok: false, issues: [...problems, ...warnings].map((p) => toIssue(p, o.lang)) };

  const { groups, index } = treeOf(meta.table.rows);
  const inTree = new Set(meta.table.rows.filter((r) => r.Type === 'Indicator').map((r) => r.iCode));
  // Columns in iData's order: the tree's indicators, denominators, numeric Other columns.
  const numericCols = [...d.numeric.keys()].filter((c) => typeOf.has(c));
  const colValues = new Map<string, Float64Array>([
    ...numericCols.map((c): [string, Float64Array] => [c, d.numeric.get(c) as Float64Array]),
    ...others.map((x): [string, Float64Array] => [x.code, x.values]),
  ]);
  const cols = header.filter((h) => colValues.has(h));
  const extras: CoinrExtras = { uCode: {}, index, types: {}, names: {} };
  for (const c of cols) {
    const r = typeOf.get(c) as IMetaRow;
    extras.names[c] = r.iName ?? c;
    if (!inTree.has(c)) extras.types[c] = r.Type === 'Denominator' ? 'Denominator' : 'Other';
  }
  const textCols = header.filter((h) => labels.some((l) => l.code === h));
  const textOf = new Map(labels.map((l) => [l.code, l]));
  for (const c of textCols) {
    extras.names[c] = typeOf.get(c)?.iName ?? c;
    extras.types[c] = (textOf.get(c) as (typeof labels)[number]).type;
  }
  const sheet = dataGrid.sheet ?? 'CSV';
  const columns: TableDataset['columns'] = cols.map((c) => {
    const r = typeOf.get(c) as IMetaRow;
    return {
      id: c,
      title: same(c),
      unit: same(r.Unit ?? ''),
      direction: r.Direction === -1 ? 'lower' : 'higher',
    };
  });
  const tableOf = (idx: number[], year: Year): TableDataset => ({
    kind: 'table',
    id: o.id,
    title: same(file),
    source: file,
    seed: file,
    tables: [sheet],
    units: same(''),
    years: [year],
    notes: same(''),
    scheme: units.scheme,
    columns,
    ...(textCols.length > 0
      ? {
          textColumns: textCols.map((c) => ({
            id: c,
            title: same(c),
            unit: same(typeOf.get(c)?.Unit ?? ''),
          })),
        }
      : {}),
    rows: idx.map((i): TableRow => {
      const key = units.iso[i] as string;
      extras.uCode[key] = d.uCode[i];
      return {
        key,
        label: d.uName[i],
        cells: Object.fromEntries(
          [...textCols, ...cols].map((c): [string, Cell] => {
            const j = header.indexOf(c);
            const label = textOf.get(c);
            const v = label ? NaN : (colValues.get(c) as Float64Array)[i];
            const text = label?.texts[i];
            return [
              c,
              {
                value: Number.isFinite(v) ? v : null,
                printed: cellText(dataGrid.rows[i + 1]?.[j]),
                ...(text ? { text } : {}),
                source: {
                  seed: file,
                  table: sheet,
                  row: String(i + 2),
                  column: `${columnLetter(j)} (${c})`,
                  col: j + 1,
                },
              },
            ];
          }),
        ),
      };
    }),
  });
  const years = [...new Set(d.time.filter((t): t is number => t !== null))].sort((a, b) => a - b);
  const all = d.uCode.map((_, i) => i);
  let dataset: UserDataset;
  if (years.length <= 1) {
    const year = years[0] ?? o.year;
    dataset = {
      id: o.id,
      fileName: file,
      importedAt: o.importedAt,
      table: tableOf(all, year),
      year,
      mapping: {},
      sha256: o.sha256,
      coinr: extras,
    };
  } else {
    const panel = years.map((y) => ({
      year: y,
      table: tableOf(
        all.filter((i) => d.time[i] === y),
        y,
      ),
    }));
    const last = panel[panel.length - 1];
    dataset = {
      id: o.id,
      fileName: file,
      importedAt: o.importedAt,
      table: last.table,
      panel,
      year: last.year,
      mapping: {},
      sha256: o.sha256,
      coinr: extras,
    };
  }
  return { ok: true, dataset, groups, levels, warnings: warnings.map((p) => toIssue(p, o.lang)) };
}

export interface CoinrExport {
  iData: Row[];
  iMeta: Row[];
  /** Single-child aggregates added so that every indicator sits at level 1 (their codes). */
  lifted: string[];
}

/**
 * The study as COINr's iData and iMeta rows (header first): the tree's indicators in the
 * tree's order (groups in pre-order), then the dataset's other columns; a Time column with
 * each table's year. `names` name what has no name of the user's (the paper's groups and
 * indicators are translated).
 */
export function exportCoinr(
  rating: Pick<RatingSpec, 'groups'> & Partial<Pick<RatingSpec, 'treatment'>>,
  d: UserDataset,
  names: { group: (id: string) => string; indicator: (id: string) => string; index: string },
  options: { separateIndex?: boolean } = {},
): CoinrExport {
  const groupLabel = names.group;
  const indexLabel = names.index;
  const extras = d.coinr;
  const hasIndicators = (g: GroupSpec): boolean =>
    g.indicators.length > 0 || (g.groups ?? []).some(hasIndicators);
  const prune = (gs: readonly GroupSpec[]): GroupSpec[] =>
    gs.filter(hasIndicators).map((g) => ({ ...g, groups: prune(g.groups ?? []) }));
  let top = prune(rating.groups);
  const codes = new Set<string>();
  const walk = (gs: GroupSpec[]) =>
    gs.forEach((g) => {
      codes.add(g.id);
      g.indicators.forEach((i) => codes.add(i.id));
      walk(g.groups ?? []);
    });
  walk(top);
  for (const c of [...d.table.columns, ...(d.table.textColumns ?? [])]) codes.add(c.id);
  const fresh = (base: string) => {
    let c = base;
    for (let k = 2; codes.has(c); k++) c = `${base}_${k}`;
    codes.add(c);
    return c;
  };
  // The root: a single top group that is the imported index itself, or a new index node.
  let root: GroupSpec;
  if (
    !options.separateIndex &&
    top.length === 1 &&
    extras?.index &&
    top[0].id === extras.index.code
  ) {
    root = { ...top[0], label: top[0].label ?? extras.index.name };
    top = [];
  } else {
    const code = extras?.index && !codes.has(extras.index.code) ? extras.index.code : null;
    root = {
      id: code ?? fresh('Index'),
      label: extras?.index?.name ?? indexLabel,
      weight: 1,
      indicators: [],
      groups: top,
    };
    if (code) codes.add(code);
  }
  const height = (g: GroupSpec): number =>
    1 + Math.max(g.indicators.length > 0 ? 1 : 0, ...(g.groups ?? []).map(height));
  const meta: Row[] = [];
  const order: string[] = [];
  const lifted: string[] = [];
  const allTargets = (() => {
    const all: IndicatorSpec[] = [];
    const w = (g: GroupSpec) => {
      all.push(...g.indicators);
      (g.groups ?? []).forEach(w);
    };
    w(root);
    return all.length > 0 && all.every((i) => typeof i.target === 'number');
  })();
  const anyGoalposts = (() => {
    const w = (g: GroupSpec): boolean =>
      g.indicators.some((i) => i.goalposts !== undefined) || (g.groups ?? []).some(w);
    return w(root);
  })();
  /** The Target and goalpost cells after IMETA_COLUMNS (the columns present in this file). */
  const tail = (i: IndicatorSpec | null): Row =>
    [
      ...(allTargets ? [i?.target ?? null] : []),
      ...(anyGoalposts ? [i?.goalposts?.low ?? null, i?.goalposts?.high ?? null] : []),
    ] as Row;
  const unitOf = new Map(d.table.columns.map((c) => [c.id, c.unit.ru]));
  const aggRow = (code: string, name: string, level: number, parent: string | null, w: number) =>
    meta.push([code, name, level, parent, 1, w, 'Aggregate', null, ...tail(null)]);
  /** Lifts a child of height h under `parent` (at level L) by single-child aggregates. */
  const liftTo = (
    parent: string,
    level: number,
    h: number,
    code: string,
    name: string,
    w: number,
  ) => {
    let p = parent;
    let weight = w;
    for (let l = level - 1; l > h; l--) {
      const pad = fresh(`${code}_L${l}`);
      lifted.push(pad);
      aggRow(pad, name, l, p, weight);
      p = pad;
      weight = 1;
    }
    return { parent: p, weight };
  };
  const emit = (g: GroupSpec, level: number, parent: string | null, weight: number) => {
    aggRow(g.id, g.label ?? groupLabel(g.id), level, parent, weight);
    for (const i of g.indicators) {
      const at = liftTo(
        g.id,
        level,
        1,
        i.id,
        i.label ?? extras?.names[i.id] ?? names.indicator(i.id),
        i.weight,
      );
      order.push(i.id);
      meta.push([
        i.id,
        i.label ?? extras?.names[i.id] ?? names.indicator(i.id),
        1,
        at.parent,
        i.direction === 'lower' ? -1 : 1,
        at.weight,
        'Indicator',
        i.unit ?? unitOf.get(i.id) ?? null,
        ...tail(i),
      ]);
    }
    for (const s of g.groups ?? []) {
      const h = height(s);
      const at = liftTo(g.id, level, h, s.id, s.label ?? groupLabel(s.id), s.weight);
      emit(s, h, at.parent, at.weight);
    }
  };
  emit(root, height(root), null, 1);
  // COINr lists indicators first; aggregates by level (the order new_coin() prints).
  const rowsOut = meta
    .map((r, k) => ({ r, k }))
    .sort((a, b) => (a.r[2] as number) - (b.r[2] as number) || a.k - b.k)
    .map((x) => x.r);
  const rest = [...d.table.columns, ...(d.table.textColumns ?? [])].filter(
    (c) => !order.includes(c.id),
  );
  // Columns the rating's treatment reads keep their role for COINr: a denominator is Type
  // Denominator (Denominate()), a column of unit groups Type Group (Impute(use_group)).
  const role = new Map<string, 'Denominator' | 'Group'>();
  const inTree = treeIndicators(rating);
  for (const i of inTree) if (i.denominator) role.set(i.denominator, 'Denominator');
  for (const i of inTree) {
    const { impute } = effectiveTreatment(i, rating.treatment);
    if ((impute.method === 'group-mean' || impute.method === 'group-median') && impute.by)
      role.set(impute.by, role.get(impute.by) ?? 'Group');
  }
  const head = [
    ...IMETA_COLUMNS,
    ...(allTargets ? ['Target'] : []),
    ...(anyGoalposts ? ['goalpost_lower', 'goalpost_upper'] : []),
  ];
  const iMeta: Row[] = [
    head,
    ...rowsOut,
    ...rest.map((c): Row => [
      c.id,
      extras?.names[c.id] ?? names.indicator(c.id),
      null,
      null,
      null,
      null,
      role.get(c.id) ?? extras?.types[c.id] ?? 'Other',
      c.unit.ru || null,
      ...tail(null),
    ]),
  ];
  const columns = [...order, ...rest.map((c) => c.id)];
  const tables = d.panel ?? [{ year: d.year, table: d.table }];
  const iData: Row[] = [['uCode', 'uName', 'Time', ...columns]];
  for (const { year, table } of tables)
    for (const r of table.rows)
      iData.push([
        extras?.uCode[r.key] ?? r.key,
        r.label,
        year,
        ...columns.map((c) => {
          const v = r.cells[c]?.value;
          // A text cell (a unit's group, e.g. Север) is written as its text.
          return typeof v === 'number' && Number.isFinite(v) ? v : (r.cells[c]?.text ?? null);
        }),
      ]);
  return { iData, iMeta, lifted };
}

/**
 * The study in use as COINr's data and index tree, for the sensitivity over every choice
 * (core/coin/coinSensitivity.ts): the export above read back through the iData/iMeta readers,
 * so the sensitivity rates exactly what `atlas rate --idata --imeta` would. The index is
 * always a node of its own above the top groups (`separateIndex`), so that its method and a
 * single top group's are two nodes as in the app. Only the table of `d.year` is taken, unless
 * the rating interpolates between a panel's years: then every year goes, and `time` is the
 * year rated.
 */
export function studyToCoin(
  rating: Pick<RatingSpec, 'groups'> & Partial<Pick<RatingSpec, 'treatment'>>,
  d: UserDataset,
  names: { group: (id: string) => string; indicator: (id: string) => string; index: string },
): { data: CoinData; nodes: IndexNodeSpec[]; time: number; issues: Issue[] } {
  const year = d.panel?.find((p) => p.year === d.year)?.table ?? d.table;
  const panel =
    d.panel && d.panel.length > 1 && interpolates(treeIndicators(rating), rating.treatment)
      ? d.panel
      : undefined;
  const out = exportCoinr(rating, { ...d, panel, table: year }, names, { separateIndex: true });
  const grid = (rows: Row[], fileName: string): Grid => ({ fileName, format: 'csv', rows });
  const meta = readIMeta(grid(out.iMeta, 'iMeta'));
  const data = readIData(grid(out.iData, 'iData'), meta.table);
  const problems = [...meta.problems, ...checkIMeta(meta.table), ...data.problems];
  return {
    data: data.data,
    nodes: iMetaToNodes(meta.table),
    time: d.year,
    issues: problems.map((p) => toIssue(p, 'en')),
  };
}

/** The spec's imputation rules as COINr's codes. */
const COIN_IMPUTE: Record<ImputeMethod, CoinImputation> = {
  none: 'none',
  mean: 'i_mean',
  median: 'i_median',
  'group-mean': 'i_mean_grp',
  'group-median': 'i_median_grp',
  interpolate: 'i_interp',
};

/**
 * The app's rating as the COINr pipeline's options, so that the sensitivity's nominal run is
 * the rating table (docs/methods.md section 9):
 * - data treatment: the rating's default imputation and outlier rule, each indicator's own,
 *   and its denominator (core/composite/treatRating.ts maps the same spec onto the same
 *   column work, core/coin/treatIndicator.ts);
 * - normalisation: min-max, z-scores and goalposts are COINr's own (the same formulas); rank,
 *   ratio to the maximum and distance to a target keep the atlas's definitions
 *   (ATLAS_NORMALISATIONS); the scale of min-max and goalposts;
 * - aggregation: the app chooses a method per depth counted from the index (`levels[0]` the
 *   index, `levels[d + 1]` a group d levels below the top groups), COINr per level counted
 *   from the indicators. The two agree on a balanced tree; on an unbalanced one the export
 *   lifts shallow children by single-child aggregates, so every group of the spec gets its
 *   depth's method by its code (`aggregateNodes`), the index `levels[0]`, and a lifting
 *   aggregate a_amean, which passes its one child through. `aggregate` per level is the same
 *   rule where the tree is balanced (levels = the COINr tree's height, d = levels - l).
 * `study` is studyToCoin's answer (its nodes, and the year rated).
 */
export function coinOptionsOf(
  r: Pick<
    RatingSpec,
    'groups' | 'normalisation' | 'aggregation' | 'range' | 'levels' | 'power' | 'treatment'
  >,
  study: { nodes: readonly IndexNodeSpec[]; time?: number | null },
): CoinOptions {
  const normalise = (
    {
      'min-max': 'n_minx',
      'z-score': 'n_zscore',
      rank: 'atlas_rank',
      'ratio-to-max': 'atlas_ratio',
      'distance-to-target': 'atlas_dist2targ',
      goalposts: 'n_goalposts',
    } as const
  )[r.normalisation];
  const method = (a: Aggregation): LevelAggregation =>
    a === 'generalised'
      ? { method: 'a_genmean', p: r.power ?? 2 }
      : {
          method: (
            {
              arithmetic: 'a_amean',
              geometric: 'a_gmean',
              harmonic: 'a_hmean',
              copeland: 'a_copeland',
            } as const
          )[a],
        };
  const atDepth = (d: number) => method(r.levels?.[d] ?? r.aggregation);
  const levels = Math.max(2, ...study.nodes.map((x) => x.level));
  const aggregate: LevelAggregation[] = [];
  for (let l = 2; l <= levels; l++) aggregate.push(atDepth(levels - l));
  const depthOf = new Map(walkGroups(r).map((v) => [v.group.id, v.depth]));
  const aggregateNodes: Record<string, LevelAggregation> = {};
  for (const x of study.nodes) {
    if (x.level < 2) continue;
    const depth = depthOf.get(x.code);
    aggregateNodes[x.code] =
      x.parent === null
        ? atDepth(0)
        : depth !== undefined
          ? atDepth(depth + 1)
          : { method: 'a_amean' };
  }
  const d = r.treatment;
  const indicators: NonNullable<CoinOptions['indicators']> = {};
  const denominators: NonNullable<CoinOptions['denominators']> = {};
  for (const ind of treeIndicators(r)) {
    if (ind.impute || ind.outliers)
      indicators[ind.id] = {
        ...(ind.impute
          ? { impute: COIN_IMPUTE[ind.impute.method], imputeGroup: ind.impute.by }
          : {}),
        ...(ind.outliers ? { treat: outlierRule(ind.outliers) } : {}),
      };
    if (ind.denominator) denominators[ind.id] = { by: ind.denominator };
  }
  return {
    impute: COIN_IMPUTE[d?.impute?.method ?? 'none'],
    ...(d?.impute?.by ? { imputeGroup: d.impute.by } : {}),
    treat: outlierRule(d?.outliers ?? { method: 'none' }),
    indicators,
    denominators,
    normalise,
    range: r.range ?? [0, 100],
    aggregate,
    aggregateNodes,
    ...(study.time !== undefined && study.time !== null ? { time: study.time } : {}),
  };
}
