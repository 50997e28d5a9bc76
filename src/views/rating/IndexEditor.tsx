/**
 * The index editor (issue 9): the rating's tree of groups of any depth, live. Groups can be
 * added (under the index or inside a group), renamed in the user's own words, moved and
 * removed; indicators included or left out, moved between groups, turned (higher or lower is
 * better) and given a target for the distance-to-target normalisation; every weight set with
 * a slider or typed. The share beside a weight is its share of its parent: siblings (a
 * group's own indicators and its sub-groups) are normalised together
 * (core/composite/weights.ts), which is what the index uses. Each edit is one spec change
 * (state/indexTreeEdit.ts), so every view repaints from the spec and undo takes it back.
 */
import { useState } from 'react';
import {
  treeIndicators,
  walkGroups,
  type AnalysisSpec,
  type Direction,
  type GroupSpec,
  type RatingSpec,
} from '../../core/index.ts';
import { useT, type T } from '../../i18n/useT.ts';
import { baseTree } from '../../state/specSlice.ts';
import { isWithin, MAX_EDIT_WEIGHT } from '../../state/indexTreeEdit.ts';
import { useAppStore } from '../../state/react.tsx';
import { groupName, indicatorName } from '../common/names.ts';
import { TypedNumber } from '../common/TypedNumber.tsx';

const SLIDER_MAX = 3;
const STEP = 0.05;

type Named = Pick<AnalysisSpec, 'rating' | 'data'>;

/** One weight: a slider, the same weight typed, and its share of its parent. */
function WeightField(props: {
  weight: number | undefined;
  share: number | null;
  testid: string;
  label: string;
  onChange: (w: number) => void;
}) {
  const t = useT();
  const { weight, share, testid, label, onChange } = props;
  const pct = share === null ? '—' : `${t.num(share * 100, 0)} %`;
  return (
    <div className="weight-row weight-row--typed">
      <input
        type="range"
        min={0}
        max={Math.max(SLIDER_MAX, weight ?? 0)}
        step={STEP}
        value={weight ?? 0}
        disabled={weight === undefined}
        data-testid={testid}
        aria-label={label}
        aria-valuetext={share === null ? undefined : pct}
        onChange={(e) => onChange(Number(e.target.value))}
      />
      {weight !== undefined && (
        <TypedNumber
          value={weight}
          min={0}
          max={MAX_EDIT_WEIGHT}
          label={`${label} (${t('editor.weightValue')})`}
          testid={testid.replace(/^weight-/, 'weight-input-')}
          onValue={(v) => onChange(v ?? 0)}
        />
      )}
      <span className="share">{pct}</span>
    </div>
  );
}

/** The group's name, typed live; the field keeps what is typed while it has the focus. */
function GroupNameField(props: { id: string; name: string; label: string }) {
  const rename = useAppStore((s) => s.renameGroup);
  // What is typed while the field has the focus (an emptied name falls back to the default
  // name in the spec, which must not jump into the field under the cursor).
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <input
      type="text"
      className="group-name"
      value={draft ?? props.name}
      maxLength={200}
      aria-label={props.label}
      data-testid={`group-name-${props.id}`}
      onFocus={() => setDraft(props.name)}
      onBlur={() => setDraft(null)}
      onChange={(e) => {
        setDraft(e.target.value);
        rename(props.id, e.target.value);
      }}
    />
  );
}

/** Options for "part of" / "indicator's group": every group, indented by depth. */
function groupOptions(t: T, named: Named, skipWithin: string | null) {
  return walkGroups(named.rating)
    .filter((v) => skipWithin === null || !isWithin(named.rating, v.group.id, skipWithin))
    .map((v) => (
      <option key={v.group.id} value={v.group.id}>
        {'\u00a0\u00a0'.repeat(v.depth)}
        {v.depth > 0 ? '└ ' : ''}
        {groupName(t, named, v.group.id, v.at)}
      </option>
    ));
}

