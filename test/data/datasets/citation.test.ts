import { describe, expect, it } from 'vitest';
import { getDataset } from '../../../src/data/datasets/catalogue.ts';
import { citation, datasetCitation } from '../../../src/data/datasets/citation.ts';
import { SEED_000, SEED_004 } from '../../../src/data/datasets/sources.ts';

describe('citation()', () => {
  it('cites author, year (n.d. where the text prints none) and tables, never the seed file name', () => {
    expect(citation(SEED_004, ['6'])).toBe('Kireeva A.A. (n.d.), Table 6');
    expect(citation(SEED_000, ['1', '2'])).toBe('Abzalbek G.A. (2022), Tables 1, 2');
    expect(citation('elsewhere.txt', [])).toBe('unknown source');
  });

  it('every bundled dataset has a citation without an internal file name', () => {
    for (const id of [
      'innovation-2010',
      'innovation-2014',
      'innovation-published',
      'vko-loadings-published',
    ]) {
      const ds = getDataset(id);
      expect(ds, id).toBeDefined();
      const c = datasetCitation(ds!);
      expect(c, id).not.toMatch(/\.txt|seed|unknown/);
      expect(c, id).toMatch(/\((\d{4}|n\.d\.)\), Tables? /);
    }
  });
});
