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
import { Fragment, memo, useMemo, useState, type ReactNode } from 'react';
import {
  treeIndicators,
  walkGroups,
  type AnalysisSpec,
  type Direction,
  type GroupSpec,
  type IndicatorSpec,
  type RatingSpec,
} from '../../core/index.ts';
import { useT, type T } from '../../i18n/useT.ts';
import { baseTree } from '../../state/specSlice.ts';
import { isWithin, MAX_EDIT_WEIGHT } from '../../state/indexTreeEdit.ts';
import { useAction, useAppStore } from '../../state/react.tsx';
import { groupName, indicatorName } from '../common/names.ts';
import { TypedNumber } from '../common/TypedNumber.tsx';
import {
  IndicatorTreatment,
  useDataColumns,
  useGroupColumns,
  type DataColumn,
} from './TreatmentControls.tsx';

const SLIDER_MAX = 3;
const STEP = 0.05;

type Named = Pick<AnalysisSpec, 'rating' | 'data'>;

/**
 * One weight: a slider, the same weight typed, and its share of its parent. Memoised, with
 * the store's setter and the node's id as props (no closure made per render), so a weight step
 * re-renders only the fields whose weight or share moved.
 */
const WeightField = memo(function WeightField(props: {
  id: string;
  weight: number | undefined;
  share: number | null;
  testid: string;
  label: string;
  onWeight: (id: string, w: number) => void;
}) {
  const t = useT();
  const { id, weight, share, testid, label, onWeight } = props;
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
        onChange={(e) => onWeight(id, Number(e.target.value))}
      />
      {weight !== undefined && (
        <TypedNumber
          value={weight}
          min={0}
          max={MAX_EDIT_WEIGHT}
          label={`${label} (${t('editor.weightValue')})`}
          testid={testid.replace(/^weight-/, 'weight-input-')}
          onValue={(v) => onWeight(id, v ?? 0)}
        />
      )}
      <span className="share">{pct}</span>
    </div>
  );
});

/** The group's name, typed live; the field keeps what is typed while it has the focus. */
const GroupNameField = memo(function GroupNameField(props: {
  id: string;
  name: string;
  label: string;
}) {
  const rename = useAction('renameGroup');
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
});

/**
 * What every node needs that changes only with the tree's shape, names or method (not with a
 * weight): names, the option lists of the group selects, and the store's actions. Weight
 * steps then re-render only the edited row and its siblings (memo below; mapGroups keeps
 * untouched groups' identity), which keeps a step within a frame on a 30-indicator tree.
 */
interface EditorContext {
  groupNames: Map<string, string>;
  indicatorNames: Map<string, string>;
  /** Every group, indented by depth. */
  allOptions: ReactNode[];
  /** Per group: the groups it may move under (not itself, nothing inside it). */
  parentOptions: Map<string, ReactNode[]>;
  targets: boolean;
  goalposts: boolean;
  topCount: number;
  /** The data's columns (denominators) and unit-group columns, for the treatment rows. */
  columns: DataColumn[];
  groupColumns: DataColumn[];
  /** The rating's default treatment, which an indicator's own settings override. */
  treatment: RatingSpec['treatment'];
}

function editorContext(
  t: T,
  named: Named,
  columns: DataColumn[],
  groupColumns: DataColumn[],
): EditorContext {
  const visits = walkGroups(named.rating);
  const groupNames = new Map(
    visits.map((v) => [v.group.id, groupName(t, named, v.group.id, v.at)]),
  );
  const indicatorNames = new Map(
    treeIndicators(named.rating).map((i) => [i.id, indicatorName(t, named, i.id)]),
  );
  const option = (v: (typeof visits)[number]) => (
    <option key={v.group.id} value={v.group.id}>
      {'\u00a0\u00a0'.repeat(v.depth)}
      {v.depth > 0 ? '└ ' : ''}
      {groupNames.get(v.group.id)}
    </option>
  );
  const allOptions = visits.map(option);
  const parentOptions = new Map(
    visits.map((g) => [
      g.group.id,
      visits.filter((v) => !isWithin(named.rating, v.group.id, g.group.id)).map(option),
    ]),
  );
  return {
    groupNames,
    indicatorNames,
    allOptions,
    parentOptions,
    targets: named.rating.normalisation === 'distance-to-target',
    goalposts: named.rating.normalisation === 'goalposts',
    topCount: named.rating.groups.length,
    columns,
    groupColumns,
    treatment: named.rating.treatment,
  };
}

