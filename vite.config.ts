import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// base './' keeps every asset path relative, so dist/ works from any sub-path of a
// static host (GitHub Pages style); routing is by hash, so no server rewrites are needed.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1200 },
  worker: { format: 'es' },
});
