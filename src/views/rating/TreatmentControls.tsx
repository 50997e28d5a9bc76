/**
 * Data treatment controls (issue 9 item 3): the rating's default (for every indicator) and,
 * in the index editor, each indicator's own choice: how gaps are filled (with the group
 * column for group means), how outliers are treated (points of a winsorisation, Box-Cox's
 * lambda) and the column it is divided by. Every choice is a spec edit (state/specSlice.ts
 * setTreatment), so links, project files and `atlas rate --project` replay it; the rating
 * applies it (core/composite/treatRating.ts).
 */
import { memo, useMemo, useState } from 'react';
import {
  DEFAULT_BOXCOX_LAMBDA,
  DEFAULT_WIN_POINTS,
  IMPUTE_METHODS,
  OUTLIER_METHODS,
  type ImputeMethod,
  type ImputeSpec,
  type IndicatorSpec,
  type OutlierMethod,
  type OutlierSpec,
  type RatingTreatment,
} from '../../core/index.ts';
import { useT, type T } from '../../i18n/useT.ts';
import { ratingTable } from '../../state/compute.ts';
import { useAction, useAppStore } from '../../state/react.tsx';
import type { TreatmentPatch } from '../../state/specSlice.ts';
import type { AppState } from '../../state/store.ts';
import { TypedNumber } from '../common/TypedNumber.tsx';

export interface DataColumn {
  id: string;
  name: string;
}

/** The columns of the table the rating reads in the year in view (id and title). */
export function useDataColumns(t: T): DataColumn[] {
  const columns = useAppStore((s: AppState) => ratingTable(s, s.view.year)?.ds.columns);
  return useMemo(
    () => (columns ?? []).map((c) => ({ id: c.id, name: c.title[t.lang] || c.id })),
    [columns, t.lang],
  );
}

/**
 * The columns that can hold each unit's group: the table's text columns (Север, Юг...) first,
 * then its numeric ones (a group code).
 */
export function useGroupColumns(t: T, numeric: DataColumn[]): DataColumn[] {
  const text = useAppStore((s: AppState) => ratingTable(s, s.view.year)?.ds.textColumns);
  return useMemo(
    () => [...(text ?? []).map((c) => ({ id: c.id, name: c.title[t.lang] || c.id })), ...numeric],
    [text, numeric, t.lang],
  );
}

const isGrouped = (m: ImputeMethod | undefined) => m === 'group-mean' || m === 'group-median';

/** The treatment in words (summary lines and figure subtitles). */
export function treatmentText(
  t: T,
  x: { impute?: ImputeSpec; outliers?: OutlierSpec; denominator?: string },
  columnName: (id: string) => string,
): string {
  const parts: string[] = [];
  if (x.denominator) parts.push(`÷ ${columnName(x.denominator)}`);
  if (x.impute && x.impute.method !== 'none') {
    const by = isGrouped(x.impute.method) && x.impute.by ? ` (${columnName(x.impute.by)})` : '';
    parts.push(`${t(`treat.impute.${x.impute.method}`)}${by}`);
  }
  const o = x.outliers;
  if (o && o.method !== 'none') {
    const extra =
      o.method === 'winsorise'
        ? `, ${t.num(o.points ?? DEFAULT_WIN_POINTS, 0)}`
        : o.method === 'boxcox'
          ? `, λ = ${t.num(o.lambda ?? DEFAULT_BOXCOX_LAMBDA, 2)}`
          : '';
    parts.push(`${t(`treat.outliers.${o.method}`)}${extra}`);
  }
  return parts.join('; ');
}

/**
 * The fields of one treatment. `inherit` (an indicator's form) offers "as for all" first,
 * which removes the indicator's own choice; the rating's form has no denominator.
 */
