import { defineConfig } from 'vitest/config';

// Browser tests: the production build in dist/, served from a sub-path, driven in Debian's
// Chromium through playwright-core. Run by scripts/e2e.mjs after `vite build`.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60000,
    hookTimeout: 60000,
    fileParallelism: false,
    env: { TZ: 'UTC' },
  },
});