/** A key that changes with the tree's shape and names, not with its weights. */
function shapeKey(r: RatingSpec): string {
  return walkGroups(r)
    .map(
      (v) =>
        `${v.parent}\u0001${v.group.id}\u0001${v.group.label ?? ''}\u0001${v.group.indicators
          .map((i) => `${i.id}\u0003${i.label ?? ''}`)
          .join('\u0004')}`,
    )
    .join('\u0002');
}

/**
 * An indicator's name, inclusion, direction and group: what a weight step never changes (its
 * own memo, so the siblings of an edited indicator re-render their share, not their selects).
 */
const IndicatorHead = memo(function IndicatorHead(props: {
  id: string;
  label: string;
  unit: string | undefined;
  direction: Direction;
  groupId: string;
  ctx: EditorContext;
}) {
  const { id, label, unit, direction, groupId, ctx } = props;
  const t = useT();
  const setIncluded = useAction('setIncluded');
  const setDirection = useAction('setDirection');
  const moveIndicator = useAction('moveIndicator');
  return (
    <div className="indicator-head">
      <label className="check">
        <input
          type="checkbox"
          checked
          data-testid={`include-${id}`}
          onChange={(e) => setIncluded(id, e.target.checked)}
        />
        <span>
          {label} {label !== id && <span className="code">{id}</span>}
          {unit && <span className="code"> ({unit})</span>}
        </span>
      </label>
      <select
        value={direction}
        data-testid={`direction-${id}`}
        aria-label={`${t('rating.direction')}: ${label}`}
        onChange={(e) => setDirection(id, e.target.value as Direction)}
      >
        <option value="higher">↑ {t('rating.direction.higher')}</option>
        <option value="lower">↓ {t('rating.direction.lower')}</option>
      </select>
      <select
        value={groupId}
        data-testid={`move-${id}`}
        aria-label={`${t('editor.moveTo')}: ${label}`}
        onChange={(e) => moveIndicator(id, e.target.value)}
      >
        {ctx.allOptions}
      </select>
    </div>
  );
});

/** The target or goalposts of an indicator, where the normalisation reads them. */
const IndicatorTargets = memo(function IndicatorTargets(props: {
  ind: IndicatorSpec;
  label: string;
  targets: boolean;
  goalposts: boolean;
}) {
  const { ind, label, targets, goalposts } = props;
  const t = useT();
  const setTarget = useAction('setTarget');
  const setGoalpost = useAction('setGoalpost');
  return (
    <>
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
      {goalposts && (
        <div className="inline-field" title={t('editor.goalpostsHint')}>
          <span className="field-label">{t('editor.goalposts')}</span>
          {(['low', 'high'] as const).map((end, i) => (
            <Fragment key={end}>
              {i > 0 && <span aria-hidden="true">–</span>}
              <TypedNumber
                value={ind.goalposts?.[end]}
                min={-1e15}
                max={1e15}
                optional
                digits={4}
                label={`${t(end === 'low' ? 'editor.goalLow' : 'editor.goalHigh')}: ${label}`}
                testid={`goal-${end}-${ind.id}`}
                onValue={(v) => setGoalpost(ind.id, end, v)}
              />
            </Fragment>
          ))}
        </div>
      )}
    </>
  );
});

const IndicatorRow = memo(function IndicatorRow(props: {
  ind: IndicatorSpec;
  groupId: string;
  share: number | null;
  ctx: EditorContext;
}) {
  const { ind, groupId, share, ctx } = props;
  const t = useT();
  const setIndicatorWeight = useAction('setIndicatorWeight');
  const label = ctx.indicatorNames.get(ind.id) ?? ind.id;
  return (
    <div className="indicator" data-testid={`indicator-${ind.id}`}>
      <IndicatorHead
        id={ind.id}
        label={label}
        unit={ind.unit}
        direction={ind.direction}
        groupId={groupId}
        ctx={ctx}
      />
      <WeightField
        id={ind.id}
        weight={ind.weight}
        share={share}
        testid={`weight-${ind.id}`}
        label={`${t('rating.weight')}: ${label}`}
        onWeight={setIndicatorWeight}
      />
      <IndicatorTreatment
        ind={ind}
        label={label}
        columns={ctx.columns}
        groupColumns={ctx.groupColumns}
        defaults={ctx.treatment}
      />
      <IndicatorTargets ind={ind} label={label} targets={ctx.targets} goalposts={ctx.goalposts} />
    </div>
  );
});

