// Fails when the initial JavaScript of the production build exceeds the budget
// (issue 4: at most 250 KB gzip). "Initial" = the entry script plus the chunks it
// imports statically (modulepreload links in dist/index.html); lazy views do not count.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const BUDGET = 250 * 1024;
const html = readFileSync('dist/index.html', 'utf8');
const files = new Set();
for (const m of html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)) files.add(m[1]);
for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g))
  files.add(m[1]);
// The default language's dictionary is fetched before the first paint (src/startApp.tsx), so
// it counts as initial although it is a separate chunk; the other two load on a switch.
const dist = readdirSync('dist/assets').filter((f) => /^ru-[\w-]+\.js$/.test(f));
for (const f of dist) files.add(`./assets/${f}`);
let total = 0;
for (const f of files) {
  const bytes = gzipSync(readFileSync(join('dist', f.replace(/^\.?\//, ''))), { level: 9 }).length;
  total += bytes;
  console.log(`${(bytes / 1024).toFixed(1).padStart(8)} KB gzip  ${f}`);
}
const verdict = total <= BUDGET ? 'within' : 'OVER';
console.log(
  `Initial JavaScript: ${(total / 1024).toFixed(1)} KB gzip, ${verdict} the 250 KB budget.`,
);
process.exit(total <= BUDGET ? 0 : 1);
