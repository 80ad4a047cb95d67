/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { matchRoutes } from 'react-router';
import { build, defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

// The HTML is prerendered in French. Before the first paint, this script hides the page from a person
// who chose another language, until the app has rendered it in theirs (app/main.tsx): never a flash of
// the other language. Inline, allowed by its hash: a file would hold the first paint back by a request.
// The page shows anyway after 3 s (styles.css), should the app fail to start.
const LANGUAGE_SCRIPT =
  "try{var l=localStorage.getItem('qdee.language');if(l&&l!==document.documentElement.lang)document.documentElement.dataset.pending=''}catch(e){}";
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

// Only the app's own origin: no other host (no CDN, font, analytics or error service), and no inline
// script but the one above. Styles set by React go through the CSSOM, which `style-src 'self'` allows.
// Build only: the dev server's hot reload needs inline scripts.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${sha256(LANGUAGE_SCRIPT)}`,
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
      { tag: 'script', children: LANGUAGE_SCRIPT, injectTo: 'head' },
    ],
  };
}

// The frame alone, for an address no page's HTML answers. Servers send it for any address that is not a
// file (see README), and the service worker does offline.
const FALLBACK_HTML = 'spa-fallback.html';
// The shells of the pages whose path has parameters: `shells/bilans/[id]/profil.html` answers
// `/bilans/:id/profil` (see README).
const SHELLS_DIR = 'shells';
/** The pages with an id in their path: each has a shell (prerenderPages) under SHELLS_DIR. */
const SHELL_PAGES = /^\/(bilans|groupes|ateliers|feuilles-de-route)\/[^/?#]+(\/[^?#]*)?(\?|#|$)/;

/**
 * First paint from HTML: after the app's build, app/prerender.tsx is built for Node and run, and each
 * page gets its own HTML file (`/ateliers` → ateliers.html, `/bilans/:id/profil` → a shell), holding
 * the frame, the page's title and its purpose.
 */
/** What src/app/prerender.tsx exports. */
interface PrerenderModule {
  readonly PRERENDERED: readonly { readonly pattern: string; readonly file: string }[];
  readonly prerender: (
    pattern: string | null,
  ) => Promise<{ html: string; heading: string | null; appTitle: string; lang: string }>;
}

function prerenderPages(): Plugin {
  return {
    name: 'prerender-pages',
    apply: 'build',
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        const template = bundle['index.html'];
        if (template?.type !== 'asset' || typeof template.source !== 'string') return;
        // Inside node_modules so the server build finds its packages; one folder per build, so two
        // builds at once (two checkouts sharing their packages) never load each other's chunks.
        const outDir = resolve('node_modules/.cache/prerender', String(process.pid));
        await build({
          configFile: false,
          logLevel: 'warn',
          plugins: [react()],
          build: { ssr: 'src/app/prerender.tsx', outDir, emptyOutDir: true, target: 'node20' },
        });
        const { prerender, PRERENDERED } = (await import(
          pathToFileURL(resolve(outDir, 'prerender.js')).href
        )) as PrerenderModule;
        const html = String(template.source);
        const page = async (path: string | null) => {
          const { html: root, heading, appTitle, lang } = await prerender(path);
          return html
            .replace(/<html lang="[^"]*"/, `<html lang="${lang}"`)
            .replace(/<title>.*<\/title>/, `<title>${heading ? `${heading} · ` : ''}${appTitle}</title>`)
            .replace(
              '<div id="root"></div>',
              `<div id="root" data-path="${path ?? ''}" data-lang="${lang}">${root}</div>`,
            );
        };
        for (const { pattern, file } of PRERENDERED)
          this.emitFile({ type: 'asset', fileName: file, source: await page(pattern) });
        // Netlify and Cloudflare Pages read these rules (in the router's own syntax), first match first.
        const shells = PRERENDERED.filter(({ pattern }) => pattern.includes(':'));
        this.emitFile({
          type: 'asset',
          fileName: '_redirects',
          source: [...shells.map((s) => `${s.pattern} /${s.file} 200`), `/* /${FALLBACK_HTML} 200`, ''].join(
            '\n',
          ),
        });
        this.emitFile({ type: 'asset', fileName: FALLBACK_HTML, source: await page(null) });
        await rm(outDir, { recursive: true, force: true });
      },
    },
  };
}

/** The shells in a build's folder, as routes: `shells/bilans/[id]/profil.html` → `/bilans/:id/profil`. */
function shellRoutes(outDir: string): { path: string; file: string }[] {
  const dir = resolve(outDir, SHELLS_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({
      path: `/${file.slice(0, -'.html'.length).replace(/\[(\w+)\]/g, ':$1')}`,
      file: `/${SHELLS_DIR}/${file}`,
    }));
}

/**
 * `vite preview` (npm start, the end-to-end tests) answers a page's address with its shell, matched
 * as the router matches it, and any other address that is no file with the frame.
 */
