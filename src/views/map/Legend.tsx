/** The map legend: a swatch, the class range (or label) and how many regions fall in it. */
import { useT } from '../../i18n/useT.ts';
import type { LegendEntry, MapModel } from './mapModel.ts';
import { NO_DATA } from './palettes.ts';
import type { T } from '../../i18n/useT.ts';

/** '10,0 – 20,0', '< 10,0', '≥ 90,0', or the class label with its range. */
export function legendText(e: LegendEntry, model: MapModel, t: T): string {
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

export function Legend({ model }: { model: MapModel }) {
  const t = useT();
  if (model.values.size === 0) return null;
  return (
    <div className="map-legend" data-testid="map-legend">
      <h3>{model.layer.label(t)}</h3>
      <ul>
        {model.legend.map((e, i) => (
          <li key={i}>
            <span className="swatch" style={{ background: e.colour }} aria-hidden="true" />
            <span>{legendText(e, model, t)}</span>
            <span className="legend-count">{t('map.legendCount', { n: e.count })}</span>
          </li>
        ))}
        {model.missing > 0 && (
          <li>
            <span className="swatch" style={{ background: NO_DATA }} aria-hidden="true" />
            <span>{t('map.noData')}</span>
            <span className="legend-count">{t('map.legendCount', { n: model.missing })}</span>
          </li>
        )}
      </ul>
    </div>
  );
}
