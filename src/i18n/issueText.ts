/**
 * An issue as text in the interface language: the catalogue sentence for its code
 * (`issueMessages.ts`) with its parameters filled in and formatted for the locale, and its place
 * (row, column, feature) named the same way everywhere. The app's reports and the CLI both print
 * issues through here, so a file gives the same report in both.
 */
import { collapseIssues, type Issue, type IssueParam } from '../core/index.ts';
import { regionByCode } from '../data/regions/registry.ts';
import type { Lang } from '../data/types.ts';
import { requireIssueCatalogue } from './issueCatalogue.ts';
import type { Texts } from './issueMessages.ts';
import { dictionary, numberLocale } from './translate.ts';

/** True when the catalogue has a sentence for `code`. */
export function hasIssueMessage(code: string): boolean {
  return (
    Object.prototype.hasOwnProperty.call(requireIssueCatalogue().issues, code) ||
    coinrKey(code) !== null
  );
}

/**
 * The COINr-format readers (iData, iMeta) keep their sentences in the main dictionaries as
 * `coinr.issue.<code>` and report issues as `coinr-<code>`; both spellings resolve there.
 */
function coinrKey(code: string): string | null {
  const k = `coinr.issue.${code.replace(/^coinr-/, '')}`;
  // Every dictionary carries the same keys (test/i18n/parity.test.ts): any loaded one answers.
  const dict = dictionary('en') ?? dictionary('ru') ?? dictionary('kk');
  return dict && k in dict ? k : null;
}

const NUMBER_FORMATS = new Map<string, Intl.NumberFormat>();

