/**
 * `npm run bench`: runs every benchmark script in bench/ (each writes its own section to
 * bench/results/<name>.md) and assembles BENCHMARKS.md from the sections with the machine
 * and date. Pass names to run a subset: `npm run bench -- ward pca`; `--assemble` only
 * rebuilds BENCHMARKS.md from the sections already in bench/results/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';

const ALL = ['rating', 'ward', 'pca', 'coinr', 'spatial', 'largeFile'];
const wanted = process.argv.slice(2).filter((a) => ALL.includes(a));
const assembleOnly = process.argv.includes('--assemble');
for (const name of assembleOnly ? [] : wanted.length ? wanted : ALL) {
  if (!existsSync(`bench/${name}.ts`)) {
    console.log(`(bench/${name}.ts not present, skipped)`);
    continue;
  }
  console.log(`\n== bench/${name}.ts`);
  const r = spawnSync('npx', ['tsx', `bench/${name}.ts`], { stdio: 'inherit' });
  if (r.status !== 0) console.error(`bench/${name}.ts exited with ${r.status}`);
}

const sections = [...ALL, 'ui']
  .map((n) => `bench/results/${n}.md`)
  .filter((p) => existsSync(p))
  .map((p) => readFileSync(p, 'utf8').trim());
const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(
  os.totalmem() /
  2 ** 30
).toFixed(0)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}`;
const text = [
  '# Benchmarks',
  '',
  'Made by `npm run bench` (core and CLI) and `npm run bench:ui` (Chromium). Each section',
  'below is written by its script into bench/results/ and names its own machine and date;',
  'this page was last assembled on:',
  '',
  `- ${new Date().toISOString().slice(0, 10)}, ${machine}`,
  '',
  ...sections.flatMap((s) => [s, '']),
].join('\n');
writeFileSync('BENCHMARKS.md', text);
console.log('\nBENCHMARKS.md written.');
