/**
 * Map overlays drawn imperatively on the Leaflet map: region labels at the administrative
 * centres, the five proposed IT-cluster sites (seed 004) and the published region groups
 * (seed 003) as coloured outlines. All text goes in as DOM text, never as HTML.
 */
import L from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { KZ_2014 } from '../../data/boundaries/index.ts';
import { regionByCode } from '../../data/regions/registry.ts';
import { useT } from '../../i18n/useT.ts';
import { useAppStore } from '../../state/react.tsx';
import { groupsOf, sitesOf } from './overlayData.ts';
import { CATEGORICAL } from './palettes.ts';

const textNode = (text: string, className?: string): HTMLElement => {
  const el = document.createElement('span');
  if (className) el.className = className;
  el.textContent = text;
  return el;
};

export function Overlays() {
  const map = useMap();
  const t = useT();
  const overlays = useAppStore((s) => s.view.overlays);
  const sitesDs = useAppStore((s) => s.data.datasets['it-cluster-sites']);
  const groupsDs = useAppStore((s) => s.data.datasets['region-groups-published']);

  useEffect(() => {
    if (!overlays.labels) return;
    const g = L.layerGroup();
    for (const f of KZ_2014.features) {
      const r = regionByCode(f.id);
      if (!r) continue;
      // Cities sit on their oblast's label otherwise; nudge them aside.
      const dir = r.kind === 'city' ? 'right' : 'center';
      L.tooltip({ permanent: true, direction: dir, className: 'region-label', interactive: false })
        .setLatLng([r.centre.lat, r.centre.lon])
        .setContent(textNode(r.shortNames[t.lang]))
        .addTo(g);
    }
    g.addTo(map);
    return () => {
      g.remove();
    };
  }, [map, overlays.labels, t]);

  useEffect(() => {
    if (!overlays.sites || !sitesDs) return;
    const g = L.layerGroup();
    for (const site of sitesOf(sitesDs)) {
      const m = L.circleMarker([site.lat, site.lon], {
        radius: 7,
        color: '#111827',
        weight: 2,
        fillColor: '#ffffff',
        fillOpacity: 1,
      });
      m.bindTooltip(textNode(t('map.site', { name: site.names[t.lang] })), {
        permanent: true,
        direction: 'bottom',
        offset: [0, 6],
      });
      m.addTo(g);
    }
    g.addTo(map);
    return () => {
      g.remove();
    };
  }, [map, overlays.sites, sitesDs, t]);

  useEffect(() => {
    if (!overlays.groups || !groupsDs) return;
    const groupOf = groupsOf(groupsDs);
    const ids = [...new Set(groupOf.values())].sort((a, b) => a - b);
    const layer = L.geoJSON(KZ_2014, {
      interactive: false,
      style: (f) => {
        const gnum = groupOf.get(String(f?.id));
        return {
          fill: false,
          color:
            gnum === undefined
              ? 'transparent'
              : CATEGORICAL[ids.indexOf(gnum) % CATEGORICAL.length],
          weight: 4,
          opacity: 0.95,
          dashArray: '6 3',
        };
      },
    });
    layer.addTo(map);
    return () => {
      layer.remove();
    };
  }, [map, overlays.groups, groupsDs]);

  return null;
}
