/**
 * The rating table: rows carry data-region; rank, class badge, sub-indices, index, change
 * against the other year, the published value (Table 6) with the difference flagged above
 * 0.06, and the rank interval and the share of runs in each class from the sensitivity run
 * (issue 9 item 7: class probabilities as a column, not only a tooltip). Clicking a region
 * selects it.
 *
 * Above VIRTUAL_ROWS rows (thousands of imported or benchmark units) only the rows in view,
 * plus OVERSCAN either side, are in the DOM: rendering 3,000 rows took seconds per slider
 * step (bench/results/ui.md). The table then scrolls in its own box, spacer rows keep its
 * height and scroll bar true, and aria-rowcount / aria-rowindex tell screen readers the
 * full size and where each rendered row sits.
 */
import { studyUnitsAreOwn } from '../../state/unitKind.ts';
import { memo, useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useT, type T } from '../../i18n/useT.ts';
import { useAction, useAppStore } from '../../state/react.tsx';
import { isPaperData } from '../../core/index.ts';
import { groupName } from '../common/names.ts';
import { Missing } from '../common/Missing.tsx';
import { regionName } from '../map/regionName.ts';
import { selectRatingTable, type RatingRow } from './rows.ts';
import { classColour, classText, classTitle } from './classColour.ts';
import { ClassShares, UncertaintyBar } from './UncertaintyBar.tsx';
import './rating.css';

function Num({
  x,
  digits,
  signed,
  t,
}: {
  x: number | null;
  digits: number;
  signed?: boolean;
  t: T;
}) {
  return x === null ? <Missing /> : <>{t.num(x, digits, { signed })}</>;
}

function RankChange({ r, t }: { r: RatingRow; t: T }) {
  if (r.rankChange === null) return <Missing />;
  const n = Math.abs(r.rankChange);
  const title =
    r.rankChange > 0
      ? t('rating.rankUp', { n })
      : r.rankChange < 0
        ? t('rating.rankDown', { n })
        : t('rating.rankSame');
  return (
    <span
      title={title}
      className={r.rankChange > 0 ? 'delta-up' : r.rankChange < 0 ? 'delta-down' : undefined}
    >
      {r.rankChange > 0 ? '▲' : r.rankChange < 0 ? '▼' : '='} {n > 0 ? n : ''}
    </span>
  );
}

/**
 * The group columns' headings, in the user's names: the only part of the table that reads the
 * rating spec, so a weight step (a new spec) re-renders these few cells, not the table; the
 * rows follow the results.
 */
const GroupHeads = memo(function GroupHeads({ groupIds, t }: { groupIds: string[]; t: T }) {
  const rating = useAppStore((s) => s.spec.rating);
  const data = useAppStore((s) => s.spec.data);
  return groupIds.map((g) => (
    <th scope="col" key={g}>
      {groupName(t, { rating, data }, g)}
    </th>
  ));
});

/** Above this many rows the table renders only the rows in view. */
export const VIRTUAL_ROWS = 200;
/** Rows rendered above and below the visible ones, so a fast scroll shows no gap. */
export const OVERSCAN = 12;
/** Row height in px until a rendered row has been measured. */
const ROW_GUESS = 33;

interface RowProps {
  r: RatingRow;
  sel: boolean;
  groupIds: string[];
  comparable: boolean;
  /** The paper's own data: the published column and the differences apply. */
  paper: boolean;
  /** Another year to compare with exists (the paper's 2010 and 2014; not a lone user table). */
  change: boolean;
  maxRank: number;
  /** 1-based position in the full table, header row included (aria-rowindex). */
  rowIndex?: number;
  toggleRegion: (code: string) => void;
  t: T;
}

const Row = memo(function Row({
  r,
  sel,
  groupIds,
  comparable,
  paper,
  change,
  maxRank,
  rowIndex,
  toggleRegion,
  t,
}: RowProps) {
  const c = classColour(r.className);
  return (
    <tr
      data-region={r.code}
      className={sel ? 'is-selected' : undefined}
      aria-selected={sel}
      aria-rowindex={rowIndex}
    >
      <td>{r.rank}</td>
      <td>
        <button
          type="button"
          className="region-button"
          aria-pressed={sel}
          onClick={() => toggleRegion(r.code)}
        >
          {regionName(r.code, t, true)}
        </button>
      </td>
      <td style={{ textAlign: 'center' }}>
        {r.className ? (
          <span
            className="badge"
            style={{ background: c.bg, color: c.fg }}
            title={classTitle(r.className, t) || undefined}
          >
            {classText(r.className, t)}
          </span>
        ) : (
          <Missing />
        )}
      </td>
      {groupIds.map((g) => (
        <td key={g}>
          <Num x={r.groups[g]} digits={1} t={t} />
        </td>
      ))}
      <td className="num-strong">
        <Num x={r.index} digits={2} t={t} />
      </td>
      {change && (
        <td>
          <Num x={r.indexChange} digits={2} signed t={t} /> <RankChange r={r} t={t} />
        </td>
      )}
      {paper && (
        <td>
          <Num x={r.published} digits={2} t={t} />
          {r.publishedClass ? <span className="muted"> {r.publishedClass}</span> : null}
        </td>
      )}
      {paper && (
        <td className={r.flagged ? 'diff-flagged' : undefined}>
          {r.diff === null && !comparable && r.published !== null ? (
            <Missing why={t('rating.notComparable')} />
          ) : (
            <Num x={r.diff} digits={2} signed t={t} />
          )}
          {r.flagged && (
            <span className="flag" title={t('rating.diffFlag')} aria-label={t('rating.diffFlag')}>
              ⚑
            </span>
          )}
        </td>
      )}
      <td className="uncertainty">
        {r.interval ? <UncertaintyBar interval={r.interval} max={maxRank} t={t} /> : <Missing />}
      </td>
      <td className="class-odds" data-testid="class-odds">
        {r.interval && r.interval.classes.length > 0 ? (
          <ClassShares interval={r.interval} t={t} />
        ) : (
          <Missing />
        )}
      </td>
    </tr>
  );
});

