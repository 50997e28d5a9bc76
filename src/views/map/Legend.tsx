/**
 * The map legend: a swatch, the class range (or label) and how many regions fall in it; and
 * the keys for the overlays that are on (the proposed IT-cluster sites, the published groups),
 * which the side panel shows under their switches so the legend on the map stays small.
 */
import { useT } from '../../i18n/useT.ts';
import type { LegendEntry, MapModel } from './mapModel.ts';
import { NO_DATA } from './palettes.ts';
import type { T } from '../../i18n/useT.ts';
import { useAppStore } from '../../state/react.tsx';
import { studyUnitsAreOwn } from '../../state/unitKind.ts';
import { groupsIn, sitesIn } from '../../state/resultsSlice.ts';
import { regionByCode } from '../../data/regions/registry.ts';
import { groupColour } from './groupColour.ts';
import { GROUPS_DATASET, SITES_DATASET } from './overlayData.ts';

/** '10,0 – 20,0', '< 10,0', '≥ 90,0', or the class label with its range. */
export function legendText(e: LegendEntry, model: MapModel, t: T): string {
  const named = model.layer.fixed?.labels(t)[e.cls];
  if (named) return named;
  const f = (v: number) =>
    model.layer.format ? model.layer.format(v, t) : t.num(v, model.layer.digits);
  const range =
    e.from === null && e.to === null
      ? model.classified.extent
        ? `${f(model.classified.extent[0])} – ${f(model.classified.extent[1])}`
        : ''
      : e.from === null
        ? `< ${f(e.to!)}`
        : e.to === null
          ? `≥ ${f(e.from)}`
          : `${f(e.from)} – ${f(e.to)}`;
  return e.label ? `${e.label}  ${range}` : range;
}

/** Keys for the overlays that are on; shown under their switches in the side panel. */
export function OverlayKeys() {
  const t = useT();
  const overlays = useAppStore((s) => s.view.overlays);
  const sites = useAppStore((s) => sitesIn(s.data, SITES_DATASET));
  const groups = useAppStore((s) => groupsIn(s.data, GROUPS_DATASET));
  const showSites = overlays.sites && !!sites;
  const showGroups = overlays.groups && !!groups;
  if (!showSites && !showGroups) return null;
  return (
    <ul className="map-groups-legend" data-testid="overlay-legend">
      {showSites && (
        <li>
          <span className="map-site-key" aria-hidden="true" />
          <span>{t('map.sitesKey', { n: sites.sites.length })}</span>
        </li>
      )}
      {showGroups &&
        groups.groups.map((g) => (
          <li key={g.id} data-group={g.id}>
            <span className="group-line" style={{ color: groupColour(g.id) }} aria-hidden="true" />
            <span>
              <strong>{g.id}</strong>{' '}
              {g.members.map((m) => regionByCode(m)?.shortNames[t.lang] ?? m).join(', ')}
            </span>
          </li>
        ))}
    </ul>
  );
}

export function Legend({ model, baikonur = false }: { model: MapModel; baikonur?: boolean }) {
  const t = useT();
  // Counted as units where the study's units are the user's own (state/unitKind.ts).
  const own = useAppStore(studyUnitsAreOwn);
  if (model.values.size === 0) return null;
  return (
    <div className="map-legend" data-testid="map-legend">
      <h3>{model.layer.label(t)}</h3>
      <ul>
        {model.legend.map((e, i) => (
          <li key={i}>
            <span className="swatch" style={{ background: e.colour }} aria-hidden="true" />
            <span>{legendText(e, model, t)}</span>
            <span className="legend-count">
              {t(own ? 'map.legendCount.units' : 'map.legendCount', { n: e.count })}
            </span>
          </li>
        ))}
        {model.missing > 0 && (
          <li>
            <span className="swatch" style={{ background: NO_DATA }} aria-hidden="true" />
            <span>{t('map.noData')}</span>
            <span className="legend-count">
              {t(own ? 'map.legendCount.units' : 'map.legendCount', { n: model.missing })}
            </span>
          </li>
        )}
        {baikonur && (
          <li className="baikonur-key" data-testid="baikonur-key">
            <span className="swatch baikonur-swatch" aria-hidden="true" />
            <span>
              <strong>{t('map.baikonur.name')}</strong>: {t('map.baikonur.note')}
            </span>
          </li>
        )}
      </ul>
    </div>
  );
}
