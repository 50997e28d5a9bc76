/**
 * The UI benchmark's build (`npm run bench:ui`, scripts/bench-ui.mjs): the app as shipped
 * (same plugins, same CSP meta) from bench/ui/index.html, whose entry adds the benchmark link
 * and its synthetic hexagon grid. No service worker: nothing here is precached, and the
 * production build (vite.config.ts) contains none of it.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig, type PluginOption } from 'vite';
import app from '../../vite.config.ts';

const isPwa = (p: PluginOption): boolean =>
  !!p && typeof p === 'object' && 'name' in p && String(p.name).startsWith('vite-plugin-pwa');

export default mergeConfig(
  { ...app, plugins: (app.plugins ?? []).flat().filter((p) => !isPwa(p)) },
  defineConfig({
    root: fileURLToPath(new URL('.', import.meta.url)),
    publicDir: fileURLToPath(new URL('../../public', import.meta.url)),
    build: { outDir: fileURLToPath(new URL('../../dist-bench', import.meta.url)) },
  }),
);
