/**
 * A small map of the analysed units for #/spatial: d3-geo's Mercator fitted to the boundaries
 * in use, one path per unit (`data-region`, filled by `fill`), the brushed units outlined. A
 * click brushes one unit (shift adds); the same brush outlines points on the Moran scatter.
 */
import { forwardRef, useMemo } from 'react';
import { geoArea, geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export interface UnitMapProps {
  features: FeatureCollection<Polygon | MultiPolygon>;
  /** Fill of a unit by feature id (units not analysed get the no-data grey). */
  fill: (id: string) => string;
  /** Accessible name and tooltip text of a unit. */
  title: (id: string) => string;
  brushed: ReadonlySet<string>;
  onBrush: (ids: string[], add: boolean) => void;
  label: string;
  testid: string;
  width?: number;
  height?: number;
  /** Neighbour links to draw between [lon, lat] points (the connectivity map). */
  links?: ReadonlyArray<readonly [readonly [number, number], readonly [number, number]]>;
}

type PolyFeature = Feature<Polygon | MultiPolygon>;

/**
 * The feature with the winding d3-geo expects (clockwise exteriors; d3-geo README, "Spherical
 * Shapes"): a polygon whose spherical area exceeds a hemisphere was given the other way round
 * (as RFC 7946 files are), so every ring is reversed.
 */
function forD3Winding(f: PolyFeature): PolyFeature {
  if (geoArea(f) <= 2 * Math.PI) return f;
  const rev = (rings: Polygon['coordinates']) => rings.map((r) => [...r].reverse());
  return {
    ...f,
    geometry:
      f.geometry.type === 'Polygon'
        ? { type: 'Polygon', coordinates: rev(f.geometry.coordinates) }
        : { type: 'MultiPolygon', coordinates: f.geometry.coordinates.map(rev) },
  };
}

export const UnitMap = forwardRef<SVGSVGElement, UnitMapProps>(function UnitMap(
  { features, fill, title, brushed, onBrush, label, testid, width = 520, height = 320, links },
  ref,
) {
  const { paths, projection } = useMemo(() => {
    const fc = { ...features, features: features.features.map(forD3Winding) };
    const projection = geoMercator().fitSize([width, height], fc);
    const path = geoPath(projection);
    return {
      paths: fc.features.map((f) => ({ id: String(f.id), d: path(f) ?? '' })),
      projection,
    };
  }, [features, width, height]);
  const segments = useMemo(
    () =>
      (links ?? []).map(([a, b]) => {
        const [x1, y1] = projection([a[0], a[1]]) ?? [0, 0];
        const [x2, y2] = projection([b[0], b[1]]) ?? [0, 0];
        return { x1, y1, x2, y2 };
      }),
    [links, projection],
  );
  return (
    <svg
      ref={ref}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
      data-testid={testid}
      className="unit-map"
    >
      {paths.map((p) => (
        <path
          key={p.id}
          d={p.d}
          data-region={p.id}
          fill={fill(p.id)}
          stroke={brushed.has(p.id) ? '#111111' : '#ffffff'}
          strokeWidth={brushed.has(p.id) ? 2.5 : 0.8}
          className={brushed.has(p.id) ? 'is-brushed' : undefined}
          onClick={(e) => onBrush([p.id], e.shiftKey)}
        >
          <title>{title(p.id)}</title>
        </path>
      ))}
      {links && (
        <g data-testid={`${testid}-links`} pointerEvents="none">
          {segments.map((l, i) => (
            <line key={i} {...l} stroke="#1f3a5f" strokeWidth={1} strokeOpacity={0.7} />
          ))}
          {segments.map((l, i) => (
            <circle key={`c${i}`} cx={l.x1} cy={l.y1} r={1.6} fill="#1f3a5f" />
          ))}
        </g>
      )}
      {/* Brushed outlines drawn again on top so neighbours do not cover them. */}
      {paths
        .filter((p) => brushed.has(p.id))
        .map((p) => (
          <path
            key={`o-${p.id}`}
            d={p.d}
            fill="none"
            stroke="#111111"
            strokeWidth={2.5}
            pointerEvents="none"
          />
        ))}
    </svg>
  );
});