function TreatmentFields(props: {
  idKey: string;
  label: string;
  value: { impute?: ImputeSpec; outliers?: OutlierSpec; denominator?: string };
  inherit: RatingTreatment | null;
  columns: DataColumn[];
  groupColumns: DataColumn[];
  onChange: (p: TreatmentPatch) => void;
}) {
  const t = useT();
  const { idKey, label, value, inherit, columns, groupColumns, onChange } = props;
  const imputeMethod = value.impute?.method;
  const outlierMethod = value.outliers?.method;
  const inheritText = (what: 'impute' | 'outliers') => {
    const i = what === 'impute' ? inherit?.impute : undefined;
    const o = what === 'outliers' ? inherit?.outliers : undefined;
    const name =
      i && i.method !== 'none'
        ? t(`treat.impute.${i.method}`)
        : o && o.method !== 'none'
          ? t(`treat.outliers.${o.method}`)
          : t('treat.none');
    return t('treat.impute.inherit', { name });
  };
  const colOptions = (exclude?: string, list = columns) =>
    list
      .filter((c) => c.id !== exclude)
      .map((c) => (
        <option key={c.id} value={c.id}>
          {c.name}
        </option>
      ));
  return (
    <div className="treat-fields">
      {inherit !== null && (
        <label className="field">
          <span>{t('treat.denominator')}</span>
          <select
            data-testid={`treat-denominator-${idKey}`}
            aria-label={`${t('treat.denominator')}: ${label}`}
            value={value.denominator ?? ''}
            onChange={(e) => onChange({ denominator: e.target.value || null })}
          >
            <option value="">{t('treat.denominator.none')}</option>
            {colOptions(idKey)}
          </select>
        </label>
      )}
      <label className="field">
        <span>{t('treat.impute')}</span>
        <select
          data-testid={`treat-impute-${idKey}`}
          aria-label={`${t('treat.impute')}: ${label}`}
          value={imputeMethod ?? ''}
          onChange={(e) => {
            const m = e.target.value as ImputeMethod | '';
            if (m === '') onChange({ impute: null });
            else if (isGrouped(m)) {
              const by = value.impute?.by ?? groupColumns.find((c) => c.id !== idKey)?.id;
              onChange({ impute: by ? { method: m, by } : { method: m } });
            } else onChange({ impute: { method: m } });
          }}
        >
          {inherit !== null && <option value="">{inheritText('impute')}</option>}
          {IMPUTE_METHODS.map((m) => (
            <option key={m} value={m}>
              {t(`treat.impute.${m}`)}
            </option>
          ))}
        </select>
      </label>
      {isGrouped(imputeMethod) && (
        <label className="field">
          <span>{t('treat.groupBy')}</span>
          <select
            data-testid={`treat-group-${idKey}`}
            aria-label={`${t('treat.groupBy')}: ${label}`}
            value={value.impute?.by ?? ''}
            onChange={(e) =>
              onChange({
                impute: e.target.value
                  ? { method: imputeMethod!, by: e.target.value }
                  : { method: imputeMethod! },
              })
            }
          >
            <option value="">{t('treat.chooseColumn')}</option>
            {colOptions(idKey, groupColumns)}
          </select>
        </label>
      )}
      <label className="field">
        <span>{t('treat.outliers')}</span>
        <select
          data-testid={`treat-outliers-${idKey}`}
          aria-label={`${t('treat.outliers')}: ${label}`}
          value={outlierMethod ?? ''}
          onChange={(e) => {
            const m = e.target.value as OutlierMethod | '';
            if (m === '') onChange({ outliers: null });
            else if (m === 'winsorise')
              onChange({ outliers: { method: m, points: DEFAULT_WIN_POINTS } });
            else if (m === 'boxcox')
              onChange({ outliers: { method: m, lambda: DEFAULT_BOXCOX_LAMBDA } });
            else onChange({ outliers: { method: m } });
          }}
        >
          {inherit !== null && <option value="">{inheritText('outliers')}</option>}
          {OUTLIER_METHODS.map((m) => (
            <option key={m} value={m}>
              {t(`treat.outliers.${m}`)}
            </option>
          ))}
        </select>
      </label>
      {outlierMethod === 'winsorise' && (
        <label className="inline-field">
          <span className="field-label">{t('treat.points')}</span>
          <TypedNumber
            value={value.outliers?.points ?? DEFAULT_WIN_POINTS}
            min={1}
            max={100}
            integer
            label={`${t('treat.points')}: ${label}`}
            testid={`treat-points-${idKey}`}
            onValue={(v) =>
              v !== undefined && onChange({ outliers: { method: 'winsorise', points: v } })
            }
          />
        </label>
      )}
      {outlierMethod === 'boxcox' && (
        <label className="inline-field">
          <span className="field-label">{t('treat.lambda')}</span>
          <TypedNumber
            value={value.outliers?.lambda ?? DEFAULT_BOXCOX_LAMBDA}
            min={-5}
            max={5}
            digits={3}
            label={`${t('treat.lambda')}: ${label}`}
            testid={`treat-lambda-${idKey}`}
            onValue={(v) =>
              v !== undefined && onChange({ outliers: { method: 'boxcox', lambda: v } })
            }
          />
        </label>
      )}
    </div>
  );
}

/** The rating's default treatment, for every indicator without its own. */
export function DefaultTreatment() {
  const t = useT();
  const treatment = useAppStore((s) => s.spec.rating.treatment);
  const setTreatment = useAppStore((s) => s.setTreatment);
  const columns = useDataColumns(t);
  const groupColumns = useGroupColumns(t, columns);
  const name = (id: string) => groupColumns.find((c) => c.id === id)?.name ?? id;
  const summary = treatment ? treatmentText(t, treatment, name) : '';
  return (
    <details className="field treat-default" data-testid="treat-default" open={!!summary}>
      <summary>
        {t('treat.title')}: {summary || t('treat.none')}
      </summary>
      <p className="small muted">{t('treat.hint')}</p>
      <TreatmentFields
        idKey="all"
        label={t('treat.default')}
        value={treatment ?? {}}
        inherit={null}
        columns={columns}
        groupColumns={groupColumns}
        onChange={(p) => setTreatment(null, p)}
      />
    </details>
  );
}

/**
 * One indicator's treatment in the index editor: a summary line, the form only while open
 * (so a weight step does not re-render forms nobody looks at). Memoised, and given the data's
 * columns and the rating's default treatment by the editor (read there once, not by each of
 * 30 rows at every store update): a weight step gives the siblings of the edited indicator
 * new shares, not new specs.
 */
export const IndicatorTreatment = memo(function IndicatorTreatment({
  ind,
  label,
  columns,
  groupColumns,
  defaults,
}: {
  ind: IndicatorSpec;
  label: string;
  columns: DataColumn[];
  groupColumns: DataColumn[];
  defaults: RatingTreatment | undefined;
}) {
  const t = useT();
  const setTreatment = useAction('setTreatment');
  const [open, setOpen] = useState(false);
  const name = (id: string) => groupColumns.find((c) => c.id === id)?.name ?? id;
  const own = treatmentText(t, ind, name);
  return (
    <details
      className="treat-indicator"
      data-testid={`treat-${ind.id}`}
      onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}
    >
      <summary>
        {t('treat.title')}
        <span className="visually-hidden"> ({label})</span>:{' '}
        {own || (defaults ? t('treat.default') : t('treat.none'))}
      </summary>
      {open && (
        <TreatmentFields
          idKey={ind.id}
          label={label}
          value={ind}
          inherit={defaults ?? {}}
          columns={columns}
          groupColumns={groupColumns}
          onChange={(p) => setTreatment(ind.id, p)}
        />
      )}
    </details>
  );
});
