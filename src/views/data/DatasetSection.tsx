/**
 * One bundled dataset: title, source, citation (author, year, tables), the notes a reader needs (e.g. the
 * 2014 Table 4 alignment), and its content with the provenance of each figure (in the cell's
 * title, shown on hover and on keyboard focus, and as a column per row). Tables export as CSV.
 */
import { useState } from 'react';
import type { Dataset } from '../../data/datasets/catalogue.ts';
import type { TableDataset } from '../../data/types.ts';
import { useT } from '../../i18n/useT.ts';
import { useAppStoreApi } from '../../state/react.tsx';
import { ExportButtons } from '../common/ExportButtons.tsx';
import { InfrastructureList } from '../common/InfrastructureList.tsx';
import { Missing } from '../common/Missing.tsx';
import { fileStem, toCsv } from '../common/export.ts';
import { bundledSource } from '../common/exportSource.ts';
import { regionName } from '../map/regionName.ts';
import { IctCharts } from './IctCharts.tsx';
import { provenanceText, sourceName } from './provenance.ts';
import { datasetCitation, studyReference } from '../../data/datasets/citation.ts';
import { tableCsvRows } from './tableCsv.ts';
import { ScrollRegion } from '../common/ScrollRegion.tsx';
import { studyOf } from '../../state/study.ts';

function rowTitle(
  ds: TableDataset,
  r: TableDataset['rows'][number],
  t: ReturnType<typeof useT>,
): string {
  if (r.title) return r.title[t.lang];
  if (ds.scheme) return regionName(r.key, t);
  return r.label;
}

function TableContent({ ds }: { ds: TableDataset }) {
  const t = useT();
  const [focus, setFocus] = useState<string | null>(null);
  return (
    <ScrollRegion label={ds.title[t.lang]}>
      <table className="data-table provenance-table" data-testid={`table-${ds.id}`}>
        <thead>
          <tr>
            <th scope="col">{t('data.col.row')}</th>
            {ds.columns.map((c) => (
              <th scope="col" key={c.id} title={c.formula ? `${c.id} = ${c.formula}` : c.id}>
                {c.title[t.lang]}
                {c.unit[t.lang] && <span className="unit">, {c.unit[t.lang]}</span>}
              </th>
            ))}
            <th scope="col">{t('data.col.source')}</th>
          </tr>
        </thead>
        <tbody>
          {ds.rows.map((r) => {
            const first = Object.values(r.cells)[0];
            return (
              <tr key={r.key}>
                <th scope="row">{rowTitle(ds, r, t)}</th>
                {ds.columns.map((c) => {
                  const cell = r.cells[c.id];
                  if (!cell)
                    return (
                      <td key={c.id}>
                        <Missing />
                      </td>
                    );
                  const prov = provenanceText(cell.source, t);
                  const id = `${r.key}:${c.id}`;
                  return (
                    <td
                      key={c.id}
                      className={`num${cell.marked ? ' marked' : ''}${focus === id ? ' focused' : ''}`}
                      title={prov}
                      tabIndex={0}
                      aria-label={`${rowTitle(ds, r, t)}, ${c.title[t.lang]}: ${cell.printed || '—'}. ${prov}`}
                      onFocus={() => setFocus(id)}
                      onBlur={() => setFocus(null)}
                    >
                      {cell.printed === '' || cell.printed === '-' ? <Missing /> : cell.printed}
                      {focus === id && (
                        <span className="prov-pop" role="tooltip">
                          {prov}
                        </span>
                      )}
                    </td>
                  );
                })}
                <td className="muted small">
                  {first
                    ? `${t('data.prov.table', { table: first.source.table })}, ${t('data.prov.row', { row: first.source.row })}`
                    : ''}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

export function DatasetSection({ ds, open }: { ds: Dataset; open?: boolean }) {
  const t = useT();
  const store = useAppStoreApi();
  const meta = () => ({
    title: ds.title[t.lang],
    spec: studyOf(store.getState()),
    source: bundledSource(ds.id),
    extra: { language: t.lang },
    created: new Date().toISOString(),
  });
  return (
    <details className="panel dataset" open={open} data-testid={`dataset-${ds.id}`}>
      <summary>
        <h3>{ds.title[t.lang]}</h3>
        <span className="muted"> {datasetCitation(ds, t.lang)}</span>
      </summary>
      <dl className="meta-list">
        <dt>{t('data.source')}</dt>
        <dd>{studyReference(ds.seed, t.lang) ?? ds.source}</dd>
        <dt>{t('data.citeAs')}</dt>
        <dd>{datasetCitation(ds, t.lang)}</dd>
        <dt>{t('data.units')}</dt>
        <dd>{ds.units[t.lang]}</dd>
        {ds.years.length > 0 && (
          <>
            <dt>{t('data.years')}</dt>
            <dd>{ds.years.join(', ')}</dd>
          </>
        )}
        <dt>{t('data.kind')}</dt>
        <dd>{ds.published ? t('data.published') : t('data.input')}</dd>
      </dl>
      {ds.notes[t.lang] && (
        <div className="notes">
          <h4>{t('data.notes')}</h4>
          <p>{ds.notes[t.lang]}</p>
        </div>
      )}
      {ds.kind === 'table' &&
        ds.alignments?.map((a) => (
          <p key={a.table} className="notes">
            <strong>{t('data.alignment', { table: a.table })}</strong> {a.reason[t.lang]}
          </p>
        ))}
      {ds.kind === 'table' && ds.id === 'ict-organisations' && <IctCharts ds={ds} />}
      {ds.kind === 'table' && (
        <>
          <ExportButtons
            name={fileStem('dataset', ds.id)}
            meta={meta}
            csv={() => {
              const { header, rows } = tableCsvRows(ds, t.lang);
              return toCsv(header, rows, meta());
            }}
            testid={`export-${ds.id}`}
          />
          <TableContent ds={ds} />
        </>
      )}
      {ds.kind === 'sites' && (
        <ul>
          {ds.sites.map((s) => (
            <li key={s.key}>
              <strong>{s.name}</strong> — {s.city[t.lang]} ({regionName(s.region, t)});{' '}
              {t.num(s.lat, 3)}, {t.num(s.lon, 3)}
              <span className="muted">
                {' '}
                ·{' '}
                {t('data.prov.lines', {
                  seed: sourceName(s.source.seed, t),
                  from: s.source.lines[0],
                  to: s.source.lines[1],
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {ds.kind === 'groups' && (
        <ol>
          {ds.groups.map((g) => (
            <li key={g.id}>
              <strong>{g.members.map((m) => regionName(m, t, true)).join(', ')}</strong>
              <span className="muted">
                {' '}
                ·{' '}
                {t('data.prov.lines', {
                  seed: sourceName(g.figure.seed, t),
                  from: g.figure.lines[0],
                  to: g.figure.lines[1],
                })}
              </span>
              <div className="small">
                <InfrastructureList group={g} layout="inline" />
              </div>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
