/**
 * Every issue code the source can produce, found by reading the source: `code: '…'`, the first
 * argument of the issue helpers (`cellIssue`, `issueAt`, `fileError`, `err`, the spec checker's
 * `error`/`warn`, the thrown core errors) and the error-code unions. Used by the catalogue test so
 * that a new code without ru, kk and en text fails.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const TRIGGER =
  /code:\s*|cellIssue\(|issueAt\(|fileError\(|\berr\(|\bissue\(|\.(error|warn)\(|Error\(|ErrorCode\s*=|^\s*\|\s*'/;
const KEBAB = /'([a-z]+(?:-[a-z0-9]+)*)'/g;

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.tsx?$/.test(name)) out.push(p);
  }
  return out;
}

/** Literals that follow a trigger but are not issue codes. */
const NOT_CODES = new Set([
  'error',
  'warning',
  'code',
  'message',
  'where',
  'severity',
  'number',
  'table',
  'string',
  'missing',
  'div',
  'lang',
  'params',
  'route',
]);

export function sourceIssueCodes(root = 'src'): Map<string, string> {
  const codes = new Map<string, string>();
  for (const file of walk(root)) {
    if (file.includes('/i18n/') || file.includes('/datasets/') || file.includes('/cli/')) continue;
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (!TRIGGER.test(line)) return;
      if (/^\s*(\/\/|\*)/.test(line)) return;
      // A log line for developers, not an issue for the user.
      if (/\bconsole\.(error|warn)\(/.test(line)) return;
      // The literal is on the trigger's line or on the next line with one (a call split over lines).
      for (let k = i; k < Math.min(lines.length, i + 3); k++) {
        const found = [...lines[k].matchAll(KEBAB)].map((m) => m[1]);
        const picked = found.filter((c) => !NOT_CODES.has(c));
        if (picked.length > 0) {
          for (const c of picked) if (!codes.has(c)) codes.set(c, `${file}:${k + 1}`);
          break;
        }
        if (k > i && /\w/.test(lines[k])) break;
      }
    });
  }
  return codes;
}
