/**
 * The user's datasets and boundary sets: each file's name (as text), what it holds, and the
 * actions use / stop using / remove. A table's numeric columns are mapped onto the rating's
 * indicators here (automatically where the columns are named S_D ... or follow the template).
 */
import { isOwnUnitTable } from '../../state/unitKind.ts';
import { useState } from 'react';
import { useT } from '../../i18n/useT.ts';
import { useAppStore, useAppStoreApi } from '../../state/react.tsx';
import { YEARS, type Year } from '../../state/viewState.ts';
import type { UserDataset } from '../../state/userData.ts';
import { activateDataset, deactivateDataset } from './activate.ts';
import { RATING_INDICATORS } from './toUserDataset.ts';

function Mapping({ d }: { d: UserDataset }) {
  const t = useT();
  const store = useAppStoreApi();
  const update = useAppStore((s) => s.updateUserDataset);
  const active = useAppStore((s) => s.userData.activeDataset === d.id);
  const setMap = (ind: string, col: string) => {
    const mapping = { ...d.mapping };
    if (col) mapping[ind] = col;
    else delete mapping[ind];
    update(d.id, { mapping });
    if (active) activateDataset(store, d.id);
  };
  return (
    <details className="mapping">
      <summary>{t('import.mapping.title', { n: Object.keys(d.mapping).length })}</summary>
      <p className="muted">{t('import.mapping.hint')}</p>
      <div className="mapping-grid">
        {RATING_INDICATORS.map((ind) => {
          const id = `map-${d.id}-${ind}`;
          return (
            <div className="field" key={ind}>
              <label htmlFor={id}>{t(`ind.${ind}` as never)}</label>
              <select
                id={id}
                value={d.mapping[ind] ?? ''}
                onChange={(e) => setMap(ind, e.target.value)}
              >
                <option value="">{t('import.mapping.none')}</option>
                {d.table.columns.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.id}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </div>
    </details>
  );
}

export function UserDatasets() {
  const t = useT();
  const store = useAppStoreApi();
  const u = useAppStore((s) => s.userData);
  const update = useAppStore((s) => s.updateUserDataset);
  const [note, setNote] = useState<string | null>(null);
  const empty = u.datasets.length === 0 && u.boundaries.length === 0;

  return (
    <section className="panel" data-testid="user-datasets" aria-labelledby="user-datasets-title">
      <h3 id="user-datasets-title">{t('import.list.title')}</h3>
      {empty && <p className="muted">{t('import.list.empty')}</p>}
      {note && (
        <p className="issues" role="alert">
          {note}
        </p>
      )}
      <ul className="user-items">
        {u.datasets.map((d) => {
          const active = u.activeDataset === d.id;
          const yearId = `year-${d.id}`;
          return (
            <li key={d.id} data-testid="user-dataset" className={active ? 'active' : undefined}>
              <div className="item-head">
                <strong className="file-name">{d.fileName}</strong>
                <span className="muted">
                  {t('import.list.tableFacts', {
                    rows: d.table.rows.length,
                    cols: d.table.columns.length,
                    // The units the rows are keyed by: a boundary file's, the table's own, or regions.
                    scheme: d.unitJoin
                      ? t('import.units.scheme', { file: d.unitJoin.boundaries })
                      : isOwnUnitTable(d)
                        ? t('import.units.own')
                        : t(`import.scheme.${d.table.scheme ?? '2014'}`),
                  })}
                </span>
                {active && <span className="badge">{t('import.list.inUse')}</span>}
              </div>
              {d.crosswalk && (
                <p className="muted" data-testid="crosswalk-done">
                  {t('crosswalk.done', {
                    from: t(`import.scheme.${d.crosswalk.from}`),
                    to: t(`import.scheme.${d.crosswalk.to}`),
                  })}{' '}
                  {d.crosswalk.additive.length > 0 &&
                    t('crosswalk.done.additive', { columns: d.crosswalk.additive.join(', ') })}{' '}
                  {d.crosswalk.weighted.length > 0 &&
                    t('crosswalk.done.weighted', {
                      columns: d.crosswalk.weighted.join(', '),
                      weight: d.crosswalk.weight ?? '',
                    })}{' '}
                  {d.crosswalk.shares &&
                    t('crosswalk.done.shares', { file: d.crosswalk.shares.fileName })}
                </p>
              )}
              <div className="button-row">
                {d.panel ? (
                  <span data-testid="panel-years">
                    {t('import.list.panelYears', { years: d.panel.map((p) => p.year).join(', ') })}
                  </span>
                ) : (
                  <>
                    <label htmlFor={yearId}>{t('import.list.year')}</label>
                    <select
                      id={yearId}
                      value={d.year}
                      onChange={(e) => {
                        update(d.id, { year: Number(e.target.value) as Year });
                        if (active) store.getState().setYear(Number(e.target.value) as Year);
                      }}
                    >
                      {[...new Set([...YEARS, d.year])]
                        .sort((a, b) => a - b)
                        .map((y) => (
                          <option key={y} value={y}>
                            {y}
                          </option>
                        ))}
                    </select>
                  </>
                )}
                {active ? (
                  <button
                    type="button"
                    className="button secondary small"
                    onClick={() => deactivateDataset(store)}
                  >
                    {t('import.list.stop')}
                  </button>
                ) : (
                  <button
                    type="button"
                    className="button small"
                    data-testid="use-dataset"
                    onClick={() =>
                      setNote(
                        activateDataset(store, d.id)
                          ? null
                          : t('import.list.noMapping', { file: d.fileName }),
                      )
                    }
                  >
                    {t('import.list.use')}
                  </button>
                )}
                <button
                  type="button"
                  className="button secondary small"
                  aria-label={t('import.list.removeFile', { file: d.fileName })}
                  onClick={() => {
                    if (active) deactivateDataset(store);
                    store.getState().removeUserDataset(d.id);
                  }}
                >
                  {t('import.list.remove')}
                </button>
              </div>
              <Mapping d={d} />
            </li>
          );
        })}
        {u.boundaries.map((b) => {
          const active = u.activeBoundaries === b.id;
          return (
            <li key={b.id} data-testid="user-boundaries" className={active ? 'active' : undefined}>
              <div className="item-head">
                <strong className="file-name">{b.fileName}</strong>
                <span className="muted">
                  {b.units
                    ? t('import.units.facts', {
                        n: b.features.features.length,
                        key: b.units.keyProperty === '$id' ? 'id' : b.units.keyProperty,
                      })
                    : t('import.list.boundaryFacts', {
                        n: b.features.features.length,
                        matched: b.report.matched,
                        scheme: t(`import.scheme.${b.scheme}`),
                      })}
                </span>
                {active && <span className="badge">{t('import.list.onMap')}</span>}
              </div>
              <div className="button-row">
                <button
                  type="button"
                  className={active ? 'button secondary small' : 'button small'}
                  onClick={() => store.getState().useBoundaries(active ? null : b.id)}
                >
                  {active ? t('import.list.stop') : t('import.list.use')}
                </button>
                <button
                  type="button"
                  className="button secondary small"
                  aria-label={t('import.list.removeFile', { file: b.fileName })}
                  onClick={() => store.getState().removeUserBoundaries(b.id)}
                >
                  {t('import.list.remove')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
