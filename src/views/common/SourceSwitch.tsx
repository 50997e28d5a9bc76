/**
 * Which bundled data an analysis runs on (the 16 regions or seed 002's industries), as a
 * pressed-button group like the year switch. `value` is null when a user table is chosen
 * instead, so neither button shows as pressed.
 */
import type { MessageKey } from '../../i18n/translate.ts';
import { useT } from '../../i18n/useT.ts';
import { ANALYSIS_SOURCES, type AnalysisSource } from '../../state/viewState.ts';

export function SourceSwitch({
  label,
  labelId,
  value,
  onChange,
  testidPrefix,
}: {
  label: MessageKey;
  labelId: string;
  value: AnalysisSource | null;
  onChange: (source: AnalysisSource) => void;
  testidPrefix: string;
}) {
  const t = useT();
  return (
    <div className="field">
      <span className="field-label" id={labelId}>
        {t(label)}
      </span>
      <div className="segmented" role="group" aria-labelledby={labelId}>
        {ANALYSIS_SOURCES.map((s) => (
          <button
            key={s}
            type="button"
            aria-pressed={value === s}
            data-testid={`${testidPrefix}-${s}`}
            onClick={() => onChange(s)}
          >
            {t(`clustering.source.${s}`)}
          </button>
        ))}
      </div>
    </div>
  );
}
