import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { CSP } from './scripts/csp.mjs';

// base './' keeps every asset path relative, so dist/ works from any sub-path of a
// static host (GitHub Pages style); routing is by hash, so no server rewrites are needed.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    // The Content-Security-Policy ships in the built index.html (scripts/csp.mjs). Build only:
    // the dev server injects an inline script for React refresh.
    {
      name: 'atlas-csp-meta',
      apply: 'build',
      transformIndexHtml: {
        order: 'post',
        handler: () => [
          {
            tag: 'meta',
            attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
            injectTo: 'head-prepend',
          },
        ],
      },
    },
    // Precache every built asset so a presentation survives a dropped connection after the
    // first visit; 'autoUpdate' activates a new deployment's worker on the next visit.
    // injectRegister 'script' loads registerSW.js as a file: no inline script under the CSP.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script',
      manifest: {
        name: 'KZ Cluster Atlas',
        short_name: 'KZ Atlas',
        description: 'Regional clusters of Kazakhstan: rating, specialisation, clustering, factors',
        theme_color: '#1f4e79',
        background_color: '#ffffff',
        display: 'standalone',
        start_url: './',
        scope: './',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest}'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        navigateFallback: null,
      },
    }),
  ],
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1200 },
  worker: { format: 'es' },
});