/**
 * The rendered window [start, end) of `n` rows in a scroll box: from its scroll position and
 * height, with the row height measured on the rows drawn.
 */
export function visibleWindow(
  n: number,
  scrollTop: number,
  viewHeight: number,
  rowHeight: number,
  overscan = OVERSCAN,
): { start: number; end: number } {
  const h = rowHeight > 0 ? rowHeight : ROW_GUESS;
  const first = Math.floor(Math.max(0, scrollTop) / h);
  const count = Math.ceil(Math.max(viewHeight, h) / h) + 1;
  const start = Math.max(0, Math.min(n, first - overscan));
  const end = Math.max(start, Math.min(n, first + count + overscan));
  return { start, end };
}

export function RatingTable() {
  const t = useT();
  // The user's own units (districts, firms) are not called regions (state/unitKind.ts).
  const own = useAppStore(studyUnitsAreOwn);
  const model = useAppStore(selectRatingTable);
  const selected = useAppStore((s) => s.view.selected);
  const toggleRegion = useAction('toggleRegion');
  const maxRank = model.rows.length;
  const n = model.rows.length;
  const virtual = n > VIRTUAL_ROWS;
  const paper = useAppStore((s) => isPaperData(s.spec.data));
  const change = paper || model.rows.some((r) => r.indexChange !== null);
  const cols = model.groupIds.length + (paper ? 9 : 7) - (change ? 0 : 1);

  const box = useRef<HTMLDivElement | null>(null);
  const body = useRef<HTMLTableSectionElement | null>(null);
  const [view, setView] = useState({ top: 0, height: 600 });
  const [rowHeight, setRowHeight] = useState(ROW_GUESS);
  const onScroll = useCallback(() => {
    const el = box.current;
    if (el) setView({ top: el.scrollTop, height: el.clientHeight });
  }, []);
  useLayoutEffect(() => {
    if (!virtual) return;
    onScroll();
    // The first data row (after the top spacer) gives the height every row is taken to have.
    const tr = body.current?.querySelector<HTMLTableRowElement>('tr[data-region]');
    const h = tr?.getBoundingClientRect().height ?? 0;
    if (h > 0 && Math.abs(h - rowHeight) > 0.5) setRowHeight(h);
  }, [virtual, onScroll, rowHeight, n]);

  const { start, end } = virtual
    ? visibleWindow(n, view.top, view.height, rowHeight)
    : { start: 0, end: n };
  const shown = virtual ? model.rows.slice(start, end) : model.rows;

  const table = (
    <table className="data" data-testid="rating-table" aria-rowcount={virtual ? n + 1 : undefined}>
      <caption>
        {t(own ? 'rating.table.units' : 'rating.table')}, {model.year}
      </caption>
      <thead>
        <tr aria-rowindex={virtual ? 1 : undefined}>
          <th scope="col">{t('rating.col.rank')}</th>
          <th scope="col">{t(own ? 'rating.col.unit' : 'rating.col.region')}</th>
          <th scope="col">{t('rating.col.class')}</th>
          <GroupHeads groupIds={model.groupIds} t={t} />
          <th scope="col">{t('rating.col.index')}</th>
          {change && <th scope="col">{t('rating.col.change', { year: model.other })}</th>}
          {paper && <th scope="col">{t('rating.col.published')}</th>}
          {paper && <th scope="col">{t('rating.col.diff')}</th>}
          <th scope="col">{t('rating.col.uncertainty')}</th>
          <th scope="col">{t('rating.col.classOdds')}</th>
        </tr>
      </thead>
      <tbody ref={body}>
        {virtual && start > 0 && (
          <tr aria-hidden="true" className="spacer">
            <td colSpan={cols} style={{ height: start * rowHeight }} />
          </tr>
        )}
        {shown.map((r, k) => (
          <Row
            key={r.code}
            r={r}
            sel={selected.includes(r.code)}
            groupIds={model.groupIds}
            comparable={model.comparable}
            paper={paper}
            change={change}
            maxRank={maxRank}
            rowIndex={virtual ? start + k + 2 : undefined}
            toggleRegion={toggleRegion}
            t={t}
          />
        ))}
        {virtual && end < n && (
          <tr aria-hidden="true" className="spacer">
            <td colSpan={cols} style={{ height: (n - end) * rowHeight }} />
          </tr>
        )}
      </tbody>
    </table>
  );

  if (!virtual) return <div className="table-scroll rating-scroll">{table}</div>;
  return (
    <div
      ref={box}
      className="table-scroll rating-scroll is-virtual"
      tabIndex={0}
      role="region"
      aria-label={`${t(own ? 'rating.table.units' : 'rating.table')}, ${model.year}`}
      onScroll={onScroll}
    >
      {table}
    </div>
  );
}
