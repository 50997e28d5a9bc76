/**
 * Scores by indicator (issue 9 item 3): each region's normalised score per indicator, in rank
 * order, with every cell the data treatment changed marked (core/composite/treatRating.ts):
 * a visible sign, its explanation as the cell's tooltip and as text for screen readers, and a
 * legend line. The CSV export gives every score with a code column per indicator
 * (cellTreatmentCode: div:<column>, imp:<rule>, win:high, win:low, log_ct, log, boxcox).
 * Rendered while open only; above FIRST_ROWS units only the top ones are drawn (all of them are
 * in the CSV).
 */
import { useState } from 'react';
import { cellTreatmentCode, type CellTreatment } from '../../core/index.ts';
import { useT, type T } from '../../i18n/useT.ts';
import { useAppStore, useAppStoreApi } from '../../state/react.tsx';
import { studyOf } from '../../state/study.ts';
import { ExportButtons } from '../common/ExportButtons.tsx';
import { fileStem, toCsv, type ExportMeta } from '../common/export.ts';
import { sourceStem, specSource } from '../common/exportSource.ts';
import { Missing } from '../common/Missing.tsx';
import { indicatorName } from '../common/names.ts';
import { regionName } from '../map/regionName.ts';
import { useDataColumns } from './TreatmentControls.tsx';

/** The treatment codes of the CSV exports, documented in the file's metadata block. */
export const TREATMENT_CODES =
  "div:<column> divided by that column; imp:<rule> gap filled (mean, median, group-mean, group-median, interpolate); win:high lowered / win:low raised by winsorisation; log_ct log by COINr's rule; log natural log; boxcox Box-Cox; steps joined by + in the order applied";

/** Units drawn at most (the export has them all). */
export const FIRST_ROWS = 200;

/** The visible sign of a treated cell. */
export function markSign(c: CellTreatment): string {
  const s: string[] = [];
  if (c.denominator) s.push('÷');
  if (c.imputed) s.push('*');
  if (c.outlier === 'winhi') s.push('↓');
  else if (c.outlier === 'winlo') s.push('↑');
  else if (c.outlier === 'boxcox') s.push('λ');
  else if (c.outlier) s.push('ln');
  return s.join('');
}

/** What was done to a cell, in words (its tooltip and screen-reader text). */
export function markText(
  t: T,
  c: CellTreatment,
  columnName: (id: string) => string,
  value: number | null,
): string {
  const s: string[] = [];
  if (c.denominator) s.push(t('treat.mark.denominator', { column: columnName(c.denominator) }));
  if (c.imputed) s.push(t('treat.mark.imputed', { how: t(`treat.impute.${c.imputed}`) }));
  if (c.outlier) s.push(t(`treat.mark.${c.outlier}`));
  if (value !== null) s.push(t('treat.mark.value', { value: t.num(value, 4) }));
  return s.join('; ');
}

export function TreatedScores() {
  const t = useT();
  const store = useAppStoreApi();
  const year = useAppStore((s) => s.view.year);
  const r = useAppStore((s) => s.results.rating[s.view.year]);
  const rating = useAppStore((s) => s.spec.rating);
  const data = useAppStore((s) => s.spec.data);
  const stemOfData = useAppStore((s) => sourceStem(specSource(s.spec)));
  const dataColumns = useDataColumns(t);
  const treated = !!r?.treatment;
  const [open, setOpen] = useState<boolean | null>(null);
  const isOpen = open ?? treated;
  if (!r || r.indicators.length === 0) return null;
  const named = { rating, data };
  const names = r.indicators.map((id) => indicatorName(t, named, id));
  const colName = (id: string) => dataColumns.find((c) => c.id === id)?.name ?? id;
  const order = r.units.map((_, u) => u).sort((a, b) => r.rank[a] - r.rank[b]);

  const meta = (): ExportMeta => ({
    title: `${t('treat.values')}, ${year}`,
    spec: studyOf(store.getState()),
    extra: {
      year: String(year),
      ...(treated ? { treatment_codes: TREATMENT_CODES } : {}),
      language: t.lang,
    },
    created: new Date().toISOString(),
  });
  const csv = () =>
    toCsv(
      [
        t('rating.col.rank'),
        'ISO',
        t('rating.col.region'),
        ...r.indicators.flatMap((id, k) =>
          treated ? [names[k], `${names[k]}: ${t('treat.csvColumn')}`] : [names[k]],
        ),
      ],
      order.map((u) => [
        r.rank[u],
        r.units[u],
        regionName(r.units[u], t),
        ...r.indicators.flatMap((_, k) =>
          treated
            ? [r.normalised[u][k], cellTreatmentCode(r.treatment!.cells[u][k])]
            : [r.normalised[u][k]],
        ),
      ]),
      meta(),
    );

  const shown = order.slice(0, FIRST_ROWS);
  return (
    <details
      className="panel"
      data-testid="treated-scores"
      open={isOpen}
      onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}
    >
      <summary>{t('treat.values')}</summary>
      {isOpen && (
        <>
          <div className="panel-head">
            <p className="small muted">{t('treat.valuesHint')}</p>
            <ExportButtons
              name={fileStem('scores', stemOfData, year)}
              meta={meta}
              csv={csv}
              testid="treated-export"
            />
          </div>
          <div className="table-scroll">
            <table className="data" data-testid="treated-table">
              <caption className="visually-hidden">
                {t('treat.values')}, {year}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('rating.col.rank')}</th>
                  <th scope="col">{t('rating.col.region')}</th>
                  {names.map((n, k) => (
                    <th scope="col" key={r.indicators[k]}>
                      {n}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {shown.map((u) => (
                  <tr key={r.units[u]} data-region={r.units[u]}>
                    <td>{r.rank[u]}</td>
                    <th scope="row">{regionName(r.units[u], t, true)}</th>
                    {r.indicators.map((id, k) => {
                      const c = r.treatment?.cells[u][k] ?? null;
                      const v = r.normalised[u][k];
                      const why = c ? markText(t, c, colName, r.treatment!.values[u][k]) : '';
                      return (
                        <td
                          key={id}
                          className={c ? 'treated' : undefined}
                          data-treated={c ? cellTreatmentCode(c) : undefined}
                          title={why || undefined}
                        >
                          {v === null ? <Missing /> : t.num(v, 1)}
                          {c && (
                            <>
                              <sup className="treat-mark" aria-hidden="true">
                                {markSign(c)}
                              </sup>
                              <span className="visually-hidden"> ({why})</span>
                            </>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {order.length > FIRST_ROWS && (
            <p className="small muted">{t('treat.firstRows', { n: FIRST_ROWS })}</p>
          )}
          {treated && (
            <p className="small muted" data-testid="treat-legend">
              {t('treat.legend')}
            </p>
          )}
        </>
      )}
    </details>
  );
}
