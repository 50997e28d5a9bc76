/**
 * Poisoned boundary sets (issue 16): non-numeric coordinates ("Invalid LatLng" on every
 * reload) and sets with no feature matched to a region ("Bounds are not valid") are refused
 * when read from storage or a project file, and are never the active set.
 */
import { describe, expect, it } from 'vitest';
import { isDrawableBoundaries } from '../../../src/data/validate/drawableBoundaries.ts';
import { readRecord, wrapRecord } from '../../../src/state/persistence/records.ts';
import { activeUserBoundaries, emptyUserData } from '../../../src/state/userData.ts';
import type { UserBoundarySet } from '../../../src/state/userData.ts';

const ring = [
  [70, 50],
  [71, 50],
  [71, 51],
  [70, 50],
];
const set = (coords: unknown, id: unknown = 'KZ-AKM'): UserBoundarySet =>
  ({
    id: 'bounds-1',
    fileName: 'b.geojson',
    importedAt: '2026-01-01T00:00:00.000Z',
    scheme: '2014',
    features: {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', id, properties: {}, geometry: { type: 'Polygon', coordinates: coords } },
      ],
    },
    report: { matched: 1, unmatched: [], duplicates: [], missing: [] },
  }) as unknown as UserBoundarySet;

describe('poisoned boundary sets', () => {
  it('isDrawableBoundaries() accepts finite lon/lat rings keyed to a region, refuses the rest', () => {
    expect(isDrawableBoundaries(set([ring]).features)).toBe(true);
    expect(isDrawableBoundaries(set([[['a', 'b'], ...ring.slice(1)]]).features)).toBe(false);
    expect(isDrawableBoundaries(set([[[NaN, 50], ...ring.slice(1)]]).features)).toBe(false);
    expect(isDrawableBoundaries(set([[[700, 50], ...ring.slice(1)]]).features)).toBe(false);
    expect(isDrawableBoundaries(set([ring], null).features)).toBe(false);
    expect(isDrawableBoundaries({ type: 'FeatureCollection', features: [] })).toBe(false);
  });

  it('a stored set with non-numeric coordinates is left out with a message', () => {
    const bad = set([[['x', 'y'], ...ring.slice(1)]]);
    const r = readRecord('boundaries', 'bounds-1', wrapRecord('boundaries', bad, ''));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0].code).toBe('stored-item-unreadable');
    expect(readRecord('boundaries', 'ok', wrapRecord('boundaries', set([ring]), '')).ok).toBe(true);
  });

  it('activeUserBoundaries() never returns a set the map cannot draw', () => {
    const u = emptyUserData();
    const good = set([ring]);
    const bad = { ...set([ring], null), id: 'bounds-2' };
    expect(activeUserBoundaries({ ...u, boundaries: [good], activeBoundaries: 'bounds-1' })).toBe(
      good,
    );
    expect(
      activeUserBoundaries({ ...u, boundaries: [bad], activeBoundaries: 'bounds-2' }),
    ).toBeNull();
  });
});
