/** Reads test/fixtures/sensitivity/quantile-rank.txt (written by quantile-rank.R). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const file = fileURLToPath(
  new URL('../../fixtures/sensitivity/quantile-rank.txt', import.meta.url),
);
export const rRef: Record<string, number[]> = Object.fromEntries(
  readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => {
      const [k, v] = l.split('=');
      return [k, v.split(';').map(Number)];
    }),
);
