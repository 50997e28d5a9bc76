/**
 * Issue 13, item 1: seed 003's innovation-infrastructure lists in Russian and Kazakh. Each
 * group's translated list has one item for each item of the text's list, in the same order
 * (checked through the numbers and bracketed references an item carries: "5 commercialization
 * offices" is «5 офисов…», "universities [17]" is «вузы [17]»), no item is empty or English, and
 * the printed English stays with the group unchanged.
 */
import { describe, expect, it } from 'vitest';
import { REGION_GROUPS } from '../../../src/data/datasets/regionGroupsPublished.ts';
import { INFRASTRUCTURE_TRANSLATED } from '../../../src/data/datasets/regionGroupsTranslated.ts';
import { latinSentence } from '../../i18n/latinSentence.ts';

/** Digits and bracketed references in an item, in order. */
const numbers = (s: string): string[] => s.match(/\[\d+\]|\d+/g) ?? [];

/** Latin words a translation may keep: the organisations' own Latin names. */
const LATIN_NAMES = new Set(['Astana', 'Innovations']);

describe('translated infrastructure lists of the published grouping', () => {
  it('cover the eight groups, and nothing else', () => {
    expect(Object.keys(INFRASTRUCTURE_TRANSLATED).map(Number)).toEqual(
      REGION_GROUPS.map((g) => g.id),
    );
  });

  for (const g of REGION_GROUPS) {
    for (const lang of ['ru', 'kk'] as const) {
      it(`group ${g.id}, ${lang}: item for item, numbers kept, no English`, () => {
        const items = g.infrastructureTranslated[lang];
        expect(items).toHaveLength(g.infrastructureText.length);
        items.forEach((item, i) => {
          const where = `group ${g.id} item ${i + 1}: ${item}`;
          expect(item.trim(), where).not.toBe('');
          expect(numbers(item), where).toEqual(numbers(g.infrastructureText[i]));
          expect(latinSentence(item), where).toBe(null);
          const latin = (item.match(/[A-Za-z]+/g) ?? []).filter((w) => !LATIN_NAMES.has(w));
          expect(latin, where).toEqual([]);
        });
      });
    }
  }

  it('keep the paper’s English as printed beside the translation', () => {
    const astana = REGION_GROUPS.find((g) => g.members.includes('KZ-AST'))!;
    expect(astana.infrastructureText).toContain('JSC «Nazarbayev University»');
    expect(astana.infrastructureTranslated.ru).toContain('АО «Назарбаев Университет»');
    expect(astana.infrastructureTranslated.kk).toContain('«Назарбаев Университет» АҚ');
  });
});
