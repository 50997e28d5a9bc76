/** The map view: controls, the choropleth with its legend, the selection and exports. */
import { useT } from '../../i18n/useT.ts';
import { useAppStore, useAppStoreApi } from '../../state/react.tsx';
import { KZ_2014 } from '../../data/boundaries/index.ts';
import { activeUserBoundaries } from '../../state/userData.ts';
import { ExportButtons } from '../common/ExportButtons.tsx';
import { fileStem } from '../common/export.ts';
import { sourceStem, specSource } from '../common/exportSource.ts';
import { ChoroplethMap } from './ChoroplethMap.tsx';
import { regionName } from './regionName.ts';
import { Legend, legendText } from './Legend.tsx';
import { MapControls } from './MapControls.tsx';
import { selectMapModel } from './mapModel.ts';
import { mapSvg } from './mapSvg.ts';
import { dataKey, mapUnits, MAX_LABELLED_UNITS } from './mapUnits.ts';
import { NO_DATA } from './palettes.ts';
import { compareYear, dataYears } from '../../state/dataYears.ts';
import type { AppState } from '../../state/store.ts';

export default function MapView() {
  const t = useT();
  const store = useAppStoreApi();
  const model = useAppStore(selectMapModel);
  const selected = useAppStore((s) => s.view.selected);
  const year = useAppStore((s) => s.view.year);
  const clearSelection = useAppStore((s) => s.clearSelection);
  const status = useAppStore((s) => s.results.status);

  const stemOfData = useAppStore((s) => sourceStem(specSource(s.spec)));
  // What the title says the figures are for: one year, or the two years a change compares.
  const period = (s: AppState): string => {
    if (model.layer.id === 'rankChange') return '2010–2014';
    const other = model.layer.id === 'change' ? compareYear(dataYears(s), year) : null;
    return other === null ? String(year) : `${Math.min(year, other)}–${Math.max(year, other)}`;
  };

  const meta = () => {
    const s = store.getState();
    return {
      title: `${model.layer.label(t)}, ${period(s)}`,
      spec: s.spec,
      extra: { layer: model.layer.id, year: String(year), language: t.lang },
      created: new Date().toISOString(),
    };
  };

  const svg = () => {
    const s = store.getState();
    // The boundary set on screen: an imported one in use, else the bundled 2014 regions.
    const userBounds = activeUserBoundaries(s.userData);
    const features = (userBounds?.features ?? KZ_2014) as typeof KZ_2014;
    const units = mapUnits(features, t.lang, userBounds?.scheme ?? '2014');
    const fillOf = (id: string) => {
      const key = dataKey(id, model.fill);
      return (key && model.fill.get(key)) || NO_DATA;
    };
    const width = 1000;
    const height = 620;
    const doc = mapSvg({
      features,
      fill: fillOf,
      noData: NO_DATA,
      width,
      height,
      title: `${model.layer.label(t)}, ${period(s)}`,
      subtitle: t('app.name'),
      legend: model.legend.map((e) => ({
        colour: e.colour,
        label: `${legendText(e, model, t)} (${e.count})`,
      })),
      labels:
        s.view.overlays.labels && units.length <= MAX_LABELLED_UNITS
          ? units.map((u) => ({ id: u.id, text: u.label, lon: u.lon, lat: u.lat, beside: u.small }))
          : [],
      symbols: units
        .filter((u) => u.small)
        .map((u) => ({ id: u.id, lon: u.lon, lat: u.lat, fill: fillOf(u.id) })),
      selected: s.view.selected,
      meta: meta(),
    });
    return { svg: doc, width, height };
  };

  return (
    <section className="view" aria-labelledby="map-title">
      <div className="view-head">
        <div>
          <h1 id="map-title">{t('map.title')}</h1>
          <p>{t('map.selectHint')}</p>
        </div>
        <ExportButtons
          name={fileStem('map', model.layer.id, stemOfData, year)}
          meta={meta}
          svg={svg}
          testid="map-export"
        />
      </div>
      <div className="view-grid">
        <aside>
          <MapControls extent={model.classified.extent} />
        </aside>
        <div className="panel map-wrap">
          <div className="map-stage" data-testid="map">
            <ChoroplethMap model={model} />
            <Legend model={model} />
          </div>
          <div className="selection-bar" aria-live="polite">
            {status === 'running' && <span className="status">{t('app.computing')}</span>}
            {selected.length > 0 && (
              <>
                <span>{t('map.selected', { names: '' })}</span>
                {selected.map((c) => (
                  <span className="chip" key={c}>
                    {regionName(c, t, true)}
                  </span>
                ))}
                <button type="button" className="button secondary small" onClick={clearSelection}>
                  {t('map.clearSelection')}
                </button>
              </>
            )}
          </div>
        </div>
      </div>
    </section>
  );
}
