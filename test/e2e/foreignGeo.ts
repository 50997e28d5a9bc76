/**
 * A foreign 20-region boundary file for browser tests (issue 11): SYNTHETIC rectangles
 * (±0.4° lon, ±0.25° lat) around each of today's units' administrative centres from the
 * registry, keyed by numeric ISO code and a Kazakh Latin name, in shuffled order. Not
 * boundaries: never shipped, never drawn from a licensed source.
 */
import { REGIONS } from '../../src/data/regions/registry.ts';

/** Kazakh Latin names as a foreign file might carry them, by today's ISO code. */
const KAZAKH_LATIN: Record<string, string> = {
  'KZ-10': 'Abai oblysy',
  'KZ-11': 'Aqmola oblysy',
  'KZ-15': 'Aqtöbe oblysy',
  'KZ-19': 'Almaty oblysy',
  'KZ-23': 'Atyraū oblysy',
  'KZ-27': 'Batys Qazaqstan oblysy',
  'KZ-31': 'Jambyl oblysy',
  'KZ-33': 'Jetisu oblysy',
  'KZ-35': 'Qaraǵandy oblysy',
  'KZ-39': 'Qostanai oblysy',
  'KZ-43': 'Qyzylorda oblysy',
  'KZ-47': 'Mańǵystaū oblysy',
  'KZ-55': 'Pavlodar oblysy',
  'KZ-59': 'Soltüstik Qazaqstan oblysy',
  'KZ-61': 'Türkistan oblysy',
  'KZ-62': 'Ulytau oblysy',
  'KZ-63': 'Shyǵys Qazaqstan oblysy',
  'KZ-71': 'Astana qalasy',
  'KZ-75': 'Almaty qalasy',
  'KZ-79': 'Shymkent qalasy',
};

/** 20 synthetic rectangles keyed by numeric ISO code and a Kazakh Latin name, in shuffled order. */
export function foreignGeoJson(): string {
  const units = REGIONS.filter((r) => r.schemes.includes('current'));
  const features = units.map((r, i) => {
    const c = r.centreCurrent ?? r.centre;
    // Shymkent sits inside Turkistan's rectangle otherwise.
    const lat = r.id === 'shymkent' ? c.lat - 0.6 : c.lat;
    const [w, e, s, n] = [c.lon - 0.4, c.lon + 0.4, lat - 0.25, lat + 0.25];
    return {
      type: 'Feature',
      properties: {
        shapeISO: r.code.current,
        shapeName: KAZAKH_LATIN[r.code.current!],
        shapeID: `SYN-${i}`,
      },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [w, s],
            [e, s],
            [e, n],
            [w, n],
            [w, s],
          ],
        ],
      },
    };
  });
  features.sort((a, b) => a.properties.shapeName.localeCompare(b.properties.shapeName));
  return JSON.stringify({
    type: 'FeatureCollection',
    name: 'SYNTHETIC test geometry: rectangles around regional centres, not boundaries',
    features,
  });
}
