/** The map's side panel: variable, year, classification, palette, overlays. */
import { studyUnitsAreOwn } from '../../state/unitKind.ts';
import { useMemo, useState } from 'react';
import type { Issue } from '../../core/index.ts';
import { useT } from '../../i18n/useT.ts';
import { useAppStore } from '../../state/react.tsx';
import {
  CLASS_METHODS,
  PALETTE_IDS,
  type ClassMethod,
  type Overlays,
  type PaletteId,
} from '../../state/viewState.ts';
import { checkBreaks } from './classify.ts';
import { IssueText } from '../common/IssueText.tsx';
import { mapLayers } from './layers.ts';
import { YearSwitch } from '../common/YearSwitch.tsx';
import { OverlayKeys } from './Legend.tsx';

export function MapControls({ extent = null }: { extent?: readonly [number, number] | null }) {
  const t = useT();
  const own = useAppStore(studyUnitsAreOwn);
  const [breakIssues, setBreakIssues] = useState<Issue[]>([]);
  const rating = useAppStore((s) => s.spec.rating);
  const layerId = useAppStore((s) => s.view.mapLayer);
  const cls = useAppStore((s) => s.view.classification);
  const palette = useAppStore((s) => s.view.palette);
  const overlays = useAppStore((s) => s.view.overlays);
  const setMapLayer = useAppStore((s) => s.setMapLayer);
  const setClassification = useAppStore((s) => s.setClassification);
  const setPalette = useAppStore((s) => s.setPalette);
  const setOverlay = useAppStore((s) => s.setOverlay);
  const data = useAppStore((s) => s.spec.data);
  const layers = useMemo(() => mapLayers({ rating, data }), [rating, data]);
  const layer = layers.find((l) => l.id === layerId) ?? layers[0];
  const fixed = layer.method === 'paper' || !!layer.fixed;
  const usesK = !fixed && ['quantile', 'equal', 'jenks', 'stddev'].includes(cls.method);
  // Typed breaks are checked part by part; with an error nothing is applied, and every problem
  // is listed next to the field.
  const applyBreaks = (text: string) => {
    const checked = checkBreaks(text, extent);
    setBreakIssues(checked.issues);
    if (!checked.issues.some((i) => i.severity === 'error'))
      setClassification({ breaks: checked.breaks });
  };

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
      {layer.centred && cls.method !== 'custom' && (
        <p className="muted" data-testid="map-centred-hint">
          {t('map.centredHint', { k: Math.max(1, Math.floor(cls.k / 2)) * 2 })}
        </p>
      )}
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
            aria-invalid={breakIssues.some((i) => i.severity === 'error')}
            aria-describedby={breakIssues.length > 0 ? 'map-breaks-issues' : undefined}
            onBlur={(e) => applyBreaks(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') applyBreaks(e.currentTarget.value);
            }}
          />
          {breakIssues.length > 0 && (
            <ul
              id="map-breaks-issues"
              className="field-issues"
              role="alert"
              data-testid="map-breaks-issues"
            >
              {breakIssues.map((i, k) => (
                <li key={k} className={i.severity}>
                  <IssueText issue={i} />
                </li>
              ))}
            </ul>
          )}
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
        {/* The papers' layers (IT-cluster sites, region groups) mark regions: not offered
            over the user's own units (state/unitKind.ts), which they cannot mark. */}
        {(
          (own
            ? ['labels', 'basemap']
            : ['labels', 'sites', 'groups', 'basemap']) as (keyof Overlays)[]
        ).map((k) => (
          <label className="check" key={k}>
            <input
              type="checkbox"
              data-testid={`overlay-${k}`}
              checked={overlays[k]}
              onChange={(e) => setOverlay(k, e.target.checked)}
            />
            {t(own && k === 'labels' ? 'map.overlay.labels.units' : `map.overlay.${k}`)}
          </label>
        ))}
        <OverlayKeys />
      </fieldset>
    </div>
  );
}
