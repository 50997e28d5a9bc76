/**
 * Which data the study runs on, above every view: the user's file (name, rows, when imported)
 * with one click back to the bundled tables, or the bundled table with its citation; where the
 * view on screen analyses another table (state/viewData.ts), that table instead. When the
 * study names a file this machine does not have (a link from someone else, too large to carry
 * it), it says which file to import, beside the way to import it: the table (nothing is rated
 * meanwhile) and the boundary file of the user's own units (state/study.ts).
 */
import { datasetCitation } from '../../data/datasets/citation.ts';
import { useT, type T } from '../../i18n/useT.ts';
import { useAppStore, useAppStoreApi } from '../../state/react.tsx';
import { activeUserDataset, missingUserBoundaries, missingUserTable } from '../../state/study.ts';
import type { UserDataset } from '../../state/userData.ts';
import { viewBundledTable, viewUserTable } from '../../state/viewData.ts';
import { deactivateDataset } from '../import/activate.ts';

/** A file the study names and this machine lacks: which one, with the way to import it. */
function ImportNotice({ text, testid }: { text: string; testid: string }) {
  const t = useT();
  const store = useAppStoreApi();
  return (
    <div className="study-data notices" role="alert" data-testid={testid}>
      <p>{text}</p>
      <button
        type="button"
        className="button small"
        onClick={() => {
          store.getState().setRoute('data');
          setTimeout(() => document.getElementById('import-file')?.focus(), 50);
        }}
      >
        {t('study.import')}
      </button>
    </div>
  );
}

export function StudyData() {
  const t = useT();
  const bounds = useAppStore(missingUserBoundaries);
  const data = <StudyTable />;
  if (!bounds) return data;
  // The boundary file first: a table of the user's own units is read against it.
  return (
    <>
      <ImportNotice
        testid="study-missing-boundaries"
        text={t('study.missingBoundaries', {
          file: bounds.fileName,
          hash: bounds.sha256.slice(0, 12),
        })}
      />
      {data}
    </>
  );
}

/** The user's file in words: name, rows, when imported. */
const userLine = (t: T, d: UserDataset) =>
  t('study.data.user', {
    file: d.fileName,
    rows: d.table.rows.length,
    date: d.importedAt.slice(0, 16).replace('T', ' '),
  });

function StudyTable() {
  const t = useT();
  const store = useAppStoreApi();
  const missing = useAppStore(missingUserTable);
  const user = useAppStore(activeUserDataset);
  const picked = useAppStore(viewUserTable);
  const other = useAppStore(viewBundledTable);
  const year = useAppStore((s) => s.spec.data.year);
  const bundled = useAppStore((s) => s.data.datasets[other ?? `innovation-${year}`]);
  // A table picked in the view itself (state/viewData.ts): named, with no way "back" from
  // here, since the view's own picker chose it.
  if (picked && picked.id !== user?.id)
    return (
      <div className="study-data" data-testid="study-data">
        <span>{userLine(t, picked)}</span>
      </div>
    );
  // A bundled table the view analyses in place of the study's (seed 002's industries): its
  // citation, even while the study runs on the user's table.
  if (!other && missing)
    return (
      <ImportNotice
        testid="study-missing"
        text={t('study.missing', { file: missing.fileName, hash: missing.sha256.slice(0, 12) })}
      />
    );
  if (!other && user)
    return (
      <div className="study-data" data-testid="study-data">
        <span>{userLine(t, user)}</span>{' '}
        <button
          type="button"
          className="button secondary small"
          data-testid="study-back"
          onClick={() => deactivateDataset(store)}
        >
          {t('study.data.back')}
        </button>
      </div>
    );
  // Author, year and tables (data/datasets/citation.ts), as exports cite it; never an id.
  if (!bundled || !('seed' in bundled)) return null; // still loading
  const citation = datasetCitation(bundled, t.lang);
  return (
    <div className="study-data muted" data-testid="study-data">
      {t('study.data.bundled', { citation })}
    </div>
  );
}
