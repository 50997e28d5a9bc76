/**
 * Rank trajectories (a bump chart) of the rating over the years of the data (issue 11 item 3):
 * one line per region through its rank in each year, the selected regions in colour and named
 * at both ends, the rest grey. Drawn with Observable Plot; shown only when the data hold two
 * years or more (a panel, or the two bundled years). The ranks are the rating's own
 * (core/composite/rate.ts: 1 = best, ties share the lowest rank), year by year.
 */
import * as Plot from '@observablehq/plot';
import { useEffect, useMemo, useRef } from 'react';
import { useT } from '../../i18n/useT.ts';
import { dataYears } from '../../state/dataYears.ts';
import { useAppStore, useAppStoreApi } from '../../state/react.tsx';
import { clusterColour } from '../clustering/clusterColours.ts';
import { figureOf } from '../common/figure.ts';
import { ratingWords } from '../common/methodWords.ts';
import { ExportButtons } from '../common/ExportButtons.tsx';
import { fileStem, toCsv, type ExportMeta } from '../common/export.ts';
import { sourceStem, specSource } from '../common/exportSource.ts';
import { regionName } from '../map/regionName.ts';
import { studyOf } from '../../state/study.ts';

interface RankPoint {
  year: number;
  code: string;
  name: string;
  rank: number;
}

const GREY = '#c3c8d0';

export function RankTrajectories() {
  const t = useT();
  const store = useAppStoreApi();
  const years = useAppStore(dataYears);
  const rating = useAppStore((s) => s.results.rating);
  const selected = useAppStore((s) => s.view.selected);
  const stemOfData = useAppStore((s) => sourceStem(specSource(s.spec)));
  const ref = useRef<HTMLDivElement | null>(null);

  const points = useMemo<RankPoint[]>(
    () =>
      years.flatMap((year) => {
        const r = rating[year];
        if (!r) return [];
        return r.units.map((code, u) => ({
          year,
          code,
          name: regionName(code, t, true),
          rank: r.rank[u],
        }));
      }),
    [years, rating, t],
  );
  const shown = useMemo(() => years.filter((y) => rating[y]), [years, rating]);

  useEffect(() => {
    const el = ref.current;
    if (!el || shown.length < 2) return;
    const colourOf = new Map(selected.map((code, i) => [code, clusterColour(i + 1)]));
    const stroke = (d: RankPoint) => colourOf.get(d.code) ?? GREY;
    const units = new Set(points.map((p) => p.code)).size;
    const first = shown[0];
    const last = shown[shown.length - 1];
    // The selected regions are drawn last, so that they lie on top of the grey ones.
    const ordered = [...points].sort(
      (a, b) => Number(colourOf.has(a.code)) - Number(colourOf.has(b.code)),
    );
    const svg = Plot.plot({
      width: 640,
      height: Math.max(220, 22 * units + 60),
      marginLeft: 150,
      marginRight: 150,
      style: { fontFamily: 'inherit', fontSize: '11px', background: 'white' },
      x: { type: 'point', domain: shown, label: null, tickFormat: (y: number) => String(y) },
      y: { reverse: true, label: t('rating.col.rank'), domain: [1, units], ticks: [] },
      marks: [
        Plot.line(ordered, {
          x: 'year',
          y: 'rank',
          z: 'code',
          stroke,
          strokeWidth: (d: RankPoint) => (colourOf.has(d.code) ? 3 : 1.5),
        }),
        Plot.dot(ordered, {
          x: 'year',
          y: 'rank',
          fill: stroke,
          r: 3.5,
          title: (d: RankPoint) => `${d.name}, ${d.year}: ${t('rating.col.rank')} ${d.rank}`,
        }),
        Plot.text(
          points.filter((d) => d.year === first),
          {
            x: 'year',
            y: 'rank',
            text: (d: RankPoint) => `${d.name} ${d.rank}`,
            dx: -8,
            textAnchor: 'end',
            fill: (d: RankPoint) => (colourOf.has(d.code) ? '#111827' : '#6b7280'),
          },
        ),
        Plot.text(
          points.filter((d) => d.year === last),
          {
            x: 'year',
            y: 'rank',
            text: (d: RankPoint) => `${d.rank} ${d.name}`,
            dx: 8,
            textAnchor: 'start',
            fill: (d: RankPoint) => (colourOf.has(d.code) ? '#111827' : '#6b7280'),
          },
        ),
      ],
    });
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', t('rating.trajectories.title'));
    // Set in the app's font on screen and in the figure (Plot writes its own system-ui).
    svg.removeAttribute('font-family');
    svg
      .querySelectorAll('g[aria-label="line"] path')
      .forEach((p) => p.setAttribute('data-line', ''));
    // The chart is one image (role img, its label above); Plot's aria-labels on its mark groups
    // are not allowed on a plain <g> (axe: aria-prohibited-attr).
    svg.querySelectorAll('g[aria-label]').forEach((g) => g.removeAttribute('aria-label'));
    el.replaceChildren(svg);
    return () => svg.remove();
  }, [points, shown, selected, t]);

  if (shown.length < 2) return null;

  const meta = (): ExportMeta => ({
    title: t('rating.trajectories.title'),
    spec: studyOf(store.getState()),
    extra: { years: shown.join(', '), language: t.lang },
    created: new Date().toISOString(),
  });
  const csv = () =>
    toCsv(
      [t('rating.col.region'), 'ISO', ...shown.map(String)],
      [...new Set(points.map((p) => p.code))].map((code) => [
        regionName(code, t),
        code,
        ...shown.map((y) => points.find((p) => p.code === code && p.year === y)?.rank ?? null),
      ]),
      meta(),
    );

  return (
    <div className="panel" data-testid="rank-trajectories">
      <div className="panel-head">
        <h2>{t('rating.trajectories.title')}</h2>
        <ExportButtons
          name={fileStem('rank-trajectories', stemOfData, shown[shown.length - 1])}
          meta={meta}
          csv={csv}
          svg={() =>
            figureOf(ref.current?.querySelector('svg') ?? null, meta(), {
              subtitle: ratingWords(store.getState().spec, t),
              // The selected regions in their colours, the rest grey (as drawn).
              legend: [
                ...selected.map((code, i) => ({
                  colour: clusterColour(i + 1),
                  label: regionName(code, t, true),
                  shape: 'line' as const,
                })),
                { colour: GREY, label: t('figure.otherRegions'), shape: 'line' as const },
              ],
            })
          }
          testid="trajectories-export"
        />
      </div>
      <p className="muted">{t('rating.trajectories.lead')}</p>
      <div ref={ref} className="chart-host" />
    </div>
  );
}
