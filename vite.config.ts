/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

// Only the app's own origin: no inline script, no other host (no CDN, font, analytics or error service).
// Styles set by React go through the CSSOM, which `style-src 'self'` allows. Build only: the dev
// server's hot reload needs inline scripts.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
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
    ],
  };
}

// What the default first page needs besides the entry: the French frame wording and the home page's
// own chunk (both dynamic imports). Preloading them from the HTML saves a round trip before the first
// paint; on another page or in English they are 2 KB fetched for nothing.
const FIRST_PAGE_MODULES = [
  '/src/i18n/locales/fr/common.json',
  '/src/features/assessment/AssessmentListPage.tsx',
];

function preloadFirstPage(): Plugin {
  return {
    name: 'preload-first-page',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return [];
        const closure = (fileName: string, files: Set<string>) => {
          const chunk = bundle[fileName];
          if (chunk?.type !== 'chunk' || files.has(fileName)) return files;
          files.add(fileName);
          for (const imported of chunk.imports) closure(imported, files);
          return files;
        };
        const chunks = Object.values(bundle).filter((chunk) => chunk.type === 'chunk');
        // The entry already preloads its own static imports.
        const loaded = new Set<string>();
        for (const entry of chunks.filter((chunk) => chunk.isEntry)) closure(entry.fileName, loaded);
        const files = new Set<string>();
        for (const chunk of chunks) {
          if (FIRST_PAGE_MODULES.some((m) => chunk.facadeModuleId?.endsWith(m)))
            closure(chunk.fileName, files);
        }
        return [...files]
          .filter((fileName) => !loaded.has(fileName))
          .map((fileName) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${fileName}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}

export default defineConfig({
  plugins: [
    contentSecurityPolicy(),
    preloadFirstPage(),
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
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
        // The first visit is controlled as soon as the precache is complete, so « works offline » is true
        // at once; an update still waits (no skipWaiting) until the person chooses to reload.
        clientsClaim: true,
      },
      devOptions: { enabled: false },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Read by scripts/size.mjs to know which chunks the home page needs before its first render.
    manifest: true,
  },
  preview: {
    host: '127.0.0.1',
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
  },
});
