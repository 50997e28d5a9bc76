/**
 * scripts/atlas.cjs, the launcher behind `npm run -s atlas`: the bundle it builds and caches
 * (CommonJS, no comments or whitespace, ASCII with \uXXXX escapes, a V8 code cache per
 * command) must print exactly what src/cli/main.ts prints in-process, on its first run (bundle
 * built, code cache written) and on later ones (code cache read); a changed input must make it
 * rebuild.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const launcher = join(root, 'scripts', 'atlas.cjs');
const { asciiOf, FORMAT } = createRequire(import.meta.url)(launcher) as {
  asciiOf: (code: string) => string | null;
  FORMAT: number;
};
const fixture = (p: string) => fileURLToPath(new URL(`../fixtures/${p}`, import.meta.url));

async function inProcess(argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const cacheDir = mkdtempSync(join(tmpdir(), 'atlas-launcher-'));
function launched(argv: string[]) {
  const r = spawnSync(process.execPath, ['--max-semi-space-size=1', launcher, ...argv], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    env: { ...process.env, ATLAS_CACHE_DIR: cacheDir, ATLAS_NO_BUNDLE: '' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

// 1,200 observations: enough for the WebAssembly kernel of ward.ts (from 1,000 on).
const rows: string[] = ['label,a,b,c'];
let seed = 7;
const next = () => ((seed = (seed * 16807) % 2147483647) / 2147483647 - 0.5).toFixed(6);
for (let i = 1; i <= 1200; i++) rows.push(`o${i},${next()},${next()},${next()}`);
const csv = join(cacheDir, 'obs.csv');
writeFileSync(csv, rows.join('\n') + '\n');

describe('scripts/atlas.cjs', () => {
  it('asciiOf() escapes non-ASCII characters so that regular expressions match the same', () => {
    const sources = [
      String.raw`/[әғқңөұүһіёı]/g`,
      String.raw`/(ская|ской)$/u`,
      String.raw`/^(№|#|no\.?)$/i`,
      String.raw`/[а-я]+/`,
      '/\u{1F600}|x/u',
      '/[\u{1F600}]/u',
    ];
    const samples = [
      'әке',
      'Акмолинская',
      'Акмолинской',
      '№',
      'no.',
      'abc',
      '\u{1F600}',
      'x',
      'ёж',
    ];
    for (const src of sources) {
      const escaped = asciiOf(src);
      expect(escaped, src).not.toBeNull();
      expect(escaped).toMatch(/^[\x20-\x7e]*$/);
      const a = new Function(`return ${src}`)() as RegExp;
      const b = new Function(`return ${escaped}`)() as RegExp;
      for (const s of samples) {
        a.lastIndex = 0;
        b.lastIndex = 0;
        expect(b.test(s), `${src} on ${s}`).toBe(a.test(s));
      }
    }
    // An escape after a backslash would change the meaning: left as UTF-8.
    expect(asciiOf(String.raw`/\ё/`)).toBeNull();
    expect(asciiOf('const a = 1;')).toBe('const a = 1;');
  });

  it('prints what the CLI prints in-process, on the first run and from the code cache', async () => {
    const cases = [
      ['cluster', '--input', csv, '--method', 'ward', '--standardize', 'z', '--k', '3'],
      ['rate', '--input', fixture('rating/seed004-2010.csv')],
      ['--help'],
    ];
    for (const argv of cases) {
      const want = await inProcess(argv);
      const first = launched(argv);
      expect(first.err).toBe(want.err);
      expect(first.code).toBe(want.code);
      expect(first.out).toBe(want.out);
      const files = readdirSync(cacheDir).filter((f) => f.endsWith('.cache'));
      const stamps = files.map((f) => statSync(join(cacheDir, f)).mtimeMs);
      const second = launched(argv);
      expect(second).toEqual(first);
      // The second run read the code cache and wrote nothing new.
      expect(readdirSync(cacheDir).filter((f) => f.endsWith('.cache'))).toEqual(files);
      expect(files.map((f) => statSync(join(cacheDir, f)).mtimeMs)).toEqual(stamps);
    }
    const names = readdirSync(cacheDir);
    expect(names.filter((f) => f.endsWith('.cjs'))).toHaveLength(1);
    expect(names.filter((f) => /\.(cluster|rate|other)\.[0-9a-f]{8}\.cache$/.test(f))).toHaveLength(
      3,
    );
    const bundle = names.find((f) => f.endsWith('.cjs'))!;
    expect(readFileSync(join(cacheDir, bundle), 'latin1')).not.toMatch(/[\u0080-\uffff]/);
    // A mistyped command leaves no cache behind.
    expect(launched(['nosuch']).code).toBe(2);
    expect(readdirSync(cacheDir).some((f) => f.includes('nosuch'))).toBe(false);
  }, 180_000);

  it("`cluster` loads the messages it prints on demand: a constant column's warning", () => {
    // The launched process has no test set-up registering the catalogue (test/setup/i18n.ts):
    // cluster.ts must load it itself (command.ts messagesOnDemand) before it prints a warning.
    const flat = join(cacheDir, 'flat.csv');
    writeFileSync(flat, 'label,a,b\nX,1,2\nY,1,3\nZ,1,5\nW,1,7\n');
    const r = launched(['cluster', '--input', flat]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(
      /‘a’ has the same value everywhere; it cannot tell regions or groups apart\./,
    );
    expect(JSON.parse(r.out).cut).toHaveLength(4);
  }, 180_000);

  it('rebuilds when an input of the bundle changed since the manifest', async () => {
    const manifestPath = join(cacheDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    expect(manifest.format).toBe(FORMAT);
    const i = manifest.inputs.indexOf('src/cli/main.ts');
    expect(i).toBeGreaterThanOrEqual(0);
    const real = manifest.inputs[i + 1];
    manifest.inputs[i + 1] = real - 1000;
    writeFileSync(manifestPath, JSON.stringify(manifest));
    const argv = ['cluster', '--input', csv, '--k', '2'];
    const r = launched(argv);
    expect(r).toEqual({ ...(await inProcess(argv)), code: 0 });
    // Rebuilt: the manifest has the file's real stamp again.
    expect(JSON.parse(readFileSync(manifestPath, 'utf8')).inputs[i + 1]).toBe(real);
  }, 180_000);
});
