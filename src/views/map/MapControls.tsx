/** The map's side panel: variable, year, classification, palette, overlays. */
import { useMemo } from 'react';
import { useT } from '../../i18n/useT.ts';
import { useAppStore } from '../../state/react.tsx';
import {
  CLASS_METHODS,
  PALETTE_IDS,
  type ClassMethod,
  type Overlays,
  type PaletteId,
} from '../../state/viewState.ts';
import { parseBreaks } from './classify.ts';
import { mapLayers } from './layers.ts';
import { YearSwitch } from '../common/YearSwitch.tsx';
import { OverlayKeys } from './Legend.tsx';

export function MapControls() {
  const t = useT();
  const rating = useAppStore((s) => s.spec.rating);
  const layerId = useAppStore((s) => s.view.mapLayer);
  const cls = useAppStore((s) => s.view.classification);
  const palette = useAppStore((s) => s.view.palette);
  const overlays = useAppStore((s) => s.view.overlays);
  const setMapLayer = useAppStore((s) => s.setMapLayer);
  const setClassification = useAppStore((s) => s.setClassification);
  const setPalette = useAppStore((s) => s.setPalette);
  const setOverlay = useAppStore((s) => s.setOverlay);
  const layers = useMemo(() => mapLayers(rating), [rating]);
  const layer = layers.find((l) => l.id === layerId) ?? layers[0];
  const fixed = layer.method === 'paper' || !!layer.fixed;
  const usesK = !fixed && ['quantile', 'equal', 'jenks', 'stddev'].includes(cls.method);

  return (
    <div className="panel" data-testid="map-controls">
      <label className="field">
        <span>{t('map.layer')}</span>
        <select
          data-testid="map-layer"
          value={layer.id}
          onChange={(e) => setMapLayer(e.target.value)}
        >
          {layers.map((l) => (
            <option key={l.id} value={l.id}>
              {l.label(t)}
            </option>
          ))}
        </select>
      </label>
      {layer.id !== 'rankChange' && <YearSwitch />}
      <label className="field">
        <span>{t('map.method')}</span>
        <select
          data-testid="map-method"
          value={layer.fixed ? 'custom' : fixed ? 'paper' : cls.method}
          disabled={fixed}
          onChange={(e) => setClassification({ method: e.target.value as ClassMethod })}
        >
          {CLASS_METHODS.filter((m) => m !== 'paper' || layer.indexScale).map((m) => (
            <option key={m} value={m}>
              {t(`map.method.${m}`)}
            </option>
          ))}
        </select>
      </label>
      {usesK && (
        <label className="field">
          <span>{t('map.classes')}</span>
          <select
            data-testid="map-k"
            value={cls.k}
            onChange={(e) => setClassification({ k: Number(e.target.value) })}
          >
            {[3, 4, 5, 6, 7].map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
      )}
      {!fixed && cls.method === 'custom' && (
        <label className="field">
          <span>{t('map.customBreaks')}</span>
          <input
            type="text"
            data-testid="map-breaks"
            defaultValue={cls.breaks.join('; ')}
            onBlur={(e) => setClassification({ breaks: parseBreaks(e.target.value) })}
            onKeyDown={(e) => {
              if (e.key === 'Enter')
                setClassification({ breaks: parseBreaks(e.currentTarget.value) });
            }}
          />
        </label>
      )}
      <label className="field">
        <span>{t('map.palette')}</span>
        <select
          data-testid="map-palette"
          value={palette ?? ''}
          onChange={(e) => setPalette((e.target.value || null) as PaletteId | null)}
        >
          <option value="">{t('palette.auto')}</option>
          {PALETTE_IDS.map((p) => (
            <option key={p} value={p}>
              {t(`palette.${p}`)}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="field" style={{ border: 0, padding: 0, margin: 0 }}>
        <legend className="field-label">{t('map.overlays')}</legend>
        {(['labels', 'sites', 'groups', 'basemap'] as (keyof Overlays)[]).map((k) => (
          <label className="check" key={k}>
            <input
              type="checkbox"
              data-testid={`overlay-${k}`}
              checked={overlays[k]}
              onChange={(e) => setOverlay(k, e.target.checked)}
            />
            {t(`map.overlay.${k}`)}
          </label>
        ))}
        <OverlayKeys />
      </fieldset>
    </div>
  );
}