function GroupNode(props: {
  group: GroupSpec;
  parent: GroupSpec | null;
  share: number | null;
  depth: number;
  named: Named;
  base: RatingSpec;
}) {
  const { group: g, parent, share, depth, named, base } = props;
  const t = useT();
  const rating = named.rating;
  const setGroupWeight = useAppStore((s) => s.setGroupWeight);
  const setIndicatorWeight = useAppStore((s) => s.setIndicatorWeight);
  const setIncluded = useAppStore((s) => s.setIncluded);
  const setDirection = useAppStore((s) => s.setDirection);
  const setTarget = useAppStore((s) => s.setTarget);
  const addGroup = useAppStore((s) => s.addGroup);
  const removeGroup = useAppStore((s) => s.removeGroup);
  const moveGroup = useAppStore((s) => s.moveGroup);
  const moveIndicator = useAppStore((s) => s.moveIndicator);
  const at = walkGroups(rating).findIndex((v) => v.group === g);
  const name = groupName(t, named, g.id, at);
  const subs = g.groups ?? [];
  const siblings =
    g.indicators.reduce((a, i) => a + i.weight, 0) + subs.reduce((a, s) => a + s.weight, 0);
  const shareIn = (w: number) => (siblings > 0 ? w / siblings : null);
  const last = parent === null && rating.groups.length < 2;
  const targets = rating.normalisation === 'distance-to-target';
  const newLabel = () => t('editor.newGroup', { n: walkGroups(rating).length + 1 });

  return (
    <fieldset data-testid={`group-${g.id}`} className={`tree-group depth-${Math.min(depth, 5)}`}>
      <legend>
        <GroupNameField id={g.id} name={name} label={`${t('editor.groupName')}: ${name}`} />
      </legend>
      <WeightField
        weight={g.weight}
        share={share}
        testid={`weight-${g.id}`}
        label={`${t('rating.weight')}: ${name}`}
        onChange={(w) => setGroupWeight(g.id, w)}
      />
      <div className="group-tools">
        <label className="inline-field">
          <span className="field-label">{t('editor.parent')}</span>
          <select
            value={parent?.id ?? ''}
            data-testid={`parent-${g.id}`}
            disabled={last}
            onChange={(e) => moveGroup(g.id, e.target.value === '' ? null : e.target.value)}
          >
            <option value="">{t('editor.index')}</option>
            {groupOptions(t, named, g.id)}
          </select>
        </label>
        <button
          type="button"
          data-testid={`add-subgroup-${g.id}`}
          onClick={() => addGroup(g.id, newLabel())}
        >
          {t('editor.addSubgroup')}
        </button>
        <button
          type="button"
          data-testid={`remove-group-${g.id}`}
          disabled={last}
          title={last ? t('editor.lastGroup') : t('editor.removeGroup.hint')}
          onClick={() => removeGroup(g.id)}
        >
          {t('editor.removeGroup')}
        </button>
      </div>
      {g.indicators.map((ind) => {
        const label = indicatorName(t, named, ind.id);
        return (
          <div className="indicator" key={ind.id} data-testid={`indicator-${ind.id}`}>
            <div className="indicator-head">
              <label className="check">
                <input
                  type="checkbox"
                  checked
                  data-testid={`include-${ind.id}`}
                  onChange={(e) => setIncluded(ind.id, e.target.checked)}
                />
                <span>
                  {label} {label !== ind.id && <span className="code">{ind.id}</span>}
                  {ind.unit && <span className="code"> ({ind.unit})</span>}
                </span>
              </label>
              <select
                value={ind.direction}
                data-testid={`direction-${ind.id}`}
                aria-label={`${t('rating.direction')}: ${label}`}
                onChange={(e) => setDirection(ind.id, e.target.value as Direction)}
              >
                <option value="higher">↑ {t('rating.direction.higher')}</option>
                <option value="lower">↓ {t('rating.direction.lower')}</option>
              </select>
              <select
                value={g.id}
                data-testid={`move-${ind.id}`}
                aria-label={`${t('editor.moveTo')}: ${label}`}
                onChange={(e) => moveIndicator(ind.id, e.target.value)}
              >
                {groupOptions(t, named, null)}
              </select>
            </div>
            <WeightField
              weight={ind.weight}
              share={shareIn(ind.weight)}
              testid={`weight-${ind.id}`}
              label={`${t('rating.weight')}: ${label}`}
              onChange={(w) => setIndicatorWeight(ind.id, w)}
            />
            {targets && (
              <label className="inline-field" title={t('editor.targetHint')}>
                <span className="field-label">{t('editor.target')}</span>
                <TypedNumber
                  value={ind.target}
                  min={-1e15}
                  max={1e15}
                  optional
                  digits={4}
                  label={`${t('editor.target')}: ${label}`}
                  testid={`target-${ind.id}`}
                  onValue={(v) => setTarget(ind.id, v)}
                />
              </label>
            )}
          </div>
        );
      })}
      {subs.map((s) => (
        <GroupNode
          key={s.id}
          group={s}
          parent={g}
          share={shareIn(s.weight)}
          depth={depth + 1}
          named={named}
          base={base}
        />
      ))}
    </fieldset>
  );
}

export function IndexEditor() {
  const t = useT();
  const rating = useAppStore((s) => s.spec.rating);
  const data = useAppStore((s) => s.spec.data);
  const base = useAppStore(baseTree);
  const setIncluded = useAppStore((s) => s.setIncluded);
  const addGroup = useAppStore((s) => s.addGroup);
  const named = { rating, data };
  const top = rating.groups.reduce((a, g) => a + g.weight, 0);
  const inTree = new Set(treeIndicators(rating).map((i) => i.id));
  const excluded = treeIndicators(base).filter((i) => !inTree.has(i.id));

  return (
    <div className="tree" data-testid="weight-tree">
      <h2>{t('rating.tree')}</h2>
      <p className="small muted">{t('editor.hint')}</p>
      {rating.groups.map((g) => (
        <GroupNode
          key={g.id}
          group={g}
          parent={null}
          share={top > 0 ? g.weight / top : null}
          depth={0}
          named={named}
          base={base}
        />
      ))}
      <button
        type="button"
        data-testid="add-group"
        onClick={() => addGroup(null, t('editor.newGroup', { n: walkGroups(rating).length + 1 }))}
      >
        {t('editor.addGroup')}
      </button>
      {excluded.length > 0 && (
        <fieldset data-testid="excluded-indicators" className="tree-group excluded">
          <legend>{t('editor.excluded')}</legend>
          {excluded.map((ind) => {
            const label = indicatorName(t, { rating: base, data }, ind.id);
            return (
              <div className="indicator is-off" key={ind.id}>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={false}
                    data-testid={`include-${ind.id}`}
                    onChange={(e) => setIncluded(ind.id, e.target.checked)}
                  />
                  <span>
                    {label} {label !== ind.id && <span className="code">{ind.id}</span>}
                  </span>
                </label>
              </div>
            );
          })}
        </fieldset>
      )}
    </div>
  );
}
