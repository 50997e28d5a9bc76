/** The map view: controls, the choropleth with its legend, the selection and exports. */
import { studyUnitsAreOwn } from '../../state/unitKind.ts';
import { useT } from '../../i18n/useT.ts';
import { useAppStore, useAppStoreApi } from '../../state/react.tsx';
import { KZ_2014 } from '../../data/boundaries/index.ts';
import { baikonurArea } from '../../data/boundaries/baikonur.ts';
import { activeUserBoundaries } from '../../state/userData.ts';
import { ExportButtons } from '../common/ExportButtons.tsx';
import { fileStem } from '../common/export.ts';
import { sourceStem, specSource } from '../common/exportSource.ts';
import { ChoroplethMap } from './ChoroplethMap.tsx';
import { SmallMultiplesView } from './SmallMultiplesView.tsx';
import { regionName } from './regionName.ts';
import { Legend, legendText } from './Legend.tsx';
import { MapControls } from './MapControls.tsx';
import { selectMapModel } from './mapModel.ts';
import { mapSvg } from './mapSvg.ts';
import { dataKey, mapUnits, MAX_LABELLED_UNITS } from './mapUnits.ts';
import { NO_DATA } from './palettes.ts';
import { groupColour } from './groupColour.ts';
import {
  GROUPS_DATASET,
  groupMarks,
  regionsWithSiteAtCentre,
  SITES_DATASET,
  sitesOf,
} from './overlayData.ts';
import { classWords, ratingWords } from '../common/methodWords.ts';
import { groupsIn, sitesIn } from '../../state/resultsSlice.ts';
import { compareYear, dataYears } from '../../state/dataYears.ts';
import type { AppState } from '../../state/store.ts';
import { studyOf } from '../../state/study.ts';
import { OwnUnitsNotice } from '../common/OwnUnitsNotice.tsx';

export default function MapView() {
  const t = useT();
  const store = useAppStoreApi();
  const model = useAppStore(selectMapModel);
  const selected = useAppStore((s) => s.view.selected);
  const year = useAppStore((s) => s.view.year);
  const clearSelection = useAppStore((s) => s.clearSelection);
  const status = useAppStore((s) => s.results.status);
  // Baikonur's area is drawn where the boundaries on the map cut it out of Kyzylorda.
  const hasBaikonur = useAppStore(
    (s) => baikonurArea(activeUserBoundaries(s.userData)?.features ?? KZ_2014) !== null,
  );

  // The user's own units (districts, hexagons) are not called regions (state/unitKind.ts).
  const own = useAppStore(studyUnitsAreOwn);
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
      spec: studyOf(s),
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
    // The overlays switched on go into the file as they are on screen (map/Overlays.tsx).
    const sitesDs = s.view.overlays.sites ? sitesIn(s.data, SITES_DATASET) : undefined;
    const groupsDs = s.view.overlays.groups ? groupsIn(s.data, GROUPS_DATASET) : undefined;
    const sites = sitesDs ? sitesOf(sitesDs, t.lang) : [];
    const moved = regionsWithSiteAtCentre(sites);
    const label = (u: (typeof units)[number]) => ({
      id: u.id,
      text: u.label,
      lon: u.lon,
      lat: u.lat,
      beside: u.small,
      below: !u.small && moved.has(u.id),
    });
    return mapSvg({
      features,
      fill: fillOf,
      noData: NO_DATA,
      width: 820,
      height: 520,
      title: `${model.layer.label(t)}, ${period(s)}`,
      // The rating's method applies to the layers the rating computes; an indicator's own
      // values, the published index and the spatial layers have only the classes.
      subtitle: /^(index|class|change|rankChange|sub:)/.test(model.layer.id)
        ? `${ratingWords(s.spec, t)}; ${classWords(s.spec, t, model.layer.centred)}`
        : classWords(s.spec, t),
      legendTitle: t('map.legend'),
      // The legend as on screen (map/Legend.tsx), the no-data entry included.
      legend: [
        ...model.legend.map((e) => ({
          colour: e.colour,
          label: `${legendText(e, model, t)} (${t(own ? 'map.legendCount.units' : 'map.legendCount', { n: e.count })})`,
        })),
        ...(model.missing > 0
          ? [
              {
                colour: NO_DATA,
                label: `${t('map.noData')} (${t(own ? 'map.legendCount.units' : 'map.legendCount', { n: model.missing })})`,
              },
            ]
          : []),
      ],
      baikonur: baikonurArea(features)
        ? {
            area: baikonurArea(features)!,
            name: t('map.baikonur.name'),
            note: t('map.baikonur.note'),
          }
        : undefined,
      labels: s.view.overlays.labels && units.length <= MAX_LABELLED_UNITS ? units.map(label) : [],
      symbols: units
        .filter((u) => u.small)
        .map((u) => ({ id: u.id, lon: u.lon, lat: u.lat, fill: fillOf(u.id) })),
      sites: sites.map((x) => ({ key: x.key, lon: x.lon, lat: x.lat })),
      siteLegend: sitesDs ? t('map.sitesKey', { n: sitesDs.sites.length }) : undefined,
      outlines: groupsDs
        ? groupMarks(groupsDs, KZ_2014).map((g) => ({
            id: g.id,
            colour: groupColour(g.id),
            lines: g.outline,
            badges: g.badges,
          }))
        : [],
      outlineLegend: (n) => t('map.group', { n }),
      selected: s.view.selected,
      meta: meta(),
    });
  };

  return (
    <section className="view" aria-labelledby="map-title">
      <div className="view-head">
        <div>
          <h1 id="map-title">{t(own ? 'map.title.units' : 'map.title')}</h1>
          <p className="no-print">{t(own ? 'map.selectHint.units' : 'map.selectHint')}</p>
        </div>
        <ExportButtons
          name={fileStem('map', model.layer.id, stemOfData, year)}
          meta={meta}
          svg={svg}
          testid="map-export"
        />
      </div>
      <OwnUnitsNotice />
      <div className="view-grid">
        <aside>
          <MapControls extent={model.classified.extent} />
        </aside>
        <div className="panel map-wrap">
          <div className="map-stage" data-testid="map">
            <ChoroplethMap model={model} />
            <Legend model={model} baikonur={hasBaikonur} />
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
      <SmallMultiplesView />
    </section>
  );
}
