/** Small user items for the persistence tests (made up; shapes as the importer writes them). */
import type { UserBoundarySet, UserDataset } from '../../../src/state/userData.ts';
import { defaultSpec } from '../../../src/core/index.ts';

export function sampleDataset(id: string, fileName = `${id}.csv`): UserDataset {
  const cell = (v: number, row: number) => ({
    value: v,
    printed: String(v),
    source: { seed: fileName, table: 'csv', row: String(row), column: 'GRP' },
  });
  return {
    id,
    fileName,
    importedAt: '2024-05-01T00:00:00.000Z',
    year: 2014,
    mapping: { S_D: 'GRP' },
    table: {
      kind: 'table',
      id,
      title: { ru: fileName, kk: fileName, en: fileName },
      source: fileName,
      seed: fileName,
      tables: [],
      units: { ru: '', kk: '', en: '' },
      years: [],
      notes: { ru: '', kk: '', en: '' },
      scheme: '2014',
      columns: [
        { id: 'GRP', title: { ru: 'GRP', kk: 'GRP', en: 'GRP' }, unit: { ru: '', kk: '', en: '' } },
      ],
      rows: [
        { key: 'KZ-AKM', label: 'Akmola', cells: { GRP: cell(585965.4, 2) } },
        { key: 'KZ-AKT', label: 'Aktobe', cells: { GRP: cell(1173592.9, 3) } },
      ],
    },
  };
}

export function sampleBoundaries(id: string): UserBoundarySet {
  return {
    id,
    fileName: `${id}.geojson`,
    importedAt: '2024-05-01T00:00:00.000Z',
    scheme: 'current',
    features: {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'KZ-11',
          properties: { name: 'Akmola' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [70, 51],
                [71, 51],
                [71, 52],
                [70, 51],
              ],
            ],
          },
        },
      ],
    },
    report: { matched: 1, unmatched: [], duplicates: [], missing: [] },
  };
}

export const sampleAnalysis = (id: string, name: string) => ({
  id,
  name,
  savedAt: '2024-05-01T00:00:00.000Z',
  spec: defaultSpec(),
});
