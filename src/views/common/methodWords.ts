/**
 * The method of an analysis in words, for the subtitle of an exported figure (issue 15:
 * "subtitle with the method in words"): built from the spec and the interface's own labels,
 * so the file says how its numbers were made in the reader's language.
 */
import type { AnalysisSpec } from '../../core/index.ts';
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
  ]);
}

/** The map's classification: method and, where the user picks it, the number of classes. */
export function classWords(spec: AnalysisSpec, t: T): string {
  const c = spec.map.classification;
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
