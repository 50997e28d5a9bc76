import { describe, expect, it } from 'vitest';
import { defaultSpec } from '../../../src/core/index.ts';
import { exportMeta } from '../../../src/views/common/exportMeta.ts';

describe('exportMeta()', () => {
  it('exportMeta() reads the spec at call time and puts the language after the extra keys', () => {
    let spec = defaultSpec();
    const meta = exportMeta(
      'Title',
      () => spec,
      { lang: 'kk' },
      { dataset: 'd', variables: 'a b' },
    );
    spec = { ...spec, factors: { ...spec.factors, nfactors: 3 } };
    const m = meta();
    expect(m.title).toBe('Title');
    expect(m.spec.factors.nfactors).toBe(3);
    expect(Object.entries(m.extra ?? {})).toEqual([
      ['dataset', 'd'],
      ['variables', 'a b'],
      ['language', 'kk'],
    ]);
    expect(Number.isNaN(Date.parse(m.created ?? ''))).toBe(false);
  });
});
