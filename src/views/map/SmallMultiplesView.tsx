/**
 * Small multiples on #/map (issue 11): the layer in view as one small map per year of the data,
 * with shared classes (smallMultiples.ts), the cities drawn as symbols in their class colour,
 * one legend, and one exported figure (common/figure.ts). Drawn with d3-geo (mapSvg.ts,
 * fitProjection) as plain React SVG: user names and codes stay text.
 */
import { useMemo, useRef } from 'react';
import { KZ_2014 } from '../../data/boundaries/index.ts';
import { useT } from '../../i18n/useT.ts';
import { dataYears } from '../../state/dataYears.ts';
import { useAppStore, useAppStoreApi } from '../../state/react.tsx';
import { studyOf } from '../../state/study.ts';
import { activeUserBoundaries } from '../../state/userData.ts';
import { ExportButtons } from '../common/ExportButtons.tsx';
import { fileStem } from '../common/export.ts';
import { figureOf } from '../common/figure.ts';
import { classWords, ratingWords } from '../common/methodWords.ts';
import { sourceStem, specSource } from '../common/exportSource.ts';
import { layerById } from './layers.ts';
import { legendText } from './Legend.tsx';
import { fitProjection } from './mapSvg.ts';
import { dataKey, mapUnits } from './mapUnits.ts';
import { NO_DATA } from './palettes.ts';
import { buildSmallMultiples } from './smallMultiples.ts';

const CELL_W = 260;
const CELL_H = 170;
const HEAD = 22;
const COLS = 3;

export function SmallMultiplesView() {
  const t = useT();
  const store = useAppStoreApi();
  const years = useAppStore(dataYears);
  const layer = useAppStore((s) => layerById(s, s.view.mapLayer));
  const ratings = useAppStore((s) => s.results.rating);
  const classification = useAppStore((s) => s.view.classification);
  const palette = useAppStore((s) => s.view.palette);
  const bounds = useAppStore((s) => activeUserBoundaries(s.userData));
  const stemOfData = useAppStore((s) => sourceStem(specSource(s.spec)));
  const svgRef = useRef<SVGSVGElement>(null);

  const sm = useMemo(
    () => buildSmallMultiples(store.getState(), layer, years),
    // The model reads the ratings, the layer and the classification and palette in view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [store, layer, years, ratings, classification, palette],
  );
  const features = (bounds?.features ?? KZ_2014) as typeof KZ_2014;
  const geo = useMemo(() => {
    const proj = fitProjection(features, CELL_W, CELL_H, 6);
    return {
      paths: features.features.map((f) => ({
        id: String(f.id ?? ''),
        d: proj.path(f.geometry),
      })),
      cities: mapUnits(features, t.lang, bounds?.scheme ?? '2014')
        .filter((u) => u.small)
        .map((u) => {
          const [x, y] = proj.point(u.lon, u.lat);
          return { id: u.id, x, y };
        }),
    };
  }, [features, bounds?.scheme, t.lang]);

  // A change compares two years: not a map per year. Nor are layers not computed per year.
  if (!sm || layer.id === 'change' || layer.id === 'rankChange') return null;
  const rows = Math.ceil(sm.years.length / COLS);
  const cols = Math.min(COLS, sm.years.length);
  const width = cols * CELL_W;
  const height = rows * (CELL_H + HEAD);
  const period = `${sm.years[0]}–${sm.years[sm.years.length - 1]}`;
  const title = t('map.multiples.title', { layer: layer.label(t), period });
  const legend = [
    ...sm.pooled.legend.map((e) => ({ colour: e.colour, label: legendText(e, sm.pooled, t) })),
    ...(sm.maps.some((m) => m.missing > 0) ? [{ colour: NO_DATA, label: t('map.noData') }] : []),
  ];
  const meta = () => {
    const s = store.getState();
    return {
      title,
      spec: studyOf(s),
      extra: { layer: layer.id, years: sm.years.join(','), language: t.lang },
      created: new Date().toISOString(),
    };
  };
  const fillIn = (k: number, id: string) => {
    const m = sm.maps[k];
    const key = dataKey(id, m.fill);
    return (key && m.fill.get(key)) || NO_DATA;
  };

  return (
    <section
      className="panel small-multiples"
      data-testid="small-multiples"
      aria-labelledby="small-multiples-title"
    >
      <div className="view-head">
        <div>
          <h2 id="small-multiples-title">{title}</h2>
          <p className="muted">{t('map.multiples.hint')}</p>
        </div>
        <ExportButtons
          name={fileStem('map-years', layer.id, stemOfData, period)}
          meta={meta}
          svg={() =>
            figureOf(svgRef.current, meta(), {
              title,
              subtitle: `${ratingWords(store.getState().spec, t)}; ${classWords(store.getState().spec, t)}; ${t('map.multiples.shared')}`,
              legend,
              legendTitle: t('map.legend'),
              legendAt: 'right',
              boundaries: true,
            })
          }
          testid="multiples-export"
        />
      </div>
      <svg
        ref={svgRef}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        style={{ maxWidth: width }}
        role="img"
        aria-label={title}
      >
        {sm.years.map((y, k) => {
          const x0 = (k % COLS) * CELL_W;
          const y0 = Math.floor(k / COLS) * (CELL_H + HEAD);
          return (
            <g key={y} transform={`translate(${x0},${y0})`} data-year={y}>
              <text x={CELL_W / 2} y={15} textAnchor="middle" fontSize="14" fontWeight="600">
                {y}
              </text>
              <g transform={`translate(0,${HEAD})`}>
                {geo.paths.map((p) => (
                  <path
                    key={p.id}
                    d={p.d}
                    fill={fillIn(k, p.id)}
                    stroke="#ffffff"
                    strokeWidth={0.6}
                    data-region={p.id}
                  />
                ))}
                {geo.cities.map((c) => (
                  <circle
                    key={c.id}
                    cx={c.x}
                    cy={c.y}
                    r={3.5}
                    fill={fillIn(k, c.id)}
                    stroke="#1d2430"
                    strokeWidth={0.9}
                    data-city={c.id}
                  />
                ))}
              </g>
            </g>
          );
        })}
      </svg>
      <ul className="multiples-legend" data-testid="multiples-legend">
        {legend.map((e) => (
          <li key={e.label}>
            <span className="swatch" style={{ background: e.colour }} aria-hidden="true" />{' '}
            {e.label}
          </li>
        ))}
      </ul>
    </section>
  );
}
