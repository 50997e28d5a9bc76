import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/core/index.ts';
import { ISSUE_MESSAGES, PLACE_MESSAGES, type Texts } from '../../src/i18n/issueMessages.ts';
import {
  hasIssueMessage,
  issueLine,
  issueSentence,
  missingParams,
} from '../../src/i18n/issueText.ts';
import { sourceIssueCodes } from './issueCodes.ts';

const LANGS = ['ru', 'kk', 'en'] as const;
const placeholders = (s: string) =>
  [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

/** Latin words a Russian or Kazakh sentence may carry: file formats and product names. */
const LATIN_OK = new Set([
  'CSV',
  'UTF',
  'Excel',
  'xlsx',
  'xls',
  'XLSX',
  'GeoJSON',
  'TopoJSON',
  'GeoDa',
  'GAL',
  'GWT',
  'gal',
  'gwt',
  'JSON',
  'Windows',
  'WGS',
  'EPSG',
  'GAL',
  'ISO',
  'Feature',
  'FeatureCollection',
  'Polygon',
  'MultiPolygon',
  'z',
  'A',
  'I',
]);

const latinWords = (s: string) => s.match(/[A-Za-z]+/g) ?? [];
const INTERNAL = /seed\s*\d|METHODS\.md|\.txt\b|\b(group|ind|import|issue)\.[a-z]/i;

describe('message catalogue', () => {
  const codes = sourceIssueCodes();
  it('finds the codes the source produces (sanity: the scan works)', () => {
    expect(codes.size).toBeGreaterThan(90);
    for (const c of ['not-a-number', 'unclosed-quote', 'constant-column', 'zero-output'])
      expect(codes.has(c), c).toBe(true);
  });

  it('every code the source produces has ru, kk and en text', () => {
    const missing = [...codes]
      .filter(([c]) => !hasIssueMessage(c))
      .map(([c, at]) => `${c} (${at})`);
    expect(missing).toEqual([]);
  });

  it('every code is translated: non-empty, same parameters, ru and kk differ from en', () => {
    for (const [code, m] of Object.entries(ISSUE_MESSAGES)) {
      const parts = m.more ? [m, m.more] : [m];
      for (const part of parts) {
        for (const l of LANGS) expect(part[l].trim().length, `${code} ${l}`).toBeGreaterThan(0);
        expect(placeholders(part.ru), `${code} ru`).toEqual(placeholders(part.en));
        expect(placeholders(part.kk), `${code} kk`).toEqual(placeholders(part.en));
        expect(part.ru, code).not.toBe(part.en);
        expect(part.kk, code).not.toBe(part.en);
        expect(part.kk, code).not.toBe(part.ru);
      }
    }
  });

  it('no English words in ru or kk (only file formats and product names)', () => {
    const bad: string[] = [];
    const all: [string, Texts][] = [...Object.entries(PLACE_MESSAGES)];
    for (const [c, m] of Object.entries(ISSUE_MESSAGES)) {
      all.push([c, m]);
      if (m.more) all.push([`${c}.more`, m.more]);
    }
    for (const [code, m] of all) {
      for (const l of ['ru', 'kk'] as const) {
        const text = m[l].replace(/\{\w+\}/g, '');
        for (const w of latinWords(text)) if (!LATIN_OK.has(w)) bad.push(`${code} ${l}: ${w}`);
        // every sentence carries Cyrillic
        for (const sentence of text.split(/[.!?;:]\s/)) {
          if (/[A-Za-z]/.test(sentence) && !/[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]/.test(sentence))
            bad.push(`${code} ${l}: Latin-only sentence '${sentence}'`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('no internal file names or keys in any language', () => {
    for (const [code, m] of Object.entries(ISSUE_MESSAGES))
      for (const l of LANGS) expect(m[l], `${code} ${l}`).not.toMatch(INTERNAL);
  });

  it('every sentence fills all its parameters when they are given', () => {
    for (const [code, m] of Object.entries(ISSUE_MESSAGES)) {
      const params: Issue['params'] = {};
      for (const p of placeholders(m.en + (m.more?.en ?? ''))) params[p] = 7;
      for (const l of LANGS) {
        const s = issueSentence({ code, severity: 'error', message: '', params }, l);
        expect(s, `${code} ${l}`).not.toMatch(/[{}…]/);
        expect(missingParams({ code, severity: 'error', message: '', params })).toEqual([]);
      }
    }
  });
});

describe('issueLine()', () => {
  const issue: Issue = {
    code: 'not-a-number',
    severity: 'error',
    message: "Row 4, column C (GRP): 'abc' is not a number.",
    params: { value: 'abc' },
    where: { file: 'x.csv', row: 4, column: 'C (GRP)' },
  };
  it('names the row and column in the interface language', () => {
    expect(issueLine(issue, 'ru')).toMatch(/^строка 4, столбец C \(GRP\): «abc» — не число\./);
    expect(issueLine(issue, 'kk')).toMatch(/^4-жол, C \(GRP\) бағаны: «abc» — сан емес\./);
    expect(issueLine(issue, 'en')).toMatch(/^row 4, column C \(GRP\): ‘abc’ is not a number\./);
  });
  it('formats numbers in the locale and names regions in the interface language', () => {
    const i: Issue = {
      code: 'below-classes',
      severity: 'warning',
      message: '',
      params: { region: 'KZ-AKM', value: 3243.87, min: 10 },
    };
    expect(issueSentence(i, 'ru').replace(/\s/g, ' ')).toMatch(
      /^Акмолинская область: индекс 3 243,87 ниже/,
    );
    expect(issueSentence(i, 'en')).toMatch(/^Akmola Region: index 3,243.87 is below/);
  });
  it('sizes carry units in the language', () => {
    const i: Issue = {
      code: 'file-too-large',
      severity: 'error',
      message: '',
      params: { sizeBytes: 12 * 1024 * 1024, limitBytes: 10 * 1024 * 1024 },
    };
    expect(issueSentence(i, 'ru')).toMatch(/12 МБ.*10 МБ/);
  });
  it('adds the suggestions sentence only when there are suggestions', () => {
    const base: Issue = {
      code: 'unmatched-region',
      severity: 'warning',
      message: '',
      params: { value: 'Алмты', scheme: '2010–2018' },
    };
    expect(issueSentence(base, 'ru')).not.toMatch(/имелось в виду/);
    const withHint = { ...base, params: { ...base.params, regions: ['KZ-ALA', 'KZ-ALM'] } };
    expect(issueSentence(withHint, 'ru')).toMatch(/имелось в виду: Алматы, Алматинская область\./);
  });
  it('an unknown code still reads in the language, naming the code', () => {
    expect(issueSentence({ code: 'zzz', severity: 'error', message: 'x' }, 'ru')).toBe(
      'Проблема с данными (код zzz).',
    );
  });
});
