/**
 * The year switch shared by views, as a pressed-button group: the years of the data in view
 * (2010 / 2014 for the bundled tables, every year of a user's panel; state/dataYears.ts).
 */
import { useT } from '../../i18n/useT.ts';
import { useAppStore } from '../../state/react.tsx';
import { dataYears } from '../../state/dataYears.ts';

export function YearSwitch() {
  const t = useT();
  const year = useAppStore((s) => s.view.year);
  const setYear = useAppStore((s) => s.setYear);
  const years = useAppStore(dataYears);
  return (
    <div className="field">
      <span className="field-label" id="year-label">
        {t('year.label')}
      </span>
      <div className="segmented" role="group" aria-labelledby="year-label" data-testid="year">
        {years.map((y) => (
          <button
            key={y}
            type="button"
            aria-pressed={year === y}
            onClick={() => setYear(y)}
            data-testid={`year-${y}`}
          >
            {y}
          </button>
        ))}
      </div>
    </div>
  );
}
