/**
 * Below the rating table: which regions differ from the published Table 6 by more than the
 * tolerance, and the dataset's own notes that explain why (innovation-published, and the
 * input table of the year, whose notes record the realigned rows and the known slips).
 */
import { useT } from '../../i18n/useT.ts';
import { useAppStore } from '../../state/react.tsx';
import { tableIn } from '../../state/resultsSlice.ts';
import { datasetIdOf } from '../../state/compute.ts';
import { regionName } from '../map/regionName.ts';
import { PUBLISHED_DATASET, selectRatingTable } from './rows.ts';

export function PublishedNotes() {
  const t = useT();
  const model = useAppStore(selectRatingTable);
  const published = useAppStore((s) => tableIn(s.data, PUBLISHED_DATASET));
  const input = useAppStore((s) => tableIn(s.data, datasetIdOf(s.view.year)));
  if (!published) return null;
  const flagged = model.rows.filter((r) => r.flagged);
  return (
    <div className="published-notes" data-testid="published-notes">
      {!model.comparable && <p className="footnote">{t('rating.notComparable')}</p>}
      {flagged.length > 0 && (
        <p data-testid="flagged-list">
          {t('rating.flagged', {
            n: flagged.length,
            names: flagged
              .map(
                (r) => `${regionName(r.code, t)} (${t.num(r.index, 2)} / ${t.num(r.published, 2)})`,
              )
              .join('; '),
          })}
        </p>
      )}
      <details>
        <summary>{t('rating.notesTitle', { dataset: PUBLISHED_DATASET })}</summary>
        <p>{published.notes[t.lang]}</p>
        {input && input.notes[t.lang] && (
          <p>
            <strong>{input.id}:</strong> {input.notes[t.lang]}
          </p>
        )}
      </details>
    </div>
  );
}
