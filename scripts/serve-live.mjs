#!/usr/bin/env node
// npm run serve:live: serves the built app (dist/; `npm run serve:live` builds it first) exactly as
// `vite preview` does (same headers, CSP, shells and fallback: the same vite.config.ts), and the stock
// y-websocket relay on the same origin under /relay, so the CSP's `connect-src 'self'` covers it. Every
// HTML page gets `<meta name="live-relay" content="/relay">`: the app offers live workshops only then.
//
// PORT (default 4174), HOST (default the config's, 127.0.0.1; 0.0.0.0 for a room's network), OUT_DIR
// (default dist). Persistence is off: rooms live in this process's memory. YPERSISTENCE=<dir> turns on
// the relay's LevelDB adapter. WebCrypto and the service worker need a secure context: behind HTTPS (see
// docs/scaling.md), or on localhost.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { preview } from 'vite';
import { attachRelay, RELAY_PATH } from './live-relay.mjs';

const port = Number(process.env.PORT ?? 4174);
const outDir = process.env.OUT_DIR ?? 'dist';
if (!existsSync(resolve(outDir, 'index.html'))) {
  console.error(`No build in ${outDir}/: run \`npm run build\` first.`);
  process.exit(1);
}

const META = `<meta name="live-relay" content="${RELAY_PATH}">`;

/** Adds the live meta to every HTML response, whatever answered it (a page, a shell, the fallback). */
function liveMeta() {
  return {
    name: 'live-relay-meta',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        // A page is answered uncompressed, so that the meta can be written into it (JS, CSS and the
        // rest are compressed as vite preview does).
        const path = (req.url ?? '/').split(/[?#]/)[0] ?? '/';
        if (!/\.[a-z0-9]+$/i.test(path) || path.endsWith('.html')) delete req.headers['accept-encoding'];
        const chunks = [];
        const { write, end, writeHead } = res;
        let head = null;
        const isHtml = () =>
          String(res.getHeader('content-type') ?? '').includes('text/html') &&
          !res.getHeader('content-encoding');
        res.writeHead = (status, ...rest) => {
          const headers = rest.find((r) => typeof r === 'object' && r !== null);
          for (const [name, value] of Object.entries(headers ?? {})) res.setHeader(name, value);
          head = status;
          return res;
        };
        const flushHead = (length) => {
          if (length !== undefined) res.setHeader('content-length', length);
          writeHead.call(res, head ?? res.statusCode);
        };
        res.write = (chunk, ...rest) => {
          if (isHtml()) {
            chunks.push(Buffer.from(chunk));
            return true;
          }
          if (!res.headersSent) flushHead();
          return write.call(res, chunk, ...rest);
        };
        res.end = (chunk) => {
          if (chunk && typeof chunk !== 'function') res.write(chunk);
          if (isHtml()) {
            const html = Buffer.concat(chunks).toString('utf8').replace('</head>', `${META}</head>`);
            const body = Buffer.from(html);
            flushHead(body.byteLength);
            return end.call(res, res.req?.method === 'HEAD' ? undefined : body);
          }
          if (!res.headersSent) flushHead();
          return end.call(res);
        };
        next();
      });
    },
  };
}

const server = await preview({
  plugins: [liveMeta()],
  build: { outDir },
  preview: { port, strictPort: true, ...(process.env.HOST ? { host: process.env.HOST } : {}) },
});
const relay = attachRelay(server.httpServer, { path: RELAY_PATH });
const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
console.log(
  `Live workshops: ${url} (relay ${RELAY_PATH}, ${process.env.YPERSISTENCE ? `persisted to ${process.env.YPERSISTENCE}` : 'in memory only'})`,
);

const stop = () => {
  relay.close();
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
