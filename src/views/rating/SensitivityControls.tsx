/**
 * How the rank intervals sample the weights (spec.sensitivity): each weight varied by a share
 * of itself, or any weights uniformly on the simplex; and the note that reads the chart.
 */
import { useT } from '../../i18n/useT.ts';
import { useAppStore } from '../../state/react.tsx';

const NOISES = [0.1, 0.25, 0.5, 1];

export function SensitivityControls() {
  const t = useT();
  const sens = useAppStore((s) => s.spec.sensitivity);
  const setSensitivity = useAppStore((s) => s.setSensitivity);
  const status = useAppStore((s) => s.results.sensitivityStatus);
  const pct = (x: number) => t.num(x * 100, 0);
  return (
    <div data-testid="sensitivity-controls">
      <div className="sens-controls">
        <label className="field">
          <span>{t('rating.sensitivity')}</span>
          <select
            data-testid="sens-mode"
            value={sens.mode === 'simplex' ? 'simplex' : String(sens.noise)}
            onChange={(e) => {
              const v = e.target.value;
              if (v === 'simplex') setSensitivity({ mode: 'simplex' });
              else setSensitivity({ mode: 'uniform', noise: Number(v) });
            }}
          >
            {(NOISES.includes(sens.noise) ? NOISES : [...NOISES, sens.noise].sort()).map((n) => (
              <option key={n} value={String(n)}>
                {t('rating.sens.uniform', { noise: pct(n) })}
              </option>
            ))}
            <option value="simplex">{t('rating.sens.simplex')}</option>
          </select>
        </label>
        <span className="status" aria-live="polite">
          {status === 'running' ? t('app.computing') : ''}
        </span>
      </div>
      <p className="footnote" data-testid="sensitivity-note">
        {sens.mode === 'simplex'
          ? t('rating.uncertaintyNoteSimplex', { runs: t.num(sens.runs, 0) })
          : t('rating.uncertaintyNote', { runs: t.num(sens.runs, 0), noise: pct(sens.noise) })}
      </p>
    </div>
  );
}