/** A group's place in the tree and its add/remove buttons: unchanged by a weight step. */
const GroupTools = memo(function GroupTools(props: {
  id: string;
  parentId: string | null;
  last: boolean;
  ctx: EditorContext;
}) {
  const { id, parentId, last, ctx } = props;
  const t = useT();
  const addGroup = useAction('addGroup');
  const removeGroup = useAction('removeGroup');
  const moveGroup = useAction('moveGroup');
  return (
    <div className="group-tools">
      <label className="inline-field">
        <span className="field-label">{t('editor.parent')}</span>
        <select
          value={parentId ?? ''}
          data-testid={`parent-${id}`}
          disabled={last}
          onChange={(e) => moveGroup(id, e.target.value === '' ? null : e.target.value)}
        >
          <option value="">{t('editor.index')}</option>
          {ctx.parentOptions.get(id)}
        </select>
      </label>
      <button
        type="button"
        data-testid={`add-subgroup-${id}`}
        onClick={() => addGroup(id, t('editor.newGroup', { n: ctx.groupNames.size + 1 }))}
      >
        {t('editor.addSubgroup')}
      </button>
      <button
        type="button"
        data-testid={`remove-group-${id}`}
        disabled={last}
        title={last ? t('editor.lastGroup') : t('editor.removeGroup.hint')}
        onClick={() => removeGroup(id)}
      >
        {t('editor.removeGroup')}
      </button>
    </div>
  );
});

const GroupNode = memo(function GroupNode(props: {
  group: GroupSpec;
  parentId: string | null;
  share: number | null;
  depth: number;
  ctx: EditorContext;
}) {
  const { group: g, parentId, share, depth, ctx } = props;
  const t = useT();
  const setGroupWeight = useAction('setGroupWeight');
  const name = ctx.groupNames.get(g.id) ?? g.id;
  const subs = g.groups ?? [];
  const siblings =
    g.indicators.reduce((a, i) => a + i.weight, 0) + subs.reduce((a, s) => a + s.weight, 0);
  const shareIn = (w: number) => (siblings > 0 ? w / siblings : null);
  const last = parentId === null && ctx.topCount < 2;

  return (
    <fieldset data-testid={`group-${g.id}`} className={`tree-group depth-${Math.min(depth, 5)}`}>
      <legend>
        <GroupNameField id={g.id} name={name} label={`${t('editor.groupName')}: ${name}`} />
      </legend>
      <WeightField
        id={g.id}
        weight={g.weight}
        share={share}
        testid={`weight-${g.id}`}
        label={`${t('rating.weight')}: ${name}`}
        onWeight={setGroupWeight}
      />
      <GroupTools id={g.id} parentId={parentId} last={last} ctx={ctx} />
      {g.indicators.map((ind) => (
        <IndicatorRow key={ind.id} ind={ind} groupId={g.id} share={shareIn(ind.weight)} ctx={ctx} />
      ))}
      {subs.map((s) => (
        <GroupNode
          key={s.id}
          group={s}
          parentId={g.id}
          share={shareIn(s.weight)}
          depth={depth + 1}
          ctx={ctx}
        />
      ))}
    </fieldset>
  );
});

export function IndexEditor() {
  const t = useT();
  const rating = useAppStore((s) => s.spec.rating);
  const data = useAppStore((s) => s.spec.data);
  const base = useAppStore(baseTree);
  const setIncluded = useAction('setIncluded');
  const addGroup = useAction('addGroup');
  const key = shapeKey(rating);
  // The context follows the tree's shape, names, method and language, not its weights:
  // `key` stands for `rating` minus the weights, which editorContext does not read.
  const columns = useDataColumns(t);
  const groupColumns = useGroupColumns(t, columns);
  const ctx = useMemo(
    () => editorContext(t, { rating, data }, columns, groupColumns),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key, t, data, rating.normalisation, rating.treatment, columns, groupColumns],
  );
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
          parentId={null}
          share={top > 0 ? g.weight / top : null}
          depth={0}
          ctx={ctx}
        />
      ))}
      <button
        type="button"
        data-testid="add-group"
        onClick={() => addGroup(null, t('editor.newGroup', { n: ctx.groupNames.size + 1 }))}
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
