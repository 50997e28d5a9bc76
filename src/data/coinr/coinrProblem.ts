/**
 * A problem found in a COINr iData or iMeta table: a code (the i18n key is
 * `coinr.issue.<code>`), where it is (file, spreadsheet row with header = 1, column letter
 * and name) and the values the sentence names. toIssue() renders it in ru, kk or en.
 */
import type { Issue } from '../../core/index.ts';
import type { Lang } from '../types.ts';
import { translate, type MessageKey } from '../../i18n/translate.ts';

export interface CoinrProblem {
  code: string;
  severity: 'error' | 'warning';
  file: string;
  row?: number;
  column?: string;
  vars?: Record<string, string | number>;
}

export function toIssue(p: CoinrProblem, lang: Lang = 'en'): Issue {
  const where: Issue['where'] = { file: p.file };
  if (p.row !== undefined) where.row = p.row;
  if (p.column !== undefined) where.column = p.column;
  const vars = { file: p.file, row: p.row ?? '', column: p.column ?? '', ...p.vars };
  return {
    code: `coinr-${p.code}`,
    severity: p.severity,
    message: translate(lang, `coinr.issue.${p.code}` as MessageKey, vars),
    where,
    params: vars,
  };
}

/** "iMeta.csv, row 4, column C (Level): message" for command-line output. */
export function describe(p: CoinrProblem, lang: Lang = 'en'): string {
  const i = toIssue(p, lang);
  const at = [
    p.file,
    p.row !== undefined ? `row ${p.row}` : '',
    p.column ? `column ${p.column}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return `${at}: ${i.message}`;
}
