/**
 * The page cache at work in the server (scripts/serve.ts), in front of Next.js's handler. A
 * request the cache may answer (lib/http/page-cache.ts) gets its page from memory, with a fresh
 * nonce in the CSP and in the body, gzipped without compressing again (lib/http/holed-gzip.ts).
 * On a miss the server asks itself for the page over loopback, marked as its own render
 * (lib/http/render-mark.ts), so Next.js renders it as usual but with the placeholder nonce;
 * requests for the same page meanwhile wait for that one render. Anything else goes to Next.js.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import http from 'node:http';
import { buildCsp, CSP_HEADER, newNonce } from '../security/csp';
import { filledGzip, filledRaw, holedBody } from './holed-gzip';
import { cacheKey, cachedHeaders, isCacheable, NAVIGATION_HEADERS, PageCache, type CachedPage } from './page-cache';
import { RENDER_HEADER, type RenderMark } from './render-mark';

const RENDER_TIMEOUT_MS = 120_000;

export interface PageCacheOptions {
  /** Where this server listens, for asking itself. */
  readonly origin: URL;
  readonly mark: RenderMark;
  readonly maxBytes: number;
  /** The data's stamp now (lib/db/data-stamp.ts): a change empties the cache. */
  readonly stamp: () => string;
}

/** gzip unless the client does not take it (or refuses it with q=0). */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  if (!acceptEncoding) return false;
  return acceptEncoding.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding !== 'gzip' && coding !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  });
}

/** Returns a handler that answers a cacheable request and resolves true, or resolves false. */
export function createPageCacheHandler(o: PageCacheOptions): (req: IncomingMessage, res: ServerResponse) => Promise<boolean> {
  const cache = new PageCache(o.maxBytes);
  const rendering = new Map<string, Promise<CachedPage>>();

  function render(pathAndQuery: string, req: IncomingMessage): Promise<CachedPage> {
    return new Promise((resolve, reject) => {
      const ask = http.get({
        hostname: o.origin.hostname, port: o.origin.port, path: pathAndQuery, timeout: RENDER_TIMEOUT_MS,
        headers: {
          host: req.headers.host ?? o.origin.host, accept: req.headers.accept ?? '*/*',
          'accept-encoding': 'identity', 'user-agent': 'zj-page-cache', [RENDER_HEADER]: o.mark.token,
          ...Object.fromEntries(NAVIGATION_HEADERS.flatMap((h) => (typeof req.headers[h] === 'string' ? [[h, req.headers[h]]] : []))),
        },
      }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const headers: [string, string][] = [];
          for (let i = 0; i < res.rawHeaders.length; i += 2) headers.push([res.rawHeaders[i]!, res.rawHeaders[i + 1]!]);
          resolve({ status: res.statusCode ?? 500, headers: cachedHeaders(headers), body: holedBody(Buffer.concat(chunks), o.mark.placeholder) });
        });
      });
      ask.on('timeout', () => ask.destroy(new Error(`rendering ${pathAndQuery} took over ${RENDER_TIMEOUT_MS / 1000} s`)));
      ask.on('error', reject);
    });
  }

  function pageFor(key: string, pathAndQuery: string, req: IncomingMessage): Promise<CachedPage> {
    const stamp = o.stamp();
    const hit = cache.get(key, stamp);
    if (hit) return Promise.resolve(hit);
    let pending = rendering.get(key);
    if (!pending) {
      pending = render(pathAndQuery, req).then((page) => {
        if (page.status === 200) cache.set(key, stamp, page);
        return page;
      }).finally(() => rendering.delete(key));
      rendering.set(key, pending);
    }
    return pending;
  }

  return async (req, res) => {
    const pathAndQuery = req.url ?? '/';
    const q = pathAndQuery.indexOf('?');
    const pathname = q === -1 ? pathAndQuery : pathAndQuery.slice(0, q);
    const header = (h: string) => {
      const v = req.headers[h];
      return Array.isArray(v) ? v.join(', ') : v;
    };
    if (header(RENDER_HEADER) !== undefined || !isCacheable(req.method ?? '', pathAndQuery, header)) return false;
    let page: CachedPage;
    try {
      page = await pageFor(cacheKey(req.headers.host ?? '', pathAndQuery, header), pathAndQuery, req);
    } catch (e) {
      console.error(`[page-cache] ${pathname}: ${(e as Error).message}; rendering it directly`);
      return false;
    }
    const nonce = newNonce();
    for (const [k, v] of page.headers) res.appendHeader(k, v.replaceAll(o.mark.placeholder, nonce));
    res.setHeader(CSP_HEADER, buildCsp({ nonce, pathname }));
    const gzip = acceptsGzip(req.headers['accept-encoding'] as string | undefined);
    // One buffer, one write: dozens of small writes per response cost more than the copy.
    const body = Buffer.concat(gzip ? filledGzip(page.body, Buffer.from(nonce)) : filledRaw(page.body, Buffer.from(nonce)));
    if (gzip) res.setHeader('Content-Encoding', 'gzip');
    res.setHeader('Content-Length', body.length);
    res.statusCode = page.status;
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
}
