/**
 * Map overlays drawn imperatively on the Leaflet map: region labels at the administrative
 * centres, the five proposed IT-cluster sites (seed 004, dataset it-cluster-sites) and the
 * published region groups (seed 003, dataset region-groups-published) as one outline per
 * group with its number. All text goes in as DOM text, never as HTML.
 */
import L from 'leaflet';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { useEffect, useMemo } from 'react';
import { useMap } from 'react-leaflet';
import { KZ_2014 } from '../../data/boundaries/index.ts';
import { baikonurArea } from '../../data/boundaries/baikonur.ts';
import { regionByCode } from '../../data/regions/registry.ts';
import { useT } from '../../i18n/useT.ts';
import { useAppStore } from '../../state/react.tsx';
import { groupsIn, sitesIn } from '../../state/resultsSlice.ts';
import type { Scheme } from '../../data/regions/registry.ts';
import { groupColour } from './groupColour.ts';
import { NO_DATA } from './palettes.ts';
import type { MapModel } from './mapModel.ts';
import { dataKey, mapUnits, MAX_LABELLED_UNITS } from './mapUnits.ts';
import {
  GROUPS_DATASET,
  groupMarks,
  regionsWithSiteAtCentre,
  SITES_DATASET,
  sitesOf,
} from './overlayData.ts';
import './overlays.css';

const textNode = (text: string, className?: string): HTMLElement => {
  const el = document.createElement('span');
  if (className) el.className = className;
  el.textContent = text;
  return el;
};

/** Two lines of text (name, then a muted second line) as DOM nodes. */
const twoLines = (first: string, second: string): HTMLElement => {
  const box = document.createElement('div');
  box.className = 'map-tooltip';
  const a = document.createElement('strong');
  a.textContent = first;
  const b = document.createElement('span');
  b.textContent = second;
  box.append(a, b);
  return box;
};

/**
 * Panes above the regions (Leaflet's overlayPane, z-index 400): a selected region is brought
 * to the front of its pane and would otherwise cover the outlines and the site markers.
 */
function pane(map: L.Map, name: string, zIndex: number): string {
  if (!map.getPane(name)) map.createPane(name).style.zIndex = String(zIndex);
  return name;
}

/** Id of the SVG pattern that hatches Baikonur's area (also in the exported map: mapSvg.ts). */
export const BAIKONUR_HATCH = 'atlas-baikonur-hatch';

/** Puts the hatch pattern into the <svg> holding `el`, once. */
function hatchDefs(el: Element) {
  const svg = el instanceof SVGElement ? el.ownerSVGElement : null;
  if (!svg || svg.querySelector(`#${BAIKONUR_HATCH}`)) return;
  const ns = 'http://www.w3.org/2000/svg';
  const defs =
    svg.querySelector('defs') ??
    svg.insertBefore(document.createElementNS(ns, 'defs'), svg.firstChild);
  const pat = document.createElementNS(ns, 'pattern');
  pat.setAttribute('id', BAIKONUR_HATCH);
  pat.setAttribute('patternUnits', 'userSpaceOnUse');
  pat.setAttribute('width', '6');
  pat.setAttribute('height', '6');
  pat.setAttribute('patternTransform', 'rotate(45)');
  const bg = document.createElementNS(ns, 'rect');
  bg.setAttribute('width', '6');
  bg.setAttribute('height', '6');
  bg.setAttribute('fill', '#f3f4f6');
  const line = document.createElementNS(ns, 'line');
  line.setAttribute('x1', '0');
  line.setAttribute('y1', '0');
  line.setAttribute('x2', '0');
  line.setAttribute('y2', '6');
  line.setAttribute('stroke', '#6b7280');
  line.setAttribute('stroke-width', '1.5');
  pat.append(bg, line);
  defs.append(pat);
}

interface OverlaysProps {
  model: MapModel;
  /** The boundary set on the map (bundled 2014 regions or an imported set). */
  features: FeatureCollection<Polygon | MultiPolygon>;
  scheme: Scheme;
}

