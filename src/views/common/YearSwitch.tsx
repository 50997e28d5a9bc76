/** The year switch shared by views (2010 / 2014), as a pressed-button group. */
import { useT } from '../../i18n/useT.ts';
import { useAppStore } from '../../state/react.tsx';
import { YEARS } from '../../state/viewState.ts';

export function YearSwitch() {
  const t = useT();
  const year = useAppStore((s) => s.view.year);
  const setYear = useAppStore((s) => s.setYear);
  return (
    <div className="field">
      <span className="field-label" id="year-label">
        {t('year.label')}
      </span>
      <div className="segmented" role="group" aria-labelledby="year-label" data-testid="year">
        {YEARS.map((y) => (
          <button
            key={y}
            type="button"
            aria-pressed={year === y}
            onClick={() => setYear(y)}
            data-testid={`year-${y}`}
          >
            {t(`year.${y}`)}
          </button>
        ))}
      </div>
    </div>
  );
}
