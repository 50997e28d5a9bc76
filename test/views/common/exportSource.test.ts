import { describe, expect, it } from 'vitest';
import { defaultSpec } from '../../../src/core/index.ts';
import { toCsv } from '../../../src/views/common/export.ts';
import { sourceLines, sourceStem, specSource } from '../../../src/views/common/exportSource.ts';

const SHA = 'ab'.repeat(32);

describe('export source', () => {
  it("a user's table is named by file, SHA-256 and rows; user boundaries too", () => {
    const spec = defaultSpec();
    spec.data = {
      ...spec.data,
      table: {
        source: 'user',
        fileName: 'регионы 2024.csv',
        sha256: SHA,
        rows: 20,
        importedAt: '',
        columns: [],
      },
      boundaries: { source: 'user', fileName: 'kz20.geojson', sha256: 'cd'.repeat(32) },
    };
    expect(sourceLines(specSource(spec), spec)).toEqual([
      ['data', 'регионы 2024.csv'],
      ['sha256', SHA],
      ['rows', '20'],
      ['boundaries', 'kz20.geojson'],
      ['boundaries_sha256', 'cd'.repeat(32)],
    ]);
    expect(sourceStem(specSource(spec))).toBe('регионы 2024');
    const csv = toCsv(['a'], [[1]], {
      title: 't',
      spec,
      csv: { delimiter: ',', decimal: '.', bom: false, lineEnd: '\n' },
    });
    expect(csv).toContain(`# data,регионы 2024.csv`);
    expect(csv).toContain(`# sha256,${SHA}`);
    expect(csv).not.toMatch(/innovation-20|seed 004/);
  });

  it('the bundled table is cited (author, year, table), not named by its id', () => {
    const spec = defaultSpec(2010);
    const lines = sourceLines(specSource(spec), spec);
    expect(lines).toEqual([['data', 'Kireeva A.A. (n.d.), Tables 2, 3']]);
    expect(sourceStem(specSource(spec))).toBe('');
  });
});
