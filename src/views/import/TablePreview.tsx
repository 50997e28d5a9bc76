/**
 * The preview of an imported indicator table: the detected type, unit and direction of each
 * column, editable, and the rows whose region was not recognised, each with ranked suggestions
 * to accept. Every change re-runs the cheap stage of the reader (buildIndicatorTable) on the
 * grid already read, so the preview and the stored dataset never disagree.
 */
import type { ColumnType } from '../../data/readers/columnTypes.ts';
import type { ColumnGuess } from '../../data/readers/columnTypes.ts';
import type { ImportedTable, IndicatorTableOptions } from '../../data/readers/indicatorTable.ts';
import { columnLetter } from '../../data/readers/place.ts';
import { regionsOf, type Scheme } from '../../data/regions/registry.ts';
import { useT } from '../../i18n/useT.ts';
import type { Direction } from '../../core/index.ts';
import { ScrollRegion } from '../common/ScrollRegion.tsx';

const TYPES: readonly ColumnType[] = ['region', 'numeric', 'year', 'ordinal', 'text'];

export interface TablePreviewProps {
  fileName: string;
  table: ImportedTable | null;
  /** Guesses to show when the table could not be built. */
  columns: ColumnGuess[];
  options: IndicatorTableOptions;
  onOptions: (o: IndicatorTableOptions) => void;
  /** Set when the table was read as a table of the user's own units: that boundary file. */
  unitsOf?: string;
  /** Set when no row named a region and the table was keyed by its own labels (ownUnits.ts). */
  ownUnits?: boolean;
}

/**
 * Rows listed for matching by hand: a 40,000-row file of unknown names would otherwise put
 * 40,000 selects (800,000 options) on the page. The rest are counted.
 */
const LIST_LIMIT = 100;

export function TablePreview({
  fileName,
  table,
  columns,
  options,
  onOptions,
  unitsOf,
  ownUnits,
}: TablePreviewProps) {
  const t = useT();
  const cols = table?.columns ?? columns;
  const scheme: Scheme = table?.scheme ?? options.scheme ?? '2014';
  const setType = (name: string, type: ColumnType) =>
    type === 'region'
      ? onOptions({
          ...options,
          labelColumn: name,
          columnTypes: { ...options.columnTypes, [name]: 'text' },
        })
      : onOptions({ ...options, columnTypes: { ...options.columnTypes, [name]: type } });
  const setDirection = (name: string, d: Direction) =>
    onOptions({ ...options, directions: { ...options.directions, [name]: d } });
  const setUnit = (name: string, u: string) =>
    onOptions({ ...options, units: { ...options.units, [name]: u } });
  const setMatch = (row: number, code: string) => {
    const o = { ...options.regionOverrides };
    if (code) o[row] = code;
    else delete o[row];
    onOptions({ ...options, regionOverrides: o });
  };
  // A table of the user's own units is matched in the join report (UnitJoinView), not here.
  const unmatched =
    unitsOf || ownUnits
      ? []
      : (table?.rows.filter((r) => r.kind === 'region' && r.regionCode === null) ?? []);
  const overridden =
    table?.rows.filter((r) => options.regionOverrides?.[r.row] !== undefined) ?? [];
  const unmatchedSet = new Set(unmatched);
  const matchRows = [...unmatched, ...overridden.filter((r) => !unmatchedSet.has(r))];
  const regionList = regionsOf(scheme);

  return (
    <section
      className="panel import-preview"
      data-testid="import-preview"
      aria-labelledby="preview-title"
    >
      <h3 id="preview-title">{t('import.preview.title', { file: fileName })}</h3>
      {table && (
        <p className="muted">
          {t(unitsOf || ownUnits ? 'import.preview.factsUnits' : 'import.preview.facts', {
            rows: table.rows.filter((r) => r.regionCode).length,
            scheme: unitsOf
              ? t('import.units.scheme', { file: unitsOf })
              : ownUnits
                ? t('import.units.own')
                : t(`import.scheme.${table.scheme}`),
            decimal: table.decimal,
          })}
        </p>
      )}
      <ScrollRegion label={t('import.preview.columns')}>
        <table className="data-table" data-testid="import-columns">
          <caption>{t('import.preview.columns')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.preview.col')}</th>
              <th scope="col">{t('import.preview.name')}</th>
              <th scope="col">{t('import.preview.type')}</th>
              <th scope="col">{t('import.preview.unit')}</th>
              <th scope="col">{t('import.preview.direction')}</th>
              <th scope="col">{t('import.preview.numbers')}</th>
            </tr>
          </thead>
          <tbody>
            {cols.map((c) => (
              <tr key={c.index}>
                <td>{columnLetter(c.index)}</td>
                <th scope="row">{c.name}</th>
                <td>
                  <select
                    aria-label={t('import.preview.typeOf', { name: c.name })}
                    value={c.type}
                    onChange={(e) => setType(c.name, e.target.value as ColumnType)}
                  >
                    {TYPES.map((x) => (
                      <option key={x} value={x}>
                        {t(`import.type.${x}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  {c.type === 'numeric' ? (
                    <input
                      type="text"
                      size={12}
                      aria-label={t('import.preview.unitOf', { name: c.name })}
                      defaultValue={c.unit}
                      onBlur={(e) => e.target.value !== c.unit && setUnit(c.name, e.target.value)}
                    />
                  ) : (
                    c.unit
                  )}
                </td>
                <td>
                  {c.type === 'numeric' ? (
                    <select
                      aria-label={t('import.preview.directionOf', { name: c.name })}
                      value={c.direction}
                      onChange={(e) => setDirection(c.name, e.target.value as Direction)}
                    >
                      <option value="higher">{t('rating.direction.higher')}</option>
                      <option value="lower">{t('rating.direction.lower')}</option>
                    </select>
                  ) : null}
                </td>
                <td>{t.num(c.numericShare * 100, 0)}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {(unmatched.length > 0 || overridden.length > 0) && (
        <div data-testid="import-matching">
          <h4>{t('import.preview.matching')}</h4>
          <p className="muted">{t('import.preview.matchingHint')}</p>
          <ul className="match-list">
            {matchRows.slice(0, LIST_LIMIT).map((r) => {
              const id = `match-${r.row}`;
              const chosen = options.regionOverrides?.[r.row] ?? '';
              const suggested = new Set(r.suggestions.map((s) => s.code));
              return (
                <li key={r.row}>
                  <label htmlFor={id}>
                    {t('import.place.row', { row: r.row })}: «{r.label}»
                  </label>{' '}
                  <select id={id} value={chosen} onChange={(e) => setMatch(r.row, e.target.value)}>
                    <option value="">{t('import.preview.leaveOut')}</option>
                    {r.suggestions.length > 0 && (
                      <optgroup label={t('import.preview.suggested')}>
                        {r.suggestions.map((s) => (
                          <option key={s.code} value={s.code}>
                            {s.name} ({t.num(s.score * 100, 0)}%)
                          </option>
                        ))}
                      </optgroup>
                    )}
                    <optgroup label={t('import.preview.allRegions')}>
                      {regionList
                        .filter((g) => !suggested.has(g.code[scheme] ?? ''))
                        .map((g) => (
                          <option key={g.id} value={g.code[scheme]}>
                            {g.names[t.lang]}
                          </option>
                        ))}
                    </optgroup>
                  </select>
                </li>
              );
            })}
          </ul>
          {matchRows.length > LIST_LIMIT && (
            <p className="muted" data-testid="import-matching-more">
              {t('import.moreRows', {
                count: t.num(matchRows.length - LIST_LIMIT, 0),
                shown: LIST_LIMIT,
              })}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
