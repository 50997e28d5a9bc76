/**
 * The "computing…" line of an analysis view while the controller runs (state/analysisCompute.ts),
 * with the fraction done for a run in the worker. Nothing shows once the result is in.
 */
import type { AnalysisEntry } from '../../state/analysisResults.ts';
import { useT } from '../../i18n/useT.ts';

export function Computing({
  entry,
  stale = false,
  testid,
}: {
  entry: AnalysisEntry<unknown, unknown>;
  /** True when the result in the store belongs to other data (a run for this one is due). */
  stale?: boolean;
  testid?: string;
}) {
  const t = useT();
  const busy = entry.status === 'running' || (stale && entry.status !== 'error');
  if (!busy) return null;
  const p = entry.progress;
  return (
    <p className="muted small computing" role="status" aria-live="polite" data-testid={testid}>
      {t('app.computing')}
      {p !== null && (
        <>
          {' '}
          <progress max={1} value={p} aria-label={t('app.computing')} /> {`${t.num(p * 100, 0)} %`}
        </>
      )}
    </p>
  );
}
