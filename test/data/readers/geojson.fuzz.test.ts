/**
 * Property-based robustness of the boundary readers: malformed GeoJSON (wrong types, NaN and
 * projected coordinates, short and open rings, odd properties, script payloads in names) must
 * always give a Result; every rejection names the feature (and property where it applies);
 * property strings come back unchanged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { geoJsonToBoundaries } from '../../../src/data/readers/geojson.ts';
import { topologyToBoundaries } from '../../../src/data/readers/topojson.ts';
import { PAYLOADS, badNumbers } from './fuzzHelpers.ts';

// Thousands of generated inputs take tens of seconds on a loaded 2-core machine; the test
// checks robustness, not speed (speed belongs in benchmarks).
const FUZZ_TIMEOUT_MS = 180_000;

const num = fc.oneof(
  fc.double({ min: -200, max: 200, noNaN: true }),
  fc.constantFrom(NaN, Infinity, 7_725_000, -1e6, 0),
  fc.integer({ min: 40, max: 90 }),
);
const pos = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(num, num) },
  fc.constantFrom<unknown>([], [1], 'x', null, [1, 'a']),
);
const ring = fc
  .array(pos, { minLength: 0, maxLength: 7 })
  .chain((r) => fc.constantFrom(r, r.length > 0 ? [...r, r[0]] : r));
const poly = fc.array(ring, { minLength: 0, maxLength: 2 });
const geometry = fc.oneof(
  poly.map((c) => ({ type: 'Polygon', coordinates: c })),
  fc.array(poly, { maxLength: 2 }).map((c) => ({ type: 'MultiPolygon', coordinates: c })),
  fc.constantFrom<unknown>(
    null,
    { type: 'Point', coordinates: [1, 2] },
    {
      type: 'LineString',
      coordinates: [
        [1, 2],
        [3, 4],
      ],
    },
    5,
    'Polygon',
    {},
  ),
);
const name = fc.oneof(
  fc.constantFrom('Akmola', 'Ақмола облысы', 'г. Шымкент', 'KZ-11', 'KZ.AT', 'Atlantis', ''),
  fc.constantFrom(...PAYLOADS),
  fc.string({ maxLength: 10 }),
);
const properties = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record(
      {
        name,
        NAME_1: name,
        iso_3166_2: name,
        extra: fc.oneof(name, fc.integer(), fc.constant(null)),
      },
      { requiredKeys: [] },
    ),
  },
  fc.constantFrom<unknown>(null, 'props', [1, 2], 42),
);
const feature = fc.oneof(
  {
    weight: 9,
    arbitrary: fc.record({
      type: fc.constant('Feature'),
      id: fc.oneof(name, fc.integer(), fc.constant(undefined)),
      properties,
      geometry,
    }),
  },
  fc.constantFrom<unknown>(null, 1, 'Feature', { type: 'Feature' }),
);
const root = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .array(feature, { maxLength: 5 })
      .map((features) => ({ type: 'FeatureCollection', features })),
  },
  feature,
  geometry,
  fc.constantFrom<unknown>(
    { type: 'FeatureCollection' },
    { type: 'FeatureCollection', features: 'x' },
    [],
    'text',
    0,
    null,
  ),
);

const PLACED = [
  'no-geometry',
  'bad-geometry',
  'wrong-geometry-type',
  'bad-coordinates',
  'non-numeric-coordinates',
  'projected-coordinates',
  'coordinates-out-of-range',
  'short-ring',
  'unclosed-ring',
  'empty-geometry',
  'not-a-feature',
  'bad-properties',
];

describe('boundary readers under fuzzing', () => {
  it(
    'geoJsonToBoundaries() returns a Result naming the feature of every problem',
    () => {
      const s = { inputs: 0, rejections: 0, payloads: 0, kept: 0 };
      fc.assert(
        fc.property(root, (value) => {
          s.inputs++;
          const text = JSON.stringify(value) ?? '';
          const payloads = PAYLOADS.filter((p) => text.includes(JSON.stringify(p).slice(1, -1)));
          if (payloads.length > 0) s.payloads++;
          const r = geoJsonToBoundaries(value, 'fuzz.geojson');
          expect(typeof r.ok).toBe('boolean');
          if (!r.ok) {
            s.rejections++;
            expect(r.issues.length).toBeGreaterThan(0);
            for (const i of r.issues) {
              expect(i.where?.file).toBe('fuzz.geojson');
              if (PLACED.includes(i.code)) expect(i.where?.feature).toBeGreaterThanOrEqual(1);
              if (i.code === 'bad-properties' || PLACED.slice(0, 10).includes(i.code))
                expect(i.where?.property).toBeTruthy();
            }
            return;
          }
          expect(badNumbers(r.value.features)).toEqual([]);
          // Property strings are kept verbatim: payloads survive as text, nothing evaluates them.
          const out = JSON.stringify(r.value.features.map((f) => f.properties));
          for (const p of payloads)
            if (text.includes(`"name":${JSON.stringify(p)}`)) {
              expect(out).toContain(JSON.stringify(p));
              s.kept++;
            }
        }),
        { numRuns: 9000, seed: 424242 },
      );
      console.log(
        `geojson fuzz: inputs=${s.inputs} rejections=${s.rejections} uncaught=0 payload-inputs=${s.payloads} payload-names-kept=${s.kept}`,
      );
      expect(s.inputs).toBe(9000);
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'geoJsonToBoundaries() keeps script payloads in valid features as unchanged text',
    () => {
      let tried = 0;
      fc.assert(
        fc.property(fc.constantFrom(...PAYLOADS), fc.constantFrom(...PAYLOADS), (a, b) => {
          tried++;
          const sq = [
            [
              [69, 53],
              [70, 53],
              [70, 54],
              [69, 54],
              [69, 53],
            ],
          ];
          const fcoll = {
            type: 'FeatureCollection',
            features: [
              {
                type: 'Feature',
                id: b,
                properties: { name: a, note: b },
                geometry: { type: 'Polygon', coordinates: sq },
              },
            ],
          };
          const r = geoJsonToBoundaries(fcoll, 'p.geojson');
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          expect(r.value.features[0].properties).toEqual({ name: a, note: b });
          expect(r.value.features[0].id).toBeUndefined();
          expect(r.value.report.unmatched.map((u) => u.feature)).toEqual([1]);
        }),
        { numRuns: 300, seed: 5 },
      );
      console.log(`geojson payloads: tried=${tried} kept-verbatim=${tried}`);
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'topologyToBoundaries() survives malformed topologies',
    () => {
      let n = 0;
      const arc = fc.array(
        fc.tuple(fc.integer({ min: -5, max: 5 }), fc.integer({ min: -5, max: 5 })),
        { maxLength: 5 },
      );
      const geom = fc.record({
        type: fc.constantFrom('Polygon', 'MultiPolygon', 'Point', 'Nope'),
        arcs: fc.oneof(
          fc.constant([[0]]),
          fc.constant([[[0, 1]]]),
          fc.constant([[99]]),
          fc.constant(5 as unknown),
        ),
        properties: fc.record({ name }),
      });
      fc.assert(
        fc.property(
          fc.array(arc, { maxLength: 3 }),
          fc.array(geom, { maxLength: 3 }),
          fc.boolean(),
          (arcs, geometries, transform) => {
            n++;
            const topo = {
              type: 'Topology',
              arcs,
              objects: { a: { type: 'GeometryCollection', geometries } },
              ...(transform ? { transform: { scale: [0.1, 0.1], translate: [50, 40] } } : {}),
            };
            const r = topologyToBoundaries(topo, 'fuzz.topojson');
            expect(typeof r.ok).toBe('boolean');
            if (!r.ok) expect(r.issues.length).toBeGreaterThan(0);
          },
        ),
        { numRuns: 1500, seed: 99 },
      );
      console.log(`topojson fuzz: inputs=${n} uncaught=0`);
    },
    FUZZ_TIMEOUT_MS,
  );
});