function spaFallback(): Plugin {
  return {
    name: 'spa-fallback',
    configurePreviewServer(server) {
      const outDir = resolve(server.config.build.outDir);
      const shells = shellRoutes(outDir);
      server.middlewares.use((req, _res, next) => {
        const path = (req.url ?? '/').split(/[?#]/)[0] ?? '/';
        // What Vite's own fallback takes for a page request: a GET that accepts HTML (curl sends */*).
        const accept = req.headers.accept ?? '';
        const wantsPage = req.method === 'GET' && (accept === '' || /text\/html|\*\/\*/.test(accept));
        const isFile =
          path === '/' || path.includes('.') || existsSync(resolve(outDir, `${path.slice(1)}.html`));
        if (wantsPage && !isFile) req.url = matchRoutes(shells, path)?.[0]?.route.file ?? `/${FALLBACK_HTML}`;
        next();
      });
    },
  };
}

/** Written in main.tsx where the start's chunks are listed; replaced by their addresses at build. */
const START_CHUNKS = '__START_CHUNKS__';

/**
 * main.tsx starts the app in steps, each a dynamic import evaluated in a task of its own; fetched one
 * after the other, they cost a round trip each on a first visit. This gives main.tsx the addresses of
 * every chunk its steps need (the chunks it imports dynamically and all they import statically), which
 * it preloads together once the page has painted.
 */
function startChunks(): Plugin {
  let base = '/';
  return {
    name: 'start-chunks',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    generateBundle(_options, bundle) {
      const entry = Object.values(bundle).find(
        (file) =>
          file.type === 'chunk' &&
          file.isEntry &&
          file.moduleIds.some((id) => id.endsWith('/src/app/main.tsx')),
      );
      if (entry?.type !== 'chunk') return;
      const files = new Set<string>();
      const visit = (name: string) => {
        const chunk = bundle[name];
        if (files.has(name) || chunk?.type !== 'chunk') return;
        files.add(name);
        chunk.imports.forEach(visit);
      };
      files.add(entry.fileName); // loaded already
      entry.dynamicImports.forEach(visit);
      files.delete(entry.fileName);
      const placeholder = new RegExp(`(["'\`])${START_CHUNKS}\\1`);
      if (!placeholder.test(entry.code)) this.error(`${START_CHUNKS} is missing from main.tsx's chunk`);
      entry.code = entry.code.replace(placeholder, () =>
        JSON.stringify(JSON.stringify([...files].map((file) => base + file))),
      );
    },
  };
}

export default defineConfig({
  plugins: [
    contentSecurityPolicy(),
    startChunks(),
    prerenderPages(),
    spaFallback(),
    react(),
    // Offline-first: every lazy page and both languages are precached at install, so a bilan can be
    // answered with no network. We register the service worker ourselves (UpdatePrompt) and a new
    // version waits for the person's consent: an update never reloads in the middle of an answer.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'apple-touch-icon-180x180.png'],
      manifest: {
        name: 'Quel·le développeur·euse êtes-vous ?',
        short_name: 'Développeur·euse',
        description:
          'Auto-positionnement des professionnel·les de la politique de la ville : compétences et postures, hors ligne, sans compte.',
        lang: 'fr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#1f4e79',
        background_color: '#fbfaf7',
        icons: [
          { src: '/pwa-192x192.png', sizes: '192x192', type: 'image/png' },
          { src: '/pwa-512x512.png', sizes: '512x512', type: 'image/png' },
          { src: '/maskable-icon-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,ico,webmanifest,json}'],
        navigateFallback: `/${FALLBACK_HTML}`,
        // A page with an id (a bilan, a group, a workshop, a roadmap) opens from its shell, as from the
        // server: the frame, the page's title and its purpose paint before any script has run. Its
        // shell's name is the path with the id replaced (`/bilans/x/profil` → shells/bilans/[id]/
        // profil.html, see prerenderPages); an address with no shell gets the frame. The handler is
        // copied into the service worker as text: it can use nothing from this file.
        navigateFallbackDenylist: [SHELL_PAGES],
        runtimeCaching: [
          {
            // Workbox tests a RegExp against the whole address.
            urlPattern: new RegExp(`^https?://[^/]+${SHELL_PAGES.source.slice(1)}`),
            handler: async ({ request, url }) => {
              const parts = url.pathname.replace(/\/+$/, '').split('/');
              parts[2] = '[id]';
              const shell = await caches.match(`/shells${parts.join('/')}.html`, { ignoreSearch: true });
              return (
                shell ?? (await caches.match('/spa-fallback.html', { ignoreSearch: true })) ?? fetch(request)
              );
            },
          },
        ],
        cleanupOutdatedCaches: true,
        // The first visit is controlled as soon as the precache is complete, so « works offline » is true
        // at once; an update still waits (no skipWaiting) until the person chooses to reload.
        clientsClaim: true,
      },
      devOptions: { enabled: false },
    }),
  ],
  // The wording bundles become `JSON.parse('…')`: V8 reads a JSON string much faster than the same
  // object written as JavaScript (a trace of the profile showed 28 ms compiling `pages` as JavaScript).
  json: { stringify: true, namedExports: false },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Read by scripts/size.mjs to know which chunks the home page needs before its first render.
    manifest: true,
    // React with React DOM, the router and Dexie are chunks of their own, which main.tsx evaluates one
    // by one before the rest of the app: short tasks instead of one long one (ARCHITECTURE.md, « Speed »).
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react-dom', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'router', test: /node_modules[\\/]react-router[\\/]/ },
            { name: 'dexie', test: /node_modules[\\/]dexie[\\/]/ },
          ],
        },
      },
    },
    // The HTML preloads the entry's chunks. A lazy chunk's own imports are found by the browser as it
    // parses the chunk: Vite's helper would add a <link rel=modulepreload> per import instead, about
    // 1.5 ms each, inside React's render of the lazy page (the grid's answers: one 50 ms task).
    modulePreload: {
      resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []),
    },
  },
  // `npm start` and the end-to-end tests serve the build with vite preview. A page may not be shown
  // inside another site's frame (clickjacking): a meta CSP cannot say frame-ancestors, so these are
  // response headers; README shows the same for static hosts.
  preview: {
    host: '127.0.0.1',
    headers: {
      'Content-Security-Policy': "frame-ancestors 'none'",
      'X-Frame-Options': 'DENY',
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    // A loaded CI machine runs a lint or an import several times slower than a desk: tests measure
    // behaviour, never speed (the bench does), so they get room.
    testTimeout: 30_000,
  },
});
