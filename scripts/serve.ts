/**
 * The production server: Next.js's request handler behind the page cache
 * (lib/http/page-cache-handler.ts), so a reader's page is rendered once per URL and data and then
 * sent from memory with a fresh nonce. One process; SIGTERM and SIGINT close it and free the port.
 *
 *   node --require tsx/cjs scripts/serve.ts [-p PORT] [-H HOST]
 *
 * PORT (default 3000) and HOSTNAME as in `next start`; PAGE_CACHE_MB (default 128, 0: off) bounds
 * the cache. `npm start` runs this after making sure the data and the build are current.
 */
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { dataStamp } from '../lib/db/data-stamp';
import { createPageCacheHandler } from '../lib/http/page-cache-handler';
import { createRenderMark } from '../lib/http/render-mark';

const ROOT = path.resolve(__dirname, '..');

async function main(): Promise<void> {
  process.title = 'zj-serve'; // what ps and /proc/PID/comm show
  const { values } = parseArgs({ options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } } });
  const port = Number(values.port ?? process.env.PORT ?? 3000);
  const hostname = values.hostname ?? process.env.HOSTNAME ?? '0.0.0.0';
  // Next.js reads NODE_ENV when it loads: set it before.
  (process.env as Record<string, string>).NODE_ENV = 'production';
  const next = (await import('next')).default;
  const app = next({ dev: false, dir: ROOT, hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const budgetMb = Number(process.env.PAGE_CACHE_MB ?? 128);
  const local = hostname === '0.0.0.0' || hostname === '::' ? '127.0.0.1' : hostname;
  const cached = budgetMb > 0
    ? createPageCacheHandler({ origin: new URL(`http://${local.includes(':') ? `[${local}]` : local}:${port}`), mark: createRenderMark(), maxBytes: budgetMb * 1024 * 1024, stamp: () => dataStamp() })
    : null;

  const server = http.createServer((req, res) => {
    void (async () => {
      if (cached && (await cached(req, res))) return;
      await handle(req, res);
    })().catch((e: unknown) => {
      console.error(e);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  server.listen(port, hostname, () => console.log(`[serve] ready on http://${local}:${port}${cached ? `, page cache ${budgetMb} MB` : ''}`));
  const stop = () => {
    server.close();
    server.closeAllConnections();
    void app.close().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

void main().catch((e: unknown) => {
  console.error(`[serve] ${e instanceof Error ? e.stack : String(e)}`);
  process.exit(1);
});
