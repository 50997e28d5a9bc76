/**
 * The Leaflet choropleth. Paths carry `data-region="<ISO code>"`, are keyboard focusable
 * (Enter/Space selects) and show a text-only tooltip (a DOM node built with textContent:
 * Leaflet would read a string as HTML). No tiles unless the user turns the basemap on.
 *
 * Above CANVAS_FEATURES features (benchmark grids, fine imported boundaries) the regions are
 * drawn on one canvas instead of one SVG path each: restyling 3,000 SVG paths took hundreds
 * of milliseconds per weight step (bench/results/ui.md). Canvas regions have no DOM element,
 * so they carry no data-region, tab stop or accessible name (the rating table lists the same
 * units and selects them); clicks and tooltips still work. The bundled 16/20-region maps
 * stay SVG. Each canvas restyle bumps `data-painted` on the map container (the redraw follows
 * in the next frame), so tests and the UI benchmark can see when the colours change.
 */
import L, { type LatLngBoundsExpression, type Path } from 'leaflet';
import { useEffect, useMemo, useRef } from 'react';
import { GeoJSON, MapContainer, TileLayer, useMap } from 'react-leaflet';
import type { Feature } from 'geojson';
import 'leaflet/dist/leaflet.css';
import { KZ_2014, type BoundaryFeature } from '../../data/boundaries/index.ts';
import { regionName } from './regionName.ts';
import { useT, type T } from '../../i18n/useT.ts';
import { useAppStore } from '../../state/react.tsx';
import type { MapModel } from './mapModel.ts';
import { Overlays } from './Overlays.tsx';
import { activeUserBoundaries } from '../../state/userData.ts';
import { dataKey } from './mapUnits.ts';

const BOUNDS: LatLngBoundsExpression = L.geoJSON(KZ_2014).getBounds();

/** Above this many features the regions are drawn on a canvas (see above). */
export const CANVAS_FEATURES = 1000;

// The legend sits in the top-right corner (overlays.css), where the country has only the
// north-eastern tip of East Kazakhstan: a right margin of about two thirds of the legend's
// width keeps that tip clear of it without shrinking the whole country.
const FIT: L.FitBoundsOptions = {
  paddingTopLeft: [12, 12],
  paddingBottomRight: [150, 12],
};

/** Tooltip content as a DOM node: region name, then the value or 'no data'. */
function tooltipNode(code: string, model: MapModel, t: T): HTMLElement {
  const box = document.createElement('div');
  box.className = 'map-tooltip';
  const name = document.createElement('strong');
  name.textContent = regionName(code, t);
  const value = document.createElement('span');
  const key = dataKey(code, model.values);
  const v = key === undefined ? undefined : model.values.get(key);
  const layer = model.layer;
  const text =
    v === null || v === undefined || !Number.isFinite(v)
      ? t('map.noData')
      : layer.format
        ? layer.format(v, t)
        : t.num(v, layer.digits);
  const cls = model.legend.find((e) => e.label && key && model.fill.get(key) === e.colour)?.label;
  value.textContent = `${layer.label(t)}: ${text}${cls ? ` (${cls})` : ''}`;
  box.append(name, value);
  return box;
}

interface Live {
  model: MapModel;
  t: T;
  selected: string[];
  toggleRegion: (code: string) => void;
}

/** Tag a region's path for tests, keyboard and screen readers (once per element). */
function decorate(path: Path, code: string, live: { current: Live }) {
  const el = path.getElement();
  if (!el || el.getAttribute('data-region') === code) return;
  el.setAttribute('data-region', code);
  el.setAttribute('tabindex', '0');
  el.setAttribute('role', 'button');
  el.setAttribute('aria-pressed', String(live.current.selected.includes(code)));
  el.setAttribute(
    'aria-label',
    tooltipNode(code, live.current.model, live.current.t).textContent ?? code,
  );
  el.addEventListener('keydown', (e: Event) => {
    if (!(e instanceof KeyboardEvent)) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      live.current.toggleRegion(code);
    }
  });
  el.addEventListener('focus', () => path.openTooltip());
  el.addEventListener('blur', () => path.closeTooltip());
}

