// Builds and serves the benchmark harness (bench/harness), not the app: `npm run bench` runs
// `vite build --config vite.bench.config.ts` then `vite preview --config vite.bench.config.ts`.
// A production build like the app's, without the app's service worker and CSP, into .bench/harness-dist.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('./bench/harness'),
  // No public/ files: the harness needs none.
  publicDir: false,
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: false,
    outDir: here('./.bench/harness-dist'),
    emptyOutDir: true,
    // One chunk on purpose (the harness is timed after load, not while loading): no size warning.
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      // The harness imports every locale bundle statically (src/i18n/resources.ts) on purpose, as the
      // tests do, so the app's lazy bundles cannot be split here: no need to warn about each one.
      checks: { ineffectiveDynamicImport: false },
    },
  },
  preview: {
    host: '127.0.0.1',
  },
});
