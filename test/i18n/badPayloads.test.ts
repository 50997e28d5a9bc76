/**
 * Issue 13, item 7: a corpus of 28 bad and hostile payloads (badPayloads.corpus.ts: broken
 * CSV, XLSX, GeoJSON, TopoJSON, project files and links, markup and formulas in cells, names
 * and properties) through the entry points a user reaches. Each must give the issue codes
 * listed for it, every issue must have a catalogue sentence with all its parameters, and the
 * report in ru, kk and en must carry no NaN, undefined, null, internal code or stack trace, and
 * no English sentence in ru or kk (the user's own values, quoted «…», aside).
 */
import { describe, expect, it } from 'vitest';
import { hasIssueMessage, issueReport, missingParams } from '../../src/i18n/issueText.ts';
import { PAYLOADS } from './badPayloads.corpus.ts';
import { latinSentence } from './latinSentence.ts';

const LANGS = ['ru', 'kk', 'en'] as const;
/** What must never reach the screen. */
const BROKEN = /\bNaN\b|\bundefined\b|\bnull\b|\[object |\bat \w+ \(|Error:|\(код |\(коды |\(code /;

describe('the bad-payload corpus', () => {
  it('holds at least 20 payloads through files, links and project files', () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(20);
    expect(new Set(PAYLOADS.map((p) => p.via))).toEqual(new Set(['file', 'link', 'project']));
    expect(new Set(PAYLOADS.map((p) => p.name)).size).toBe(PAYLOADS.length);
  });

  for (const p of PAYLOADS) {
    it(`${p.name}: ${p.codes.join(', ')}, told in ru, kk and en`, async () => {
      const issues = await p.read();
      const codes = new Set(issues.map((i) => i.code));
      for (const c of p.codes) expect([...codes], c).toContain(c);
      for (const i of issues) {
        expect(hasIssueMessage(i.code), i.code).toBe(true);
        expect(missingParams(i), i.code).toEqual([]);
      }
      for (const lang of LANGS) {
        const lines = issueReport(issues, lang);
        expect(lines.length, lang).toBeGreaterThan(0);
        for (const line of lines) {
          // The user's own text is quoted and may be anything; the rest is ours.
          const ours = line.replace(/«[^»]*»|‘[^’]*’/g, '«…»');
          expect(ours, `${lang}: ${line}`).not.toMatch(BROKEN);
          if (lang !== 'en') expect(latinSentence(ours), `${lang}: ${line}`).toBeNull();
        }
      }
    });
  }

  it('the unclosed quote is reported with the missing cell and the non-number before it', async () => {
    const p = PAYLOADS.find((x) => x.name === 'unclosed-quote.csv')!;
    const issues = await p.read();
    const at = (code: string) => issues.find((i) => i.code === code)?.where;
    expect(at('missing-cells')).toMatchObject({ row: 3 });
    expect(at('not-a-number')).toMatchObject({ row: 4, column: 'B (ВРП)' });
    expect(at('unclosed-quote')).toMatchObject({ row: 5 });
  });

  it('markup in a name comes back as the text the user wrote, quoted, not dropped', async () => {
    const p = PAYLOADS.find((x) => x.name === 'script-in-name.csv')!;
    const lines = issueReport(await p.read(), 'ru');
    expect(lines.some((l) => l.includes('«<script>alert(1)</script>»'))).toBe(true);
    const link = PAYLOADS.find((x) => x.name === 'link-unknown-view')!;
    expect(issueReport(await link.read(), 'kk')[0]).toContain('«<script>alert(1)</script>»');
  });
});
