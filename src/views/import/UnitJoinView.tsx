/**
 * The join report of a set of the user's own units (districts, hexagons: issue 11, item 4) and
 * the table read against it (views/import/unitSet.ts): how many rows joined and by which
 * property, then every problem at once: rows naming no unit (with their spreadsheet row),
 * ambiguous names, repeated rows, units without data (with their feature number and name).
 * Above it, which properties give the units' codes and names (the user may pick others).
 */
import { useT } from '../../i18n/useT.ts';
import { useAppStoreApi } from '../../state/react.tsx';
import type { UserBoundarySet, UserDataset } from '../../state/userData.ts';
import { rekeyUnitSet, unitChoices } from './unitSet.ts';

const shown = (p: string) => (p === '$id' ? 'id' : p);

export function UnitJoinView({
  set,
  dataset,
}: {
  set: UserBoundarySet;
  dataset: UserDataset | null;
}) {
  const t = useT();
  const store = useAppStoreApi();
  const u = set.units!;
  const choices = unitChoices(set);
  const j = dataset?.unitJoin;
  const rekey = (key: string, name: string | null) => {
    const r = rekeyUnitSet(set, key, name);
    if (r.ok) store.getState().addUserBoundaries(r.value);
  };
  const by = j
    ? j.by === 'both'
      ? t('import.units.byBoth', { key: shown(u.keyProperty), name: shown(u.nameProperty ?? '') })
      : j.by === 'name'
        ? t('import.units.byName', { name: shown(u.nameProperty ?? '') })
        : t('import.units.byCode', { key: shown(u.keyProperty) })
    : '';
  const rows = j
    ? j.matched.length + j.rowsWithoutUnit.length + j.ambiguous.length + j.duplicates.length
    : 0;
  return (
    <section className="panel" data-testid="join-report" aria-labelledby="unit-join-title">
      <h3 id="unit-join-title">
        {t('import.units.title', { file: set.fileName, data: dataset?.fileName ?? '—' })}
      </h3>
      <div className="field-row" data-testid="unit-properties">
        <label>
          {t('import.units.key')}{' '}
          <select
            data-testid="unit-key"
            value={u.keyProperty}
            onChange={(e) => rekey(e.target.value, u.nameProperty)}
          >
            {[...new Set([u.keyProperty, ...choices.keys])].map((k) => (
              <option key={k} value={k}>
                {shown(k)}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {t('import.units.name')}{' '}
          <select
            data-testid="unit-name"
            value={u.nameProperty ?? ''}
            onChange={(e) => rekey(u.keyProperty, e.target.value || null)}
          >
            {[...new Set([u.nameProperty ?? '', ...choices.names])].map((k) => (
              <option key={k} value={k}>
                {k ? shown(k) : '—'}
              </option>
            ))}
          </select>
        </label>
        <p className="muted">{t('import.units.rekeyHint')}</p>
      </div>
      {!j ? (
        <p>{t('import.units.none')}</p>
      ) : (
        <>
          <p data-testid="unit-join-summary">
            {t('import.units.summary', {
              matched: j.matched.length,
              rows,
              units: u.units.length,
              by,
            })}
          </p>
          {j.rowsWithoutUnit.length > 0 && (
            <>
              <h4>{t('import.units.noUnit')}</h4>
              <ul data-testid="unit-join-no-unit">
                {j.rowsWithoutUnit.map((r) => (
                  <li key={r.row}>
                    {t('import.place.row', { row: r.row })}: «{r.label}»
                  </li>
                ))}
              </ul>
            </>
          )}
          {j.ambiguous.length > 0 && (
            <>
              <h4>{t('import.units.ambiguous')}</h4>
              <ul data-testid="unit-join-ambiguous">
                {j.ambiguous.map((r) => (
                  <li key={r.row}>
                    {t('import.place.row', { row: r.row })}: «{r.label}» —{' '}
                    {r.units.map((x) => x.code).join(', ')}
                  </li>
                ))}
              </ul>
            </>
          )}
          {j.duplicates.length > 0 && (
            <>
              <h4>{t('import.units.duplicates')}</h4>
              <ul>
                {j.duplicates.map((r) => (
                  <li key={r.row}>
                    {t('import.place.row', { row: r.row })} ={' '}
                    {t('import.place.row', { row: r.first })}: {r.code}
                  </li>
                ))}
              </ul>
            </>
          )}
          {j.unitsWithoutData.length > 0 && (
            <>
              <h4>{t('import.units.noData')}</h4>
              <ul className="inline-list" data-testid="unit-join-no-data">
                {j.unitsWithoutData.map((f) => (
                  <li key={f.feature}>
                    {t('import.place.feature', { n: f.feature })}: {f.code} «{f.name}»
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
