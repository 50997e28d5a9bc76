/**
 * Launcher behind `npm run -s atlas -- <command> [options]`: runs src/cli/main.ts from one
 * CommonJS bundle made by esbuild (a devDependency) and cached in
 * node_modules/.cache/kz-atlas/, so a run loads one plain JavaScript file instead of starting
 * tsx's loader and transforming every module (about 0.5 s less per run; bench/results/ward.md).
 * This file is CommonJS too, so a run never starts Node's ES module loader.
 *
 * Start-up is most of a small run (issue 14), so the warm path is kept cheap:
 * - freshness: manifest.json lists every input file of the bundle (esbuild's metafile: the
 *   sources and the packages' files in node_modules) with its mtime and size, and the warm
 *   path only stats them (no hashing, no esbuild); if any differs or is missing, the bundle
 *   is rebuilt (about 0.5 s);
 * - the bundle is written without comments and whitespace (minifyWhitespace; names are kept)
 *   and in ASCII (the few non-ASCII characters esbuild leaves in regular expressions become
 *   \uXXXX escapes, which mean the same there), so it is read as Latin-1 into a one-byte
 *   string with no UTF-8 decoding;
 * - it is stored already wrapped in CommonJS's module function, so its text is compiled as
 *   read, with no second copy made to add the wrapper;
 * - it is compiled through vm.Script with a V8 code cache: after a command's first run the
 *   bytecode of every function that run compiled is stored beside the bundle (one cache per
 *   command and per set of Node flags, since V8 rejects a cache made under other flags), and
 *   later runs of that command start from it instead of parsing and compiling again. A cache
 *   V8 rejects (another V8, a damaged file) is simply rebuilt after the run.
 * Writes go to a temporary name and are renamed into place, so concurrent runs (tests, CI)
 * never read a half-written file; the bundle's name carries a hash of its contents, so a
 * manifest never points at a bundle that another run is replacing, and its caches carry the
 * same name. After a run the process exits as soon as stdout and stderr have taken the output,
 * skipping Node's tear-down of the heap. If esbuild cannot be loaded, or ATLAS_NO_BUNDLE=1 is set, the CLI runs through
 * tsx's loader as before; ATLAS_CACHE_DIR moves the cache (tests). No build step is needed by
 * hand.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const entry = 'src/cli/main.ts';
const cacheDir =
  process.env.ATLAS_CACHE_DIR || path.join(root, 'node_modules', '.cache', 'kz-atlas');
const manifestPath = path.join(cacheDir, 'manifest.json');
// Bumped when the manifest's meaning changes, so caches written by older launchers are ignored.
const FORMAT = 4;
// The bundle is stored inside the function that CommonJS would wrap it in, so a run compiles
// the file's text as it is read (no second copy of 1.6 MB to join the wrapper to it).
const WRAP_HEAD = '(function (exports, require, module, __filename, __dirname) {';
const WRAP_TAIL = '\n})';

/** [mtimeMs, size] of a file relative to the root, or null if it is gone. */
function stamp(rel) {
  const s = fs.statSync(root + '/' + rel, { throwIfNoEntry: false });
  return s ? [s.mtimeMs, s.size] : null;
}

/** The cached bundle ({ file, ascii }) if every input is unchanged since it was built, else null. */
function cachedBundle() {
  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  } catch {
    return null;
  }
  if (manifest.format !== FORMAT || manifest.node !== process.version) return null;
  // [path, mtimeMs, size, path, mtimeMs, size, ...]
  const inputs = manifest.inputs;
  for (let i = 0; i < inputs.length; i += 3) {
    const s = fs.statSync(root + '/' + inputs[i], { throwIfNoEntry: false });
    if (!s || s.mtimeMs !== inputs[i + 1] || s.size !== inputs[i + 2]) return null;
  }
  const file = path.join(cacheDir, manifest.bundle);
  return fs.existsSync(file) ? { file, ascii: manifest.ascii === true } : null;
}

/** Writes `data` to `file` atomically (temporary file in the same folder, then rename). */
function writeAtomic(file, data) {
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
}

/**
 * The bundle's text in ASCII: each non-ASCII UTF-16 unit as a \uXXXX escape. esbuild already
 * escapes them in strings, templates and names; what is left is in regular expressions
 * (where \uXXXX means the same character, surrogate pairs included) and legal comments.
 * Returns null (keep UTF-8) if a non-ASCII character follows a backslash, where an escape
 * would not mean the same.
 */
