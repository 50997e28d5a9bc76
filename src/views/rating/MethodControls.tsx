/** Preset, normalisation, aggregation and the reset button of the rating. */
import { useT } from '../../i18n/useT.ts';
import { useAppStore, useAppStoreApi } from '../../state/react.tsx';
import { presetOf } from '../../state/specSlice.ts';
import { sameWeights } from '../../state/indexTreeEdit.ts';
import { IssueText } from '../common/IssueText.tsx';
import { useState } from 'react';
import {
  AGGREGATIONS,
  isPaperData,
  pcaWeights,
  type PcaWeights,
  walkGroups,
  type Aggregation,
  type Normalisation,
} from '../../core/index.ts';
import { TypedNumber } from '../common/TypedNumber.tsx';
import { YearSwitch } from '../common/YearSwitch.tsx';
import { DefaultTreatment } from './TreatmentControls.tsx';

const NORMALISATIONS: Normalisation[] = [
  'ratio-to-max',
  'min-max',
  'z-score',
  'rank',
  'distance-to-target',
  'goalposts',
];

export function MethodControls() {
  const t = useT();
  // Each field on its own, so that a weight step (a new tree, the same methods) does not
  // re-render the controls: only the preset's name depends on the weights.
  const normalisation = useAppStore((s) => s.spec.rating.normalisation);
  const aggregation = useAppStore((s) => s.spec.rating.aggregation);
  const range = useAppStore((s) => s.spec.rating.range);
  const levels = useAppStore((s) => s.spec.rating.levels);
  const power = useAppStore((s) => s.spec.rating.power);
  const store = useAppStoreApi();
  const applyPreset = useAppStore((s) => s.applyPreset);
  const setNormalisation = useAppStore((s) => s.setNormalisation);
  const setAggregation = useAppStore((s) => s.setAggregation);
  const resetRating = useAppStore((s) => s.resetRating);
  const setRange = useAppStore((s) => s.setRange);
  const setLevelAggregation = useAppStore((s) => s.setLevelAggregation);
  const setPower = useAppStore((s) => s.setPower);
  // Levels of the tree: the index, then one per depth of groups that has children.
  const depth = useAppStore((s) =>
    walkGroups(s.spec.rating).reduce((d, v) => Math.max(d, v.depth + 1), 0),
  );
  const usesPower = [aggregation, ...(levels ?? [])].includes('generalised');
  const aggName = (a: Aggregation) =>
    t(!paper && a === 'arithmetic' ? 'rating.agg.arithmetic.plain' : `rating.agg.${a}`);
  const scaled = normalisation === 'min-max' || normalisation === 'goalposts';
  const [lo, hi] = range ?? [0, 100];
  const applyWeights = useAppStore((s) => s.applyWeights);
  const hasResult = useAppStore((s) => !!s.results.rating[s.view.year]);
  // PCA weights are computed when chosen (an eigen-decomposition per group: not on every
  // slider step); the preset reads "PCA" while the tree carries them, with their notes
  // (negative loadings set to 0) under it.
  const [pca, setPca] = useState<PcaWeights | null>(null);
  const isPca = useAppStore(
    (s) => pca !== null && sameWeights(pca.rating.groups, s.spec.rating.groups),
  );
  const preset = useAppStore((s) => (isPca ? 'pca' : presetOf(s.spec.rating)));
  // "As in the paper" only names the paper's own data (issue 8): with a user's table the
  // presets are equal weights and the user's own.
  const paper = useAppStore((s) => isPaperData(s.spec.data));
  return (
    <div className="panel" data-testid="rating-methods">
      <YearSwitch />
      <label className="field">
        <span>{t('rating.preset')}</span>
        <select
          data-testid="preset"
          value={preset}
          onChange={(e) => {
            const v = e.target.value;
            if (v === 'paper' || v === 'equal') applyPreset(v);
            const st = store.getState();
            const current = st.results.rating[st.view.year];
            if (v === 'pca' && current) {
              const run = pcaWeights(current.normalised, current.indicators, st.spec.rating);
              setPca(run);
              applyWeights(run.rating);
            }
          }}
        >
          {paper && <option value="paper">{t('rating.preset.paper')}</option>}
          <option value="equal">{t('rating.preset.equal')}</option>
          <option value="pca" disabled={!hasResult}>
            {t('rating.preset.pca')}
          </option>
          <option value="custom" disabled>
            {t('rating.preset.custom')}
          </option>
        </select>
      </label>
      {isPca && pca && pca.issues.length > 0 && (
        <ul className="issues" data-testid="pca-notes">
          {pca.issues.map((i, k) => (
            <li key={k}>
              <IssueText issue={i} />
            </li>
          ))}
        </ul>
      )}
      <label className="field">
        <span>{t('rating.normalisation')}</span>
        <select
          data-testid="normalisation"
          value={normalisation}
          onChange={(e) => setNormalisation(e.target.value as Normalisation)}
        >
          {NORMALISATIONS.map((n) => (
            <option key={n} value={n}>
              {t(
                !paper && n === 'ratio-to-max'
                  ? 'rating.norm.ratio-to-max.plain'
                  : `rating.norm.${n}`,
              )}
            </option>
          ))}
        </select>
      </label>
      {scaled && (
        <div className="field" title={t('rating.rangeHint')} data-testid="rating-range">
          <span>{t('rating.range')}</span>
          <span className="inline-field">
            <TypedNumber
              value={lo}
              min={-1e9}
              max={1e9}
              digits={4}
              label={t('rating.range.low')}
              testid="range-low"
              onValue={(v) => v !== undefined && v < hi && setRange([v, hi])}
            />
            <span aria-hidden="true">–</span>
            <TypedNumber
              value={hi}
              min={-1e9}
              max={1e9}
              digits={4}
              label={t('rating.range.high')}
              testid="range-high"
              onValue={(v) => v !== undefined && v > lo && setRange([lo, v])}
            />
          </span>
        </div>
      )}
      <label className="field">
        <span>{t('rating.aggregation')}</span>
        <select
          data-testid="aggregation"
          value={aggregation}
          onChange={(e) => setAggregation(e.target.value as Aggregation)}
        >
          {AGGREGATIONS.map((a) => (
            <option key={a} value={a}>
              {aggName(a)}
            </option>
          ))}
        </select>
      </label>
      {depth > 0 && (
        <details className="field" data-testid="rating-levels" open={!!levels?.length}>
          <summary>{t('rating.levels')}</summary>
          {Array.from({ length: depth + 1 }, (_, level) => (
            <label className="field" key={level}>
              <span>
                {level === 0 ? t('rating.level.index') : t('rating.level.n', { n: level })}
              </span>
              <select
                data-testid={`aggregation-level-${level}`}
                value={levels?.[level] ?? ''}
                onChange={(e) =>
                  setLevelAggregation(level, (e.target.value || null) as Aggregation | null)
                }
              >
                <option value="">{t('rating.level.same', { name: aggName(aggregation) })}</option>
                {AGGREGATIONS.map((a) => (
                  <option key={a} value={a}>
                    {aggName(a)}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </details>
      )}
      {usesPower && (
        <label className="field" title={t('rating.powerHint')}>
          <span>{t('rating.power')}</span>
          <TypedNumber
            value={power ?? 2}
            min={-10}
            max={10}
            digits={2}
            label={t('rating.power')}
            testid="rating-power"
            onValue={(v) => v !== undefined && v !== 0 && setPower(v)}
          />
        </label>
      )}
      <DefaultTreatment />
      <button type="button" className="button secondary" data-testid="reset" onClick={resetRating}>
        {t(paper ? 'rating.reset' : 'rating.resetUser')}
      </button>
    </div>
  );
}
