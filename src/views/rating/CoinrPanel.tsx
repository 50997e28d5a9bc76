/**
 * COINr interchange on #/rating (issue 9, item 2): import an iData/iMeta pair (CSV or XLSX,
 * both files at once) as a user dataset with its index tree, every problem listed with its
 * file, row and column in the interface language; export the study in use (its data and its
 * tree) as iData and iMeta for R's new_coin() or `atlas rate --idata --imeta`.
 * The conversions are state/coinrStudy.ts; this panel reads files and writes downloads.
 */
import { useState } from 'react';
import { walkGroups, type Issue } from '../../core/index.ts';
import { useT } from '../../i18n/useT.ts';
import { useAppStoreApi } from '../../state/react.tsx';
import { exportCoinr, importCoinr } from '../../state/coinrStudy.ts';
import { activeUserDataset, datasetHash, userTableOf } from '../../state/study.ts';
import { nextUserId, type UserDataset } from '../../state/userData.ts';
import { readGrid, cellText, type Grid } from '../../data/readers/grid.ts';
import { sha256Hex } from '../../data/sha256.ts';
import { rowsToCsv, type Row } from '../../data/coinr/writeCoinr.ts';
import { rowsToXlsx } from '../../data/coinr/writeXlsx.ts';
import { download, fileStem } from '../common/export.ts';
import { groupName } from '../common/names.ts';
import { sourceStem, specSource } from '../common/exportSource.ts';
import { IssueText, bundledNames } from '../common/IssueText.tsx';

type Outcome =
  | { kind: 'ok'; text: string; warnings: Issue[] }
  | { kind: 'failed'; text: string; issues: Issue[] }
  | { kind: 'note'; text: string };

const headerHas = (g: Grid, name: string) =>
  g.rows
    .find((r) => r.some((c) => cellText(c).trim() !== ''))
    ?.some((c) => cellText(c).trim() === name) ?? false;

/** Issues grouped by the file they name (iData, iMeta), in order of first mention. */
function byFile(issues: readonly Issue[]): [string, Issue[]][] {
  const m = new Map<string, Issue[]>();
  for (const i of issues) {
    const f = i.where?.file ?? '';
    m.set(f, [...(m.get(f) ?? []), i]);
  }
  return [...m];
}