/** Tags every region path on the map, now and whenever a layer is added. */
function TagRegions({ live, off }: { live: { current: Live }; off: boolean }) {
  const map = useMap();
  useEffect(() => {
    // Canvas regions have no elements to tag, and a walk over thousands of layers on each
    // of their thousands of 'layeradd' events would take seconds.
    if (off) return;
    const tagAll = () =>
      map.eachLayer((l) => {
        const p = l as Path & { feature?: Feature };
        if (
          p.feature &&
          p.feature.properties?.kind !== 'baikonur' &&
          typeof p.getElement === 'function' &&
          p.options.interactive !== false
        )
          decorate(p, String(p.feature.id ?? ''), live);
      });
    tagAll();
    map.on('layeradd', tagAll);
    return () => {
      map.off('layeradd', tagAll);
    };
  }, [map, live, off]);
  return null;
}

/**
 * The bundled boundaries' credit in the interface language. A layer's `attribution` option is
 * read once, when the layer is added, so a language switch would leave the old text behind.
 * Leaflet's own credit (the prefix) gets its tooltip in the interface language too: Leaflet's
 * default says "A JavaScript library for interactive maps" in English.
 */
function Attribution({ on }: { on: boolean }) {
  const map = useMap();
  const t = useT();
  useEffect(() => {
    const control = map.attributionControl;
    if (!control) return;
    // Our own dictionary text and a fixed link (nothing user-supplied); the title is escaped.
    const title = t('map.leafletTitle').replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
    control.setPrefix(`<a href="https://leafletjs.com" title="${title}">Leaflet</a>`);
  }, [map, t]);
  useEffect(() => {
    const control = map.attributionControl;
    if (!on || !control) return;
    // Our own dictionary text (Leaflet inserts attributions as HTML; nothing user-supplied).
    const text = t('map.attribution');
    control.addAttribution(text);
    return () => {
      control.removeAttribution(text);
    };
  }, [map, t, on]);
  return null;
}

function FitOnResize({ bounds }: { bounds: LatLngBoundsExpression }) {
  const map = useMap();
  const presentation = useAppStore((s) => s.view.presentation);
  useEffect(() => {
    // Without animation: a zoom animation still running when the view is left (a click on
    // another tab within the frame) makes Leaflet read the removed panes' positions
    // ("Cannot read properties of undefined (reading '_leaflet_pos')"), seen in the spatial
    // browser test that leaves #/map right after choosing a layer.
    const fit = () => {
      map.invalidateSize({ animate: false });
      map.fitBounds(bounds, { ...FIT, animate: false });
    };
    const id = setTimeout(fit, 250);
    // Print lays the page out anew (no side panel, the paper's width): fit the country to the
    // printed frame as it is laid out, and back to the screen's afterwards.
    const print = window.matchMedia?.('print');
    const onPrintChange = () => fit();
    print?.addEventListener?.('change', onPrintChange);
    window.addEventListener('beforeprint', fit);
    window.addEventListener('afterprint', fit);
    return () => {
      clearTimeout(id);
      print?.removeEventListener?.('change', onPrintChange);
      window.removeEventListener('beforeprint', fit);
      window.removeEventListener('afterprint', fit);
    };
  }, [map, presentation, bounds]);
  return null;
}

