/**
 * Launcher behind `npm run -s atlas -- <command> [options]`: runs src/cli/main.ts from one
 * ESM bundle made by esbuild (a devDependency) and cached in
 * node_modules/.cache/kz-atlas/, so a run loads one plain JavaScript file instead of starting
 * tsx's loader and transforming every module (about 0.5 s less per run; bench/results/ward.md).
 *
 * The cache is checked on every run: manifest.json lists every input file of the bundle
 * (esbuild's metafile: the sources and the packages' files in node_modules) with its mtime and
 * size; if any differs or is
 * missing, the bundle is rebuilt (about 0.3 s). Writes go to a temporary name and are renamed
 * into place, so concurrent runs (tests, CI) never read a half-written file; the bundle's
 * name carries a hash of its contents, so a manifest never points at a bundle that another
 * run is replacing. If esbuild cannot be loaded, or ATLAS_NO_BUNDLE=1 is set, the CLI runs
 * through tsx's loader as before. No build step is needed by hand.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const entry = 'src/cli/main.ts';
const cacheDir = join(root, 'node_modules', '.cache', 'kz-atlas');
const manifestPath = join(cacheDir, 'manifest.json');
// Bumped when the manifest's meaning changes, so caches written by older launchers are ignored.
const FORMAT = 2;

/** [mtimeMs, size] of a file relative to the root, or null if it is gone. */
function stamp(rel) {
  try {
    const s = statSync(join(root, rel));
    return [s.mtimeMs, s.size];
  } catch {
    return null;
  }
}

/** The cached bundle's path if every input is unchanged since it was built, else null. */
function cachedBundle() {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch {
    return null;
  }
  if (manifest.format !== FORMAT || manifest.node !== process.version) return null;
  for (const [rel, [mtime, size]] of Object.entries(manifest.inputs)) {
    const s = stamp(rel);
    if (!s || s[0] !== mtime || s[1] !== size) return null;
  }
  const bundle = join(cacheDir, manifest.bundle);
  return existsSync(bundle) ? bundle : null;
}

/** Writes `text` to `path` atomically (temporary file in the same folder, then rename). */
function writeAtomic(path, text) {
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/** Bundles the CLI, stores it with its manifest and returns its path. */
async function buildBundle() {
  const { build } = await import('esbuild');
  const started = Date.now();
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: `node${process.versions.node.split('.')[0]}`,
    // Packages are bundled too (one file to load: ~60 ms less CPU per run than resolving and
    // parsing their CommonJS at start-up); their own require() calls go through Node's.
    banner: {
      js: "import { createRequire as __atlasRequire } from 'node:module'; const require = __atlasRequire(import.meta.url);",
    },
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const name = `main-${hash}.mjs`;
  mkdirSync(cacheDir, { recursive: true });
  const bundle = join(cacheDir, name);
  if (!existsSync(bundle)) writeAtomic(bundle, code);
  // The launcher itself too: its build options shape the bundle.
  const inputs = { 'scripts/atlas.mjs': stamp('scripts/atlas.mjs') };
  let settled = true;
  for (const rel of Object.keys(result.metafile.inputs)) {
    const s = stamp(rel);
    if (!s) continue;
    // A file changed while esbuild read it (mtime within the last 2 s of the build): use the
    // bundle for this run but do not record it, so the next run rebuilds.
    if (s[0] >= started - 2000) settled = false;
    inputs[rel] = s;
  }
  if (settled) {
    writeAtomic(
      manifestPath,
      JSON.stringify({ format: FORMAT, node: process.version, bundle: name, inputs }),
    );
    removeStale(name);
  }
  return bundle;
}

/** Deletes bundles other than `keep` that are over an hour old (a run may still read them). */
function removeStale(keep) {
  const hourAgo = Date.now() - 3_600_000;
  for (const f of readdirSync(cacheDir)) {
    if (f === keep || !/^main-[0-9a-f]+\.mjs$/.test(f)) continue;
    try {
      if (statSync(join(cacheDir, f)).mtimeMs < hourAgo) unlinkSync(join(cacheDir, f));
    } catch {
      // Another run removed it first.
    }
  }
}

async function loadCli() {
  if (process.env.ATLAS_NO_BUNDLE !== '1') {
    let bundle = cachedBundle();
    if (!bundle) {
      try {
        bundle = await buildBundle();
      } catch (err) {
        // A syntax error in the source: report it as esbuild words it, exit code 1.
        if (err && Array.isArray(err.errors) && err.errors.length > 0) {
          for (const e of err.errors) {
            const at = e.location
              ? `${e.location.file}:${e.location.line}:${e.location.column}: `
              : '';
            process.stderr.write(`atlas: ${at}${e.text}\n`);
          }
          process.exit(1);
        }
        bundle = null; // esbuild unavailable: fall back to tsx below.
      }
    }
    if (bundle) return import(pathToFileURL(bundle).href);
  }
  const { register } = await import('tsx/esm/api');
  register();
  return import(pathToFileURL(join(root, entry)).href);
}

const { runCli } = await loadCli();
process.exitCode = await runCli(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
});