export function CoinrPanel() {
  const t = useT();
  const store = useAppStoreApi();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const onFiles = async (files: File[]) => {
    if (files.length !== 2) {
      setOutcome({ kind: 'note', text: t('coinr.needTwo') });
      return;
    }
    setBusy(true);
    try {
      const read = await Promise.all(
        files.map(async (f) => {
          const bytes = new Uint8Array(await f.arrayBuffer());
          return { f, bytes, grid: await readGrid(bytes, f.name) };
        }),
      );
      const bad = read.flatMap((r) => (r.grid.ok ? [] : r.grid.issues));
      if (bad.length > 0) {
        setOutcome({
          kind: 'failed',
          text: t('coinr.failed', { data: files[0].name, meta: files[1].name }),
          issues: bad,
        });
        return;
      }
      const grids = read.map((r) => ({ ...r, grid: (r.grid as { value: Grid }).value }));
      const meta = grids.find((r) => headerHas(r.grid, 'iCode'));
      const data = grids.find((r) => r !== meta && headerHas(r.grid, 'uCode'));
      if (!meta || !data) {
        setOutcome({
          kind: 'note',
          text: t('coinr.whichIsWhich', { files: files.map((f) => f.name).join(', ') }),
        });
        return;
      }
      const s = store.getState();
      const both = new Uint8Array(data.bytes.length + meta.bytes.length);
      both.set(data.bytes);
      both.set(meta.bytes, data.bytes.length);
      const sha256 = sha256Hex(both);
      const same = s.userData.datasets.find((d) => datasetHash(d) === sha256);
      const r = importCoinr(data.grid, meta.grid, {
        lang: t.lang,
        id: same?.id ?? nextUserId('user', s.userData.datasets),
        importedAt: new Date().toISOString(),
        year: s.view.year,
        sha256,
      });
      const names = { data: data.f.name, meta: meta.f.name };
      if (!r.ok) {
        setOutcome({ kind: 'failed', text: t('coinr.failed', names), issues: r.issues });
        return;
      }
      s.addUserDataset(r.dataset);
      const rating = { ...s.spec.rating, groups: r.groups };
      const visits = walkGroups(rating);
      const inds = visits.reduce((n, v) => n + v.group.indicators.length, 0);
      if (
        rating.normalisation === 'distance-to-target' &&
        visits.some((v) => v.group.indicators.some((i) => i.target === undefined))
      )
        rating.normalisation = 'ratio-to-max';
      s.setSpec({
        ...s.spec,
        data: { ...s.spec.data, table: userTableOf(r.dataset), year: r.dataset.year },
        rating,
      });
      store.getState().useDataset(r.dataset.id);
      store.getState().setYear(r.dataset.year);
      setOutcome({
        kind: 'ok',
        text: t('coinr.imported', {
          ...names,
          units: r.dataset.table.rows.length,
          indicators: inds,
          levels: r.levels,
        }),
        warnings: r.warnings,
      });
    } catch (e) {
      console.error('atlas: COINr import failed', e);
      setOutcome({
        kind: 'failed',
        text: t('coinr.failed', { data: files[0].name, meta: files[1].name }),
        issues: [
          {
            code: 'internal-error',
            severity: 'error',
            message:
              'The atlas failed while reading these files: a fault in the atlas, not in your files. Your data are unchanged.',
          },
        ],
      });
    } finally {
      setBusy(false);
    }
  };

  /** The study in use: the user's dataset, or the bundled table of the year in view. */
  const study = (): { rows: ReturnType<typeof exportCoinr>; stem: string } | null => {
    const s = store.getState();
    let d: UserDataset | null = activeUserDataset(s);
    if (!d) {
      const b = s.data.datasets[`innovation-${s.view.year}`];
      if (!b || b.kind !== 'table') return null;
      d = {
        id: b.id,
        fileName: b.id,
        importedAt: '',
        table: b,
        year: s.view.year,
        mapping: {},
      };
    }
    const named = { rating: s.spec.rating, data: s.spec.data };
    const rows = exportCoinr(s.spec.rating, d, {
      group: (id) => groupName(t, named, id),
      indicator: (id) => bundledNames(t.lang).indicator?.(id) ?? id,
      index: t('rating.col.index'),
    });
    return { rows, stem: fileStem(sourceStem(specSource(s.spec)), s.view.year) };
  };

  const save = (format: 'csv' | 'xlsx') => {
    const x = study();
    if (!x) return;
    const put = (rows: Row[], part: string) =>
      download(
        format === 'csv'
          ? new Blob([rowsToCsv(rows)], { type: 'text/csv;charset=utf-8' })
          : new Blob([rowsToXlsx(rows, part).slice().buffer], {
              type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            }),
        `${x.stem}-${part}.${format}`,
      );
    put(x.rows.iData, 'iData');
    put(x.rows.iMeta, 'iMeta');
    if (x.rows.lifted.length > 0)
      setOutcome({
        kind: 'note',
        text: t('coinr.exportLifted', {
          n: x.rows.lifted.length,
          codes: x.rows.lifted.join(', '),
        }),
      });
  };

  return (
    <details className="panel coinr-panel" data-testid="coinr-panel">
      <summary>{t('coinr.title')}</summary>
      <p className="muted">{t('coinr.lead')}</p>
      <label className="field-label" htmlFor="coinr-import">
        {t('coinr.choose')}
      </label>
      <input
        id="coinr-import"
        type="file"
        multiple
        accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        data-testid="coinr-import"
        disabled={busy}
        onChange={(e) => {
          const fs = [...(e.target.files ?? [])];
          e.target.value = '';
          void onFiles(fs);
        }}
      />
      {busy && (
        <p role="status" className="status">
          {t('import.reading')}
        </p>
      )}
      {outcome && (
        <div data-testid="coinr-report" data-outcome={outcome.kind} aria-live="polite">
          <p className={outcome.kind === 'failed' ? 'issues' : 'status'}>{outcome.text}</p>
          {outcome.kind === 'failed' && (
            <div className="issues" data-testid="coinr-issues">
              {byFile(outcome.issues).map(([file, list]) => (
                <div key={file} data-file={file}>
                  {file && <p className="field-label">{file}</p>}
                  <ul>
                    {list.map((i, k) => (
                      <li key={k}>
                        <IssueText issue={i} />
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </div>
          )}
          {outcome.kind === 'ok' && outcome.warnings.length > 0 && (
            <details>
              <summary>
                {t('coinr.warnings')} ({outcome.warnings.length})
              </summary>
              <ul>
                {outcome.warnings.map((i, k) => (
                  <li key={k}>
                    <IssueText issue={i} />
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
      <div className="button-row" role="group" aria-label={t('coinr.export')}>
        <span className="field-label">{t('coinr.export')}</span>
        <button
          type="button"
          className="button secondary small"
          data-testid="coinr-export-csv"
          onClick={() => save('csv')}
        >
          iData + iMeta CSV
        </button>
        <button
          type="button"
          className="button secondary small"
          data-testid="coinr-export-xlsx"
          onClick={() => save('xlsx')}
        >
          iData + iMeta XLSX
        </button>
      </div>
      <p className="muted">{t('coinr.replay')}</p>
    </details>
  );
}
