// Builds and serves the benchmark harness (bench/harness), not the app: `npm run bench` runs
// `vite build --config vite.bench.config.ts` then `vite preview --config vite.bench.config.ts`.
// A production build like the app's, without the app's service worker and CSP, into .bench/harness-dist.
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const APP_HOOKS = here('./src/db/hooks.ts');
const PRELOADED_HOOKS = here('./bench/harness/preloadedHooks.ts');

/**
 * Wherever the app imports src/db/hooks.ts, serve bench/harness/preloadedHooks.ts instead (which
 * re-exports the app's hooks and answers the profile's from data loaded beforehand): the profile is
 * then rendered synchronously and its timing covers compute and render, not IndexedDB reads.
 */
function preloadedHooks(): Plugin {
  return {
    name: 'bench-preloaded-hooks',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || importer === PRELOADED_HOOKS || !/\/db\/hooks(\.ts)?$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === APP_HOOKS ? PRELOADED_HOOKS : null;
    },
  };
}

export default defineConfig({
  root: here('./bench/harness'),
  // No public/ files: the harness needs none.
  publicDir: false,
  plugins: [preloadedHooks(), react()],
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