/** A number in the locale with as many decimals as it has (at most 4): 3243.87 -> '3 243,87'. */
export function formatParamNumber(lang: Lang, x: number): string {
  if (!Number.isFinite(x)) return '—';
  const frac = String(x).split('.')[1]?.replace(/e.*$/, '') ?? '';
  const digits = Math.min(4, frac.length);
  const id = `${lang}|${digits}`;
  let f = NUMBER_FORMATS.get(id);
  if (!f) {
    f = new Intl.NumberFormat(numberLocale(lang), {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    NUMBER_FORMATS.set(id, f);
  }
  return f.format(x);
}

const SIZE_UNITS: Record<Lang, [string, string, string]> = {
  ru: ['байт', 'КБ', 'МБ'],
  kk: ['байт', 'КБ', 'МБ'],
  en: ['bytes', 'KB', 'MB'],
};

/** A file size: '10 МБ', '512 KB'. */
export function formatSize(lang: Lang, bytes: number): string {
  const [b, kb, mb] = SIZE_UNITS[lang];
  if (bytes >= 1024 * 1024)
    return `${formatParamNumber(lang, Math.round((bytes / (1024 * 1024)) * 10) / 10)} ${mb}`;
  if (bytes >= 1024) return `${formatParamNumber(lang, Math.round(bytes / 1024))} ${kb}`;
  return `${formatParamNumber(lang, bytes)} ${b}`;
}

const SCHEME_NAMES: Record<Lang, Record<'2014' | 'current', string>> = {
  ru: { '2014': '2010–2018 годов (16 регионов)', current: 'с 2022 года (20 регионов)' },
  kk: { '2014': '2010–2018 жылдардағы (16 аймақ)', current: '2022 жылдан бергі (20 аймақ)' },
  en: { '2014': '2010–2018 (16 regions)', current: 'current (20 regions, since 2022)' },
};

/** The rows of an input-output table, by the reader's id. */
const IO_ROW_NAMES: Record<
  Lang,
  Record<'flow' | 'output' | 'valueAdded' | 'householdIncome', string>
> = {
  ru: {
    flow: 'поток',
    output: 'валовой выпуск',
    valueAdded: 'добавленная стоимость',
    householdIncome: 'доходы домохозяйств',
  },
  kk: {
    flow: 'ағын',
    output: 'жалпы шығарылым',
    valueAdded: 'қосылған құн',
    householdIncome: 'үй шаруашылықтарының табысы',
  },
  en: {
    flow: 'flow',
    output: 'total output',
    valueAdded: 'value added',
    householdIncome: 'household income',
  },
};

/** A region's name in `lang` when `x` is a registry code, else `x` as given. */
function regionText(lang: Lang, x: string | number): string {
  if (typeof x === 'number') return formatParamNumber(lang, x);
  const r = regionByCode(x);
  return r ? r.names[lang] : x;
}

/** One parameter as text: numbers in the locale, regions by name, sizes with units, lists joined. */
export function formatParam(lang: Lang, key: string, v: IssueParam): string {
  if (Array.isArray(v)) {
    const list = v as readonly (string | number)[];
    return list
      .map((x) => formatParam(lang, key, x))
      .join(requireIssueCatalogue().places.joiner[lang]);
  }
  const x = v as string | number;
  if (key === 'region' || key === 'regions') return regionText(lang, x);
  if (key === 'scheme' && (x === '2014' || x === 'current')) return SCHEME_NAMES[lang][x];
  if (key === 'rowName' && typeof x === 'string' && x in IO_ROW_NAMES[lang])
    return IO_ROW_NAMES[lang][x as keyof (typeof IO_ROW_NAMES)['en']];
  if (typeof x === 'number') {
    return key.endsWith('Bytes') ? formatSize(lang, x) : formatParamNumber(lang, x);
  }
  return x;
}

function fill(lang: Lang, text: string, params: Issue['params']): string {
  return text.replace(/\{(\w+)\}/g, (m, name: string) =>
    params && name in params ? formatParam(lang, name, params[name]) : '…',
  );
}

/**
 * Names the caller knows better than the issue: an indicator's or a group's title in the
 * interface language for the id the core reports (`S_D` -> 'Labour productivity').
 */
export interface IssueNames {
  indicator?: (id: string) => string | undefined;
  group?: (id: string) => string | undefined;
}

/**
 * The parameters of an issue, completed from its place (`where.region`, `where.indicator`) and
 * with ids replaced by the names the caller knows.
 */
function paramsOf(issue: Issue, names?: IssueNames): Issue['params'] {
  const w = issue.where ?? {};
  const p: NonNullable<Issue['params']> = {};
  if (w.region !== undefined) p.region = w.region;
  if (w.indicator !== undefined) {
    p.indicator = w.indicator;
    p.variable = w.indicator;
  }
  Object.assign(p, issue.params ?? {});
  for (const key of ['indicator', 'variable'] as const) {
    const v = p[key];
    if (typeof v === 'string') p[key] = names?.indicator?.(v) ?? v;
  }
  if (typeof p.group === 'string') p.group = names?.group?.(p.group) ?? p.group;
  return p;
}

/** Placeholders of the issue's sentence that its parameters leave unfilled (for tests). */
export function missingParams(issue: Issue): string[] {
  const { issues } = requireIssueCatalogue();
  const entry = Object.prototype.hasOwnProperty.call(issues, issue.code)
    ? issues[issue.code]
    : null;
  if (!entry) return hasIssueMessage(issue.code) ? [] : [`no message for ${issue.code}`];
  const p = paramsOf(issue) ?? {};
  return [...entry.en.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).filter((name) => !(name in p));
}

/** The sentence for an issue in `lang` (no place). */
export function issueSentence(issue: Issue, lang: Lang, names?: IssueNames): string {
  const { issues, places } = requireIssueCatalogue();
  const entry = Object.prototype.hasOwnProperty.call(issues, issue.code)
    ? issues[issue.code]
    : null;
  const coinr = entry ? null : coinrKey(issue.code);
  if (coinr) {
    const text = (dictionary(lang) as Record<string, string> | undefined)?.[coinr] ?? coinr;
    return fill(lang, text, paramsOf(issue, names));
  }
  if (!entry) return fill(lang, places.unknown[lang], { code: issue.code });
  const p = paramsOf(issue, names);
  let text = fill(lang, entry[lang], p);
  const more = entry.more;
  if (more && p && more.param in p) {
    const v = p[more.param];
    if (!Array.isArray(v) || v.length > 0) text += ` ${fill(lang, more[lang], p)}`;
  }
  if (p && typeof p.collapsed === 'number' && p.collapsed > 0) {
    text += ` ${fill(lang, places.collapsed[lang], { more: p.collapsed, rows: p.collapsedRows ?? [] })}`;
  }
  return text;
}

type Place = keyof ReturnType<typeof requireIssueCatalogue>['places'];
const placeText = (lang: Lang, which: Place, vars: Issue['params']) =>
  fill(lang, (requireIssueCatalogue().places[which] as Texts)[lang], vars);

/** 'строка 4, столбец C (ВРП)' in `lang`, or '' when the issue names no place. */
export function issuePlace(issue: Issue, lang: Lang): string {
  const w = issue.where ?? {};
  const parts: string[] = [];
  if (w.row !== undefined) parts.push(placeText(lang, 'row', { row: w.row }));
  if (w.column !== undefined) parts.push(placeText(lang, 'column', { column: w.column }));
  if (w.feature !== undefined) parts.push(placeText(lang, 'feature', { feature: w.feature }));
  if (w.property !== undefined) parts.push(placeText(lang, 'property', { property: w.property }));
  return parts.join(requireIssueCatalogue().places.joiner[lang]);
}

/** Place and sentence on one line: 'строка 4, столбец C (ВРП): «abc» — не число. …'. */
export function issueLine(issue: Issue, lang: Lang, names?: IssueNames): string {
  const place = issuePlace(issue, lang);
  const sentence = issueSentence(issue, lang, names);
  return place ? `${place}: ${sentence}` : sentence;
}

const SEVERITY: Record<Lang, Record<Issue['severity'], string>> = {
  ru: { error: 'ошибка', warning: 'предупреждение' },
  kk: { error: 'қате', warning: 'ескерту' },
  en: { error: 'error', warning: 'warning' },
};

/**
 * A whole report as lines, identical problems folded (collapseIssues): what the CLI prints and
 * what the app's import report lists, so the same file gives the same report in both.
 */
export function issueReport(issues: readonly Issue[], lang: Lang, names?: IssueNames): string[] {
  return collapseIssues(issues).map(
    (i) => `${SEVERITY[lang][i.severity]}: ${issueLine(i, lang, names)}`,
  );
}
