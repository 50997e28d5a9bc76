/**
 * The indicator tree of the rating: two groups (receptivity S_D S_F S_E, activity S_A S_B
 * S_C) with a weight slider at both levels, include/exclude and direction per indicator.
 * Sliders set relative weights (1 = the paper's); the share shown beside each is the weight
 * normalised within its level, which is what the index uses.
 */
import { baseTree } from '../../state/specSlice.ts';
import { groupName, indicatorName } from '../common/names.ts';
import { useT } from '../../i18n/useT.ts';
import { useAppStore } from '../../state/react.tsx';
import type { Direction } from '../../core/index.ts';

const MAX_WEIGHT = 3;
const STEP = 0.05;

/** One weight slider with its share of its level beside it ('—' while switched off). */
function WeightSlider(props: {
  weight: number | undefined;
  /** Weight / sum of the level's weights; null when off or the level sums to 0. */
  share: number | null;
  testid: string;
  label: string;
  pct: (x: number) => string;
  onChange: (w: number) => void;
}) {
  const { weight, share, testid, label, pct, onChange } = props;
  return (
    <div className="weight-row">
      <input
        type="range"
        min={0}
        max={MAX_WEIGHT}
        step={STEP}
        value={weight ?? 0}
        disabled={weight === undefined}
        data-testid={testid}
        aria-label={label}
        aria-valuetext={share === null ? undefined : pct(share)}
        onChange={(e) => onChange(Number(e.target.value))}
      />
      <span className="share">{share === null ? '—' : pct(share)}</span>
    </div>
  );
}

export function WeightTree() {
  const t = useT();
  const rating = useAppStore((s) => s.spec.rating);
  const data = useAppStore((s) => s.spec.data);
  const base = useAppStore(baseTree);
  const named = { rating, data };
  const tree = base.groups.map((g) => ({ group: g.id, indicators: g.indicators.map((i) => i.id) }));
  const setGroupWeight = useAppStore((s) => s.setGroupWeight);
  const setIndicatorWeight = useAppStore((s) => s.setIndicatorWeight);
  const setIncluded = useAppStore((s) => s.setIncluded);
  const setDirection = useAppStore((s) => s.setDirection);
  const groupTotal = rating.groups.reduce((a, g) => a + g.weight, 0);
  const pct = (x: number) => `${t.num(x * 100, 0)} %`;

  return (
    <div className="tree" data-testid="weight-tree">
      <h2>{t('rating.tree')}</h2>
      {tree.map(({ group, indicators }, at) => {
        const g = rating.groups.find((x) => x.id === group);
        const inTotal = g ? g.indicators.reduce((a, i) => a + i.weight, 0) : 0;
        const gLabel = groupName(t, named, group, at);
        return (
          <fieldset key={group} data-testid={`group-${group}`}>
            <legend>{gLabel}</legend>
            <WeightSlider
              weight={g?.weight}
              share={g && groupTotal > 0 ? g.weight / groupTotal : null}
              testid={`weight-${group}`}
              label={`${t('rating.weight')}: ${gLabel}`}
              pct={pct}
              onChange={(w) => setGroupWeight(group, w)}
            />
            {indicators.map((id) => {
              const ind = g?.indicators.find((i) => i.id === id);
              const name = indicatorName(t, { rating: base, data }, id);
              return (
                <div className={`indicator${ind ? '' : ' is-off'}`} key={id}>
                  <div className="indicator-head">
                    <label className="check">
                      <input
                        type="checkbox"
                        checked={!!ind}
                        data-testid={`include-${id}`}
                        onChange={(e) => setIncluded(id, e.target.checked)}
                      />
                      <span>
                        {name} {name !== id && <span className="code">{id}</span>}
                      </span>
                    </label>
                    <select
                      value={ind?.direction ?? 'higher'}
                      disabled={!ind}
                      data-testid={`direction-${id}`}
                      aria-label={`${t('rating.direction')}: ${name}`}
                      onChange={(e) => setDirection(id, e.target.value as Direction)}
                    >
                      <option value="higher">↑ {t('rating.direction.higher')}</option>
                      <option value="lower">↓ {t('rating.direction.lower')}</option>
                    </select>
                  </div>
                  <WeightSlider
                    weight={ind?.weight}
                    share={ind && inTotal > 0 ? ind.weight / inTotal : null}
                    testid={`weight-${id}`}
                    label={`${t('rating.weight')}: ${name}`}
                    pct={pct}
                    onChange={(w) => setIndicatorWeight(id, w)}
                  />
                </div>
              );
            })}
          </fieldset>
        );
      })}
    </div>
  );
}