export function Overlays({ model, features, scheme }: OverlaysProps) {
  const map = useMap();
  const t = useT();
  const selected = useAppStore((s) => s.view.selected);
  const toggleRegion = useAppStore((s) => s.toggleRegion);
  const units = useMemo(() => mapUnits(features, t.lang, scheme), [features, t.lang, scheme]);
  const overlays = useAppStore((s) => s.view.overlays);
  const sitesDs = useAppStore((s) => sitesIn(s.data, SITES_DATASET));
  const groupsDs = useAppStore((s) => groupsIn(s.data, GROUPS_DATASET));

  useEffect(() => {
    if (!overlays.labels) return;
    const g = L.layerGroup();
    const moved =
      overlays.sites && sitesDs
        ? regionsWithSiteAtCentre(sitesOf(sitesDs, t.lang))
        : new Set<string>();
    if (units.length > MAX_LABELLED_UNITS) return;
    for (const u of units) {
      // A unit drawn as a symbol (a city) has its name beside the symbol; a site marker on
      // the centre pushes the name below it.
      const dir = u.small ? 'right' : moved.has(u.id) ? 'bottom' : 'center';
      L.tooltip({
        permanent: true,
        direction: dir,
        className: 'region-label',
        interactive: false,
        offset: dir === 'bottom' ? [0, 4] : dir === 'right' ? [8, 0] : [0, 0],
      })
        .setLatLng([u.lat, u.lon])
        .setContent(textNode(u.label))
        .addTo(g);
    }
    g.addTo(map);
    return () => {
      g.remove();
    };
  }, [map, overlays.labels, overlays.sites, sitesDs, units, t]);

  // Baikonur's area (a hole in Kyzylorda's polygon, data/boundaries/baikonur.ts): hatched in
  // grey with a dashed outline, its name and a tooltip saying why it has no data. Not a region:
  // no data-region, never coloured by a class, not selectable.
  const baikonur = useMemo(() => baikonurArea(features), [features]);
  useEffect(() => {
    if (!baikonur) return;
    const note = t('map.baikonur.note');
    const name = t('map.baikonur.name');
    const layer = L.geoJSON(baikonur, {
      pane: pane(map, 'atlas-baikonur', 420),
      style: {
        fillColor: `url(#${BAIKONUR_HATCH})`,
        fillOpacity: 1,
        color: '#4b5563',
        weight: 1.2,
        dashArray: '4 3',
      },
    });
    layer.eachLayer((l) => {
      const p = l as L.Path;
      p.bindTooltip(twoLines(name, note), {
        sticky: true,
        direction: 'top',
        className: 'baikonur-tip',
      });
      p.on('add', () => {
        const el = p.getElement();
        if (!el) return;
        hatchDefs(el);
        el.setAttribute('data-testid', 'baikonur');
        el.setAttribute('role', 'img');
        el.setAttribute('aria-label', `${name}: ${note}`);
      });
    });
    const c = baikonur.geometry.coordinates[0];
    const lon = c.reduce((a, p) => a + p[0], 0) / c.length;
    const lat = c.reduce((a, p) => a + p[1], 0) / c.length;
    const label = L.tooltip({
      permanent: true,
      direction: 'center',
      className: 'region-label baikonur-label',
      interactive: false,
    })
      .setLatLng([lat, lon])
      .setContent(textNode(name));
    const g = L.layerGroup([layer]);
    if (overlays.labels) g.addLayer(label);
    g.addTo(map);
    return () => {
      g.remove();
    };
  }, [map, baikonur, overlays.labels, t]);

  // Units too small to see at the national view (Astana, Almaty, Shymkent) again as a circle
  // in their class colour, above the regions; clicking one selects the unit like its shape.
  useEffect(() => {
    const g = L.layerGroup();
    for (const u of units) {
      if (!u.small) continue;
      const key = dataKey(u.id, model.fill);
      const sel = selected.includes(u.id);
      const m = L.circleMarker([u.lat, u.lon], {
        radius: 6,
        color: '#1d2430',
        weight: sel ? 3 : 1.5,
        fillColor: (key && model.fill.get(key)) || NO_DATA,
        fillOpacity: 1,
        pane: pane(map, 'atlas-cities', 430),
      });
      m.on('add', () => {
        const el = m.getElement();
        if (!el) return;
        el.setAttribute('data-city', u.id);
        el.setAttribute('role', 'img');
        el.setAttribute('aria-label', u.label);
      });
      m.on('click', () => toggleRegion(u.id));
      m.bindTooltip(textNode(u.label), { direction: 'top', offset: [0, -6] });
      m.addTo(g);
    }
    g.addTo(map);
    return () => {
      g.remove();
    };
  }, [map, units, model, selected, toggleRegion]);

  useEffect(() => {
    if (!overlays.groups || !groupsDs) return;
    const g = L.layerGroup();
    for (const mark of groupMarks(groupsDs, KZ_2014)) {
      const colour = groupColour(mark.id);
      const title = t('map.group', { n: mark.id });
      const names = mark.members.map((m) => regionByCode(m)?.shortNames[t.lang] ?? m).join(', ');
      // A white casing under the coloured line keeps it visible on every fill colour.
      const lines = mark.outline.map((line) =>
        line.map(([lon, lat]) => [lat, lon] as L.LatLngTuple),
      );
      const groupsPane = pane(map, 'atlas-groups', 420);
      L.polyline(lines, {
        color: '#ffffff',
        weight: 6,
        opacity: 0.9,
        interactive: false,
        pane: groupsPane,
      }).addTo(g);
      L.polyline(lines, {
        color: colour,
        weight: 3,
        opacity: 1,
        dashArray: '8 4',
        pane: groupsPane,
      })
        .bindTooltip(twoLines(title, names), { sticky: true })
        .addTo(g);
      for (const b of mark.badges) {
        // Above the region's label, which sits on the centre.
        const badge = L.divIcon({
          className: 'group-badge-icon',
          iconSize: [18, 18],
          iconAnchor: [9, 28],
        });
        const m = L.marker([b.lat, b.lon], {
          icon: badge,
          keyboard: false,
          title: `${title}: ${names}`,
        });
        m.on('add', () => {
          const el = m.getElement();
          if (!el) return;
          el.replaceChildren(textNode(String(mark.id), 'group-badge'));
          (el.firstChild as HTMLElement).style.background = colour;
        });
        m.bindTooltip(twoLines(title, names), { direction: 'top', offset: [0, -28] });
        m.addTo(g);
      }
    }
    g.addTo(map);
    return () => {
      g.remove();
    };
  }, [map, overlays.groups, groupsDs, t]);

  useEffect(() => {
    if (!overlays.sites || !sitesDs) return;
    const g = L.layerGroup();
    for (const site of sitesOf(sitesDs, t.lang)) {
      const m = L.circleMarker([site.lat, site.lon], {
        radius: 7,
        color: '#111827',
        weight: 2.5,
        fillColor: '#ffd23f',
        fillOpacity: 1,
        className: 'site-marker-path',
        pane: pane(map, 'atlas-sites', 440),
      });
      const label = t('map.site', { name: site.name });
      m.bindTooltip(twoLines(label, site.city), { direction: 'top', offset: [0, -8] });
      // Reachable by keyboard: focus shows the same text tooltip as hover.
      m.on('add', () => {
        const el = m.getElement();
        if (!el) return;
        el.setAttribute('tabindex', '0');
        el.setAttribute('role', 'img');
        el.setAttribute('aria-label', `${label}, ${site.city}`);
        el.setAttribute('data-site', site.key);
        el.addEventListener('focus', () => m.openTooltip());
        el.addEventListener('blur', () => m.closeTooltip());
      });
      m.addTo(g);
    }
    g.addTo(map);
    return () => {
      g.remove();
    };
  }, [map, overlays.sites, sitesDs, t]);

  return null;
}