function asciiOf(code) {
  if (/\\[\u0080-\uffff]/.test(code)) return null;
  return code.replace(
    /[\u0080-\uffff]/g,
    (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'),
  );
}

/** Bundles the CLI, stores it with its manifest and returns { file, ascii }. */
async function buildBundle() {
  const { build } = require('esbuild');
  const { createHash } = require('node:crypto');
  const started = Date.now();
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: `node${process.versions.node.split('.')[0]}`,
    // Packages are bundled too (one file to load: ~60 ms less CPU per run than resolving and
    // parsing their CommonJS at start-up); their own require() calls go through Node's.
    minifyWhitespace: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const utf8 = result.outputFiles[0].text;
  const asciiText = asciiOf(utf8);
  const code = WRAP_HEAD + (asciiText ?? utf8) + WRAP_TAIL;
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const name = `main-${hash}.cjs`;
  fs.mkdirSync(cacheDir, { recursive: true });
  const file = path.join(cacheDir, name);
  if (!fs.existsSync(file)) writeAtomic(file, code);
  // The launcher itself too: its build options shape the bundle.
  const self = path.relative(root, __filename).split(path.sep).join('/');
  const inputs = [self, ...stamp(self)];
  let settled = true;
  for (const rel of Object.keys(result.metafile.inputs)) {
    const s = stamp(rel);
    if (!s) continue;
    // A file changed while esbuild read it (mtime within the last 2 s of the build): use the
    // bundle for this run but do not record it, so the next run rebuilds.
    if (s[0] >= started - 2000) settled = false;
    inputs.push(rel, s[0], s[1]);
  }
  if (settled) {
    writeAtomic(
      manifestPath,
      JSON.stringify({
        format: FORMAT,
        node: process.version,
        bundle: name,
        ascii: asciiText !== null,
        inputs,
      }),
    );
    removeStale(name);
  }
  return { file, ascii: asciiText !== null };
}

/** Deletes bundles and caches other than `keep`'s that are over an hour old (a run may still read them). */
function removeStale(keep) {
  const stem = keep.replace(/\.cjs$/, '');
  const hourAgo = Date.now() - 3_600_000;
  for (const f of fs.readdirSync(cacheDir)) {
    if (f.startsWith(stem) || !/^main-[0-9a-f]+[.-]/.test(f)) continue;
    try {
      if (fs.statSync(path.join(cacheDir, f)).mtimeMs < hourAgo)
        fs.unlinkSync(path.join(cacheDir, f));
    } catch {
      // Another run removed it first.
    }
  }
}

/** A short hash of a string (FNV-1a, 32 bits), for the cache's name. */
function fnv(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * Runs the bundle's module code through vm.Script with the command's code cache, if any.
 * Returns the module's exports and a function that stores a fresh cache when there was none
 * or V8 rejected it.
 */
function loadBundle(bundle, command) {
  const vm = require('node:vm');
  const source = fs.readFileSync(bundle.file, bundle.ascii ? 'latin1' : 'utf8');
  const tag = /^[a-z][a-z-]*$/.test(command) ? command : 'other';
  const cacheFile = `${bundle.file.replace(/\.cjs$/, '')}.${tag}.${fnv(process.execArgv.join(' '))}.cache`;
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(source, { filename: bundle.file, cachedData });
  const mod = { exports: {} };
  const { createRequire } = require('node:module');
  script
    .runInThisContext()
    .call(mod.exports, mod.exports, createRequire(bundle.file), mod, bundle.file, cacheDir);
  const saveCache = () => {
    if (cachedData && !script.cachedDataRejected) return;
    // Not for a mistyped command name (it would leave a cache file behind for each).
    if (tag !== 'other' && !(mod.exports.COMMANDS ?? []).includes(command)) return;
    try {
      writeAtomic(cacheFile, script.createCachedData());
    } catch {
      // A read-only cache folder: run without a code cache.
    }
  };
  return { cli: mod.exports, saveCache };
}

async function loadCli(command) {
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
    if (bundle) return loadBundle(bundle, command);
  }
  const { pathToFileURL } = require('node:url');
  const { register } = await import('tsx/esm/api');
  register();
  return { cli: await import(pathToFileURL(path.join(root, entry)).href), saveCache: () => {} };
}

/** Whether stdout went through process.stdout (see writeOut()), or its reader has gone. */
let stdoutStream = false;
let stdoutClosed = false;

/**
 * Writes the command's output to stdout straight through its descriptor, so that a run never
 * sets up process.stdout's stream (its tty, net or fs modules: ~10 ms of a 5,000-row cluster
 * run; issue 14). If the reader has gone (EPIPE: `| head`) the rest is dropped, as the exit
 * below always dropped it; if the descriptor cannot take it at once (a non-blocking pipe says
 * EAGAIN) or fails otherwise, the rest and everything after it go through process.stdout.
 */
function writeOut(s) {
  if (stdoutClosed) return;
  if (!stdoutStream) {
    const buf = Buffer.from(s, 'utf8');
    let off = 0;
    try {
      while (off < buf.length) off += fs.writeSync(1, buf, off);
      return;
    } catch (err) {
      if (err.code === 'EPIPE') {
        stdoutClosed = true;
        return;
      }
      stdoutStream = true;
      s = buf.subarray(off);
    }
  }
  process.stdout.write(s);
}

async function main() {
  const argv = process.argv.slice(2);
  const { cli, saveCache } = await loadCli(argv[0] ?? '');
  const code = await cli.runCli(argv, {
    out: writeOut,
    err: (s) => process.stderr.write(s),
  });
  saveCache();
  // The commands write no files and leave nothing running, so once stdout and stderr have
  // taken the output the process exits at once, without Node tearing its heap down first
  // (about 1 % of a 5,000-row cluster run; issue 14). On Linux process.stderr's writes are
  // synchronous (files, pipes and terminals; Node's docs, "A note on process I/O") and stdout
  // was written directly, so nothing is pending; elsewhere, or when stdout went through its
  // stream, the exit waits for the callbacks of writes queued after the output.
  process.exitCode = code;
  if (!stdoutStream && process.platform === 'linux') process.exit(code);
  process.stderr.write('', () => process.stdout.write('', () => process.exit(code)));
}

if (require.main === module) main();
else module.exports = { asciiOf, FORMAT }; // for test/cli/launcher.test.ts
