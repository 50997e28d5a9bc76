/**
 * The cluster map as the shared choropleth (views/map) reads it: a MapModel whose value per
 * region is its group number and whose fill is the group's colour, the same colour the
 * dendrogram gives the group's leaves.
 */
import type { CategoricalPaletteId } from '../../core/index.ts';
import type { T } from '../../i18n/useT.ts';
import type { MapModel } from '../map/mapModel.ts';
import type { LayerValues, MapLayerDef } from '../map/layers.ts';
import { clusterColour } from './clusterColours.ts';

export function clusterMapModel(
  keys: readonly string[],
  labels: readonly number[],
  title: (t: T) => string,
  palette: CategoricalPaletteId = 'okabe-ito',
): MapModel {
  const values: LayerValues = new Map(keys.map((k, i) => [k, labels[i] ?? null]));
  const layer: MapLayerDef = {
    id: 'clusters',
    label: title,
    scale: 'sequential',
    indexScale: false,
    digits: 0,
    values: () => values,
    format: (v, t) => t('clustering.groupN', { n: v }),
  };
  const k = labels.reduce((m, g) => Math.max(m, g), 0);
  const fill = new Map(keys.map((key, i) => [key, clusterColour(labels[i], k, palette)]));
  return {
    layer,
    values,
    classified: { breaks: [], classes: [], counts: [], extent: null },
    fill,
    legend: [],
    missing: 0,
  };
}
