/**
 * Issue 13, item 1: the data audit's causes in the reader's language. Every cause code has ru,
 * kk and en texts with the same parameters; every finding of the bundled data reads in ru and kk
 * with no English sentence and no parameter left unfilled, and its English text is the `cause`
 * the CLI prints. The example of the issue ("напечатано 3 243,87, пересчитано 6 035,08 — value
 * belongs to row 14") now reads «значение относится к строке 14 (…)».
 */
import { describe, expect, it } from 'vitest';
import { auditAll } from '../../src/data/audit/index.ts';
import {
  AUDIT_CAUSES,
  auditCauseText,
  type AuditCauseCode,
  type AuditParam,
  type AuditReason,
} from '../../src/i18n/auditCauses.ts';
import { latinSentence } from './latinSentence.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** A value for every placeholder of a code, of the kind the checks pass. */
function sample(code: AuditCauseCode): AuditReason {
  const params: Record<string, AuditParam> = {};
  for (const name of placeholders(AUDIT_CAUSES[code].en)) {
    params[name] =
      name === 'donor' || name === 'here' || name === 'rows'
        ? { rows: [{ row: '7', label: 'Карагандинская' }, { row: '9' }] }
        : name === 'factor'
          ? { factor: 0.1 }
          : name === 'formula'
            ? { rule: 'S_D', formula: 'grp / employed * 1000' }
            : name === 'id' || name === 'column'
              ? 'S_C'
              : '2 063,15';
  }
  return { cause: code, params };
}

describe('audit causes in three languages', () => {
  it('every code has ru, kk and en with the same parameters (ru and kk leave out the dataset id)', () => {
    for (const [code, m] of Object.entries(AUDIT_CAUSES)) {
      const en = placeholders(m.en).filter((p) => p !== 'dataset');
      expect(placeholders(m.ru), `${code} ru`).toEqual(en);
      expect(placeholders(m.kk), `${code} kk`).toEqual(en);
    }
  });

  it('every code, filled in, reads in ru and kk with no English sentence and nothing unfilled', () => {
    const found: string[] = [];
    for (const code of Object.keys(AUDIT_CAUSES) as AuditCauseCode[]) {
      for (const lang of ['ru', 'kk'] as const) {
        const text = auditCauseText([sample(code)], lang);
        if (/[{}]/.test(text)) found.push(`${code} ${lang}: unfilled in «${text}»`);
        const en = latinSentence(text);
        if (en) found.push(`${code} ${lang}: English «${en}» in «${text}»`);
      }
    }
    expect(found).toEqual([]);
  });

  it('every finding of the bundled data: English is the CLI’s cause, ru and kk are free of English', () => {
    const all = auditAll();
    expect(all.length).toBeGreaterThan(20);
    const found: string[] = [];
    for (const f of all) {
      expect(auditCauseText(f.reason, 'en')).toBe(f.cause);
      for (const lang of ['ru', 'kk'] as const) {
        const text = auditCauseText(f.reason, lang);
        const en = latinSentence(text);
        if (en || /[{}]/.test(text)) found.push(`${f.table}/${f.row}/${f.column} ${lang}: ${text}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('names rows, formulas and slips as a reader writes them', () => {
    const all = auditAll();
    const sd = all.find(
      (f) => f.dataset === 'innovation-2014' && f.row === '5' && f.column === 'S_D',
    )!;
    expect(sd.cause).toMatch(/^value belongs to row 14 \(Восточно-Казахстанская\)/);
    expect(auditCauseText(sd.reason, 'ru')).toMatch(
      /^значение относится к строке 14 \(Восточно-Казахстанская\): исходные данные той строки дают 3 243,87 \(ВРП \/ занятые × 1000\)/,
    );
    expect(auditCauseText(sd.reason, 'kk')).toMatch(
      /^мән 14 \(Восточно-Казахстанская\) жолына тиесілі: .*\(ЖӨӨ \/ жұмыспен қамтылғандар × 1000\)/,
    );
    const slip = all.find((f) => f.column === 'index_2014')!;
    expect(auditCauseText(slip.reason, 'ru')).toContain('в 10 раз меньше');
    expect(auditCauseText(slip.reason, 'kk')).toContain('10 есе аз');
    const two = auditCauseText(
      [{ cause: 'derived-ambiguous', params: { rows: { rows: [{ row: '3' }, { row: '4' }] } } }],
      'ru',
    );
    expect(two).toContain('исходными данными строк 3 и 4;');
  });
});