export function ChoroplethMap({ model }: { model: MapModel }) {
  const t = useT();
  const selected = useAppStore((s) => s.view.selected);
  const basemap = useAppStore((s) => s.view.overlays.basemap);
  const toggleRegion = useAppStore((s) => s.toggleRegion);
  // An imported boundary set in use replaces the bundled 2014 boundaries (state/userData.ts).
  const userBounds = useAppStore((s) => activeUserBoundaries(s.userData));
  const features = userBounds?.features ?? KZ_2014;
  const bounds = useMemo(
    () => (userBounds ? L.geoJSON(userBounds.features).getBounds() : BOUNDS),
    [userBounds],
  );
  const geoRef = useRef<L.GeoJSON | null>(null);
  const onCanvas = features.features.length > CANVAS_FEATURES;
  // One canvas renderer per map; Leaflet adds it to the map with the first layer using it.
  const canvas = useMemo(() => L.canvas(), []);
  // Last style applied to each path: a step restyles only regions whose colour or
  // highlight changed (a style call costs attribute writes or a canvas redraw).
  const applied = useRef(new WeakMap<Path, L.PathOptions>());
  // Handlers bound once per path read the latest values through refs.
  const live = useRef<Live>({ model, t, selected, toggleRegion });
  useEffect(() => {
    live.current = { model, t, selected, toggleRegion };
  });

  const style = useMemo(
    () =>
      (f?: Feature): L.PathOptions => {
        const code = String(f?.id ?? '');
        const sel = selected.includes(code);
        const key = dataKey(code, model.fill);
        return {
          fillColor: (key && model.fill.get(key)) || '#d9dde3',
          fillOpacity: 0.92,
          color: sel ? '#111827' : '#ffffff',
          weight: sel ? 3 : 1,
          opacity: 1,
        };
      },
    [model, selected],
  );

  // react-leaflet restyles every path of a GeoJSON layer whenever its `style` prop changes:
  // hand it one function for the layer's life (new paths read the latest style through the
  // ref) and restyle only what changed below.
  const styleRef = useRef(style);
  useEffect(() => {
    styleRef.current = style;
  }, [style]);
  const initialStyle = useMemo(() => (f?: Feature) => styleRef.current(f), []);

  // Recolour and re-highlight in place instead of rebuilding the layer.
  useEffect(() => {
    const g = geoRef.current;
    if (!g) return;
    const chosen = new Set(selected);
    let changed = 0;
    g.eachLayer((l) => {
      const p = l as Path & { feature?: Feature };
      const code = String(p.feature?.id ?? '');
      const st = style(p.feature);
      const before = applied.current.get(p);
      // Only what changed: a new `weight` makes Leaflet re-measure the path's bounds.
      const diff: L.PathOptions = {};
      if (before?.fillColor !== st.fillColor) diff.fillColor = st.fillColor;
      if (before?.color !== st.color) diff.color = st.color;
      if (before?.weight !== st.weight) diff.weight = st.weight;
      if (before && Object.keys(diff).length === 0) return;
      applied.current.set(p, st);
      changed++;
      decorate(p, code, live);
      p.setStyle(before ? diff : st);
      if (chosen.has(code)) p.bringToFront();
      p.getElement()?.setAttribute('aria-pressed', String(chosen.has(code)));
    });
    if (onCanvas && changed > 0) {
      // setStyle above queued Leaflet's canvas redraw for the next animation frame; any
      // frame callback a watcher queues after seeing this attribute runs after that redraw.
      const box = g.getPane()?.closest('.leaflet-container');
      box?.setAttribute('data-painted', String(Number(box.getAttribute('data-painted')) + 1));
    }
  }, [style, selected, onCanvas]);

  // Accessible names follow the language and the layer.
  useEffect(() => {
    geoRef.current?.eachLayer((l) => {
      const p = l as Path & { feature?: Feature };
      const code = String(p.feature?.id ?? '');
      p.getElement()?.setAttribute('aria-label', tooltipNode(code, model, t).textContent ?? code);
    });
  }, [model, t]);

  const onEachFeature = (feature: Feature, layer: L.Layer) => {
    const code = String((feature as BoundaryFeature).id);
    const path = layer as Path;
    path.bindTooltip(() => tooltipNode(code, live.current.model, live.current.t), {
      sticky: true,
      direction: 'top',
      offset: [0, -8],
    });
    path.on('add', () => decorate(path, code, live));
    path.on('click', () => live.current.toggleRegion(code));
  };

  return (
    <MapContainer
      className="map-canvas"
      bounds={BOUNDS}
      boundsOptions={FIT}
      zoomSnap={0.25}
      zoomDelta={0.5}
      minZoom={3}
      maxZoom={9}
      attributionControl
      keyboard
    >
      {basemap && (
        <TileLayer
          url="https://tile.openstreetmap.org/{z}/{x}/{y}.png"
          attribution="&copy; OpenStreetMap contributors"
          opacity={0.6}
        />
      )}
      <GeoJSON
        ref={geoRef}
        key={userBounds?.id ?? 'bundled'}
        data={features}
        style={initialStyle}
        // GeoJSON passes its options to each path; react-leaflet's types omit `renderer`.
        {...(onCanvas ? { renderer: canvas } : {})}
        onEachFeature={onEachFeature}
      />
      <Overlays model={model} features={features} scheme={userBounds?.scheme ?? '2014'} />
      <TagRegions live={live} off={onCanvas} />
      <FitOnResize bounds={bounds} />
      <Attribution on={!userBounds} />
    </MapContainer>
  );
}
