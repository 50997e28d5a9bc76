/**
 * Issue 13, item 1: what a Russian or Kazakh user reads names the bundled studies by author,
 * year and table, never by an internal seed number or file ("seed 004", "источник 003",
 * `004_f07e76c9e779119f.txt`, METHODS.md), and carries no English sentence. Walks every text of
 * the ru and kk dictionaries, the issue catalogue, the citations and references of every bundled
 * dataset and the provenance of every bundled figure. Proper names and codes in Latin letters
 * (Getis-Ord Gi*, SKATER, CSV, European Cluster Observatory) are allowed; a run of Latin words
 * with two or more lower-case words in it is a sentence, and fails.
 */
import { describe, expect, it } from 'vitest';
import { DATASETS } from '../../src/data/datasets/catalogue.ts';
import { citation, datasetCitation, studyReference } from '../../src/data/datasets/citation.ts';
import { SEED_000, SEED_002, SEED_003, SEED_004 } from '../../src/data/datasets/sources.ts';
import { en } from '../../src/i18n/en.ts';
import { ISSUE_MESSAGES, PLACE_MESSAGES } from '../../src/i18n/issueMessages.ts';
import { kk } from '../../src/i18n/kk.ts';
import { ru } from '../../src/i18n/ru.ts';
import type { T } from '../../src/i18n/useT.ts';
import { provenanceText } from '../../src/views/data/provenance.ts';
import { latinSentence } from './latinSentence.ts';

/** Seed names and files (any case). */
const INTERNAL = /seed|источник[а-я]* \d{3}|\d{3} дереккөз|\d{3}_[0-9a-f]{16}|\.txt\b|METHODS\.md/i;
/** Code words: `printed`, infrastructureText, innovation-2014 (case as written). */
const CODE = /`\w+`|\b[a-z]{2,}[A-Z]\w*|\binnovation-(?:\d{4}|published)\b/;

/** Every problem in a text: an internal word or an English sentence. */
function problems(where: string, text: string): string[] {
  const out: string[] = [];
  const plain = text.replace(/\{[^}]*\}/g, ' ');
  const internal = INTERNAL.exec(plain) ?? CODE.exec(plain);
  if (internal) out.push(`${where}: internal word “${internal[0]}” in “${text}”`);
  const latin = latinSentence(text);
  if (latin) out.push(`${where}: English “${latin}” in “${text}”`);
  return out;
}

/** Every ru/kk string inside a bundled dataset (titles, units, notes, cities…). */
function localised(where: string, o: unknown, lang: 'ru' | 'kk', out: [string, string][]): void {
  if (!o || typeof o !== 'object') return;
  const r = o as Record<string, unknown>;
  if (typeof r[lang] === 'string' && typeof r.en === 'string') {
    out.push([where, r[lang] as string]);
    return;
  }
  for (const [k, v] of Object.entries(r)) localised(`${where}.${k}`, v, lang, out);
}

/** A minimal translator over one dictionary, as useT() formats it. */
function translator(dict: Record<string, string>, lang: 'ru' | 'kk' | 'en'): T {
  const t = ((key: string, params: Record<string, unknown> = {}) =>
    (dict[key] ?? key).replace(/\{(\w+)\}/g, (_, p: string) => String(params[p]))) as T;
  return Object.assign(t, { lang });
}

describe('the detector', () => {
  it('finds English sentences and internal words, and lets proper names and codes pass', () => {
    expect(latinSentence('пересчитано 6 035,08 — value belongs to row 14')).toBe(
      'value belongs to row',
    );
    expect(latinSentence('Getis-Ord Gi* и пространственно связные районы (LISA, SKATER)')).toBe(
      null,
    );
    expect(latinSentence('звёзды European Cluster Observatory (размер)')).toBe(null);
    expect(problems('x', 'Данные: (seed 004)')).toHaveLength(1);
    expect(problems('x', 'файл 004_f07e76c9e779119f.txt')).toHaveLength(1);
    expect(problems('x', 'как в источнике 003')).toHaveLength(1);
    expect(problems('x', '{seed}, строки {from}–{to}')).toEqual([]);
    expect(problems('x', '`printed` хранит их; см. coordinateSource')).toHaveLength(1);
  });
});

describe('no internal seed names and no English sentences in ru and kk', () => {
  for (const [lang, dict] of [
    ['ru', ru],
    ['kk', kk],
  ] as const) {
    it(`${lang}: every dictionary text`, () => {
      const found = Object.entries(dict).flatMap(([k, v]) => problems(k, String(v)));
      expect(found).toEqual([]);
    });

    it(`${lang}: every issue message and place`, () => {
      const found = [
        ...Object.entries(ISSUE_MESSAGES).flatMap(([code, m]) => problems(code, m[lang])),
        ...Object.entries(PLACE_MESSAGES).flatMap(([k, m]) => problems(k, m[lang])),
      ];
      expect(found).toEqual([]);
    });

    it(`${lang}: every bundled dataset's citation, reference, texts and figures' provenance`, () => {
      const t = translator(dict as Record<string, string>, lang);
      const texts: [string, string][] = [];
      for (const ds of DATASETS) {
        texts.push([`${ds.id} citation`, datasetCitation(ds, lang)]);
        texts.push([`${ds.id} reference`, studyReference(ds.seed, lang) ?? 'missing reference']);
        localised(ds.id, { ...ds, source: undefined }, lang, texts);
        if (ds.kind === 'table') {
          for (const row of ds.rows) {
            for (const [col, cell] of Object.entries(row.cells)) {
              if (cell?.source)
                texts.push([`${ds.id} ${row.key} ${col}`, provenanceText(cell.source, t)]);
            }
          }
        }
      }
      expect(texts.length).toBeGreaterThan(500);
      const found = texts.flatMap(([w, s]) => problems(w, s));
      expect(found.slice(0, 20)).toEqual([]);
    });
  }

  it('en: no seed number or file name either (the English reader is not shown them)', () => {
    const found = Object.entries(en).filter(([, v]) =>
      /seed \d{3}|\bseeds?\b|\d{3}_[0-9a-f]{16}|METHODS\.md/i.test(
        String(v).replace(/\{[^}]*\}/g, ' '),
      ),
    );
    expect(found).toEqual([]);
  });
});

describe('citation() in the user language', () => {
  it('names author, year (or that none is printed) and tables as a reader writes them', () => {
    expect(citation(SEED_004, ['6'], 'ru')).toBe('Киреева А.А. (год не указан), табл. 6');
    expect(citation(SEED_004, ['2', '3'], 'kk')).toBe(
      'Киреева А.А. (жылы көрсетілмеген), 2, 3-кестелер',
    );
    expect(citation(SEED_000, ['1', '2'], 'ru')).toBe('Абзалбек Г.А. (2022), табл. 1, 2');
    expect(citation(SEED_003, ['Figure 3'], 'ru')).toBe(
      'Турекулова Д.М., Мухамбетова Л.К., Чимгентбаева Г.К. (год не указан), рис. 3',
    );
    expect(citation(SEED_003, ['Figure 3'], 'en')).toMatch(/\(n\.d\.\), Figure 3$/);
    expect(citation(SEED_004, ['text'], 'kk')).toBe(
      'Киреева А.А. (жылы көрсетілмеген), мақала мәтіні',
    );
    expect(citation(SEED_002, ['3'], 'en')).toBe('Kozlova, Denisova (n.d.), Table 3');
    expect(citation('my-file.csv', ['CSV'], 'ru')).toBe('источник не известен');
  });
});
