/**
 * The method of an analysis in words, for the subtitle of an exported figure (issue 15:
 * "subtitle with the method in words"): built from the spec and the interface's own labels,
 * so the file says how its numbers were made in the reader's language.
 */
import {
  DEFAULT_BOXCOX_LAMBDA,
  DEFAULT_WIN_POINTS,
  effectiveTreatment,
  treeIndicators,
  type AnalysisSpec,
} from '../../core/index.ts';
import type { T } from '../../i18n/useT.ts';

const joined = (parts: string[]) => parts.filter(Boolean).join('; ');

/** Normalisation and aggregation of the rating (the paper's labels only on the paper's data). */
export function ratingWords(spec: AnalysisSpec, t: T): string {
  const r = spec.rating;
  const paperData = spec.data?.table?.source !== 'user';
  const norm =
    !paperData && r.normalisation === 'ratio-to-max'
      ? t('rating.norm.ratio-to-max.plain')
      : t(`rating.norm.${r.normalisation}`);
  const agg =
    !paperData && r.aggregation === 'arithmetic'
      ? t('rating.agg.arithmetic.plain')
      : t(`rating.agg.${r.aggregation}`);
  // Per-level methods, where the user set them (issue 9 item 5), and the scale when moved.
  const levels = (r.levels ?? [])
    .map((a, i) =>
      a
        ? `${i === 0 ? t('rating.level.index') : t('rating.level.n', { n: i })}: ${t(`rating.agg.${a}`)}`
        : '',
    )
    .filter(Boolean);
  const range = r.range ? `${t('rating.range')}: ${t.num(r.range[0])}–${t.num(r.range[1])}` : '';
  const power = [r.aggregation, ...(r.levels ?? [])].includes('generalised')
    ? `p = ${t.num(r.power ?? 2)}`
    : '';
  return joined([
    `${t('rating.normalisation')}: ${norm}`,
    range,
    `${t('rating.aggregation')}: ${agg}`,
    ...levels,
    power,
    treatmentWords(spec, t),
  ]);
}

/**
 * The data treatment of the rating in words (issue 9 item 3), '' when nothing is treated:
 * each distinct rule once, followed by the indicators it applies to when not all of them.
 */
export function treatmentWords(spec: AnalysisSpec, t: T): string {
  const inds = treeIndicators(spec.rating);
  const rules = new Map<string, string[]>();
  const add = (text: string, id: string) => {
    const ids = rules.get(text) ?? [];
    ids.push(id);
    rules.set(text, ids);
  };
  for (const ind of inds) {
    const { impute, outliers } = effectiveTreatment(ind, spec.rating.treatment);
    if (ind.denominator) add(`÷ ${ind.denominator}`, ind.id);
    if (impute.method !== 'none')
      add(`${t(`treat.impute.${impute.method}`)}${impute.by ? ` (${impute.by})` : ''}`, ind.id);
    if (outliers.method === 'winsorise')
      add(
        `${t('treat.outliers.winsorise')}, ${t.num(outliers.points ?? DEFAULT_WIN_POINTS, 0)}`,
        ind.id,
      );
    else if (outliers.method === 'boxcox')
      add(
        `${t('treat.outliers.boxcox')}, λ = ${t.num(outliers.lambda ?? DEFAULT_BOXCOX_LAMBDA, 2)}`,
        ind.id,
      );
    else if (outliers.method !== 'none') add(t(`treat.outliers.${outliers.method}`), ind.id);
  }
  if (rules.size === 0) return '';
  const what = [...rules]
    .map(([text, ids]) => (ids.length === inds.length ? text : `${text} [${ids.join(', ')}]`))
    .join(', ');
  return t('treat.caption', { what });
}

/** The map's classification: method and, where the user picks it, the number of classes. */
export function classWords(spec: AnalysisSpec, t: T, centred = false): string {
  const c = spec.map.classification;
  // A change map's classes centred on zero (views/map/classify.ts, zeroCentredBreaks).
  if (centred && c.method !== 'custom')
    return `${t('map.method')}: ${t('map.method.centred')}, ${Math.max(1, Math.floor(c.k / 2)) * 2}`;
  const method = t(`map.method.${c.method}`);
  const k = c.method === 'paper' || c.method === 'custom' ? '' : `, ${c.k}`;
  return `${t('map.method')}: ${method}${k}`;
}

/** Hierarchical clustering: linkage, standardisation, number of groups. */
export function clusteringWords(spec: AnalysisSpec, t: T, k: number): string {
  const c = spec.clustering;
  return joined([
    `${t('clustering.linkage')}: ${t(`clustering.linkage.${c.linkage}`)}`,
    `${t('clustering.standardise')}: ${t(`clustering.standardise.${c.standardise}`)}`,
    `k = ${k}`,
  ]);
}

/** Factor analysis: rotation (and the algorithm followed). */
export function factorWords(spec: AnalysisSpec, t: T): string {
  const f = spec.factors;
  return joined([
    `${t('factors.rotation')}: ${t(`factors.rotation.${f.rotation}`)}`,
    f.rotation === 'varimax' ? `${t('factors.convention')}: ${f.convention.toUpperCase()}` : '',
  ]);
}

/**
 * Spatial statistics (#/spatial): the variable, the weights (kind and style), the permutations
 * and, for the LISA map, the adjustment; for a regionalisation, its method and k. `weights`
 * is the weights' kind as the view words it (a GeoDa file's name, queen, k nearest ...).
 */
export function spatialWords(
  spec: AnalysisSpec,
  t: T,
  parts: { variable: string; weights: string; lisa?: boolean; regions?: number },
): string {
  const sp = spec.spatial;
  return joined([
    `${t('spatial.variable')}: ${parts.variable}`,
    `${t('spatial.weights')}: ${parts.weights}, ${t(`spatial.style.${sp?.style ?? 'W'}`)}`,
    parts.lisa && sp ? `R = ${sp.permutations}` : '',
    parts.lisa && sp ? `${t('spatial.adjust')}: ${t(`spatial.adjust.${sp.adjust}`)}` : '',
    parts.regions !== undefined && sp
      ? `${t('spatial.method')}: ${t(`spatial.method.${sp.method}`)}, k = ${parts.regions}`
      : '',
  ]);
}
