/**
 * The variables an analysis uses, as checkboxes in the table's column order, and a button
 * back to the default set (an empty list in the spec). The last `minimum` ticked boxes
 * cannot be unticked, so the method always has the columns it needs (one for clustering,
 * two for factor analysis).
 */
import type { TableDataset } from '../../data/types.ts';
import { useT } from '../../i18n/useT.ts';
import { columnName } from '../clustering/names.ts';

export function VariablePicker({
  ds,
  available,
  selected,
  minimum,
  testidPrefix,
  onChange,
}: {
  ds: TableDataset;
  available: readonly string[];
  selected: readonly string[];
  minimum: number;
  testidPrefix: string;
  onChange: (variables: string[]) => void;
}) {
  const t = useT();
  return (
    <>
      <fieldset className="field variables">
        <legend className="field-label">{t('analysis.variables')}</legend>
        {available.map((v) => {
          const on = selected.includes(v);
          return (
            <label key={v} className="check">
              <input
                type="checkbox"
                checked={on}
                disabled={on && selected.length <= minimum}
                data-testid={`${testidPrefix}-${v}`}
                onChange={() =>
                  onChange(
                    on
                      ? selected.filter((x) => x !== v)
                      : available.filter((x) => x === v || selected.includes(x)),
                  )
                }
              />
              <ColumnLabel name={columnName(ds, v, t)} id={v} />
            </label>
          );
        })}
      </fieldset>
      <button type="button" className="button secondary small" onClick={() => onChange([])}>
        {t('analysis.defaultVariables')}
      </button>
    </>
  );
}

/** A column's name, with its id beside it where they differ (a user's column is its header). */
function ColumnLabel({ name, id }: { name: string; id: string }) {
  return name === id ? (
    <span>{name}</span>
  ) : (
    <span>
      {name} <span className="code">{id}</span>
    </span>
  );
}
