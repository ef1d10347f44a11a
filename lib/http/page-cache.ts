/**
 * Whole responses of the public pages, rendered once per URL and data stamp and then sent from
 * memory, each time with a fresh CSP nonce (lib/http/holed-gzip.ts fills it in, already
 * compressed). Rendering the dashboard costs React hundreds of milliseconds at 100k articles and
 * its data does not change between extractions; a cached answer costs well under a millisecond.
 *
 * Only what is the same for every reader is cached: GET and HEAD of the reader's pages,
 * /api/timeline and /api/map, whole or as a client navigation's RSC payload (keyed by the headers
 * it depends on); never /review, a write, a server action or a request with a Range. Entries are dropped,
 * least recently used first, past a byte budget, and all at once when the data stamp changes (new
 * database, new corrections).
 */
import type { HoledBody } from './holed-gzip';

export interface CachedPage {
  readonly status: number;
  /** Response headers as rendered, without the CSP, the length and the transfer headers. */
  readonly headers: readonly (readonly [string, string])[];
  readonly body: HoledBody;
}

/** The reader's pages and the chart APIs: the same answer for every reader of a URL. */
const CACHEABLE_PATH = /^\/(?:$|region\/[^/]+$|article\/[^/]+$|embed\/(?:map|timeline|source)$|about$|api\/(?:timeline|map)$)/;

/**
 * Request headers a client navigation's answer (the RSC payload) depends on: part of its key. Next.js
 * checks that the URL's `_rsc` parameter is a hash of them, and answers a navigation without it
 * with a redirect.
 */
export const NAVIGATION_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-url'];

/** A server action or a partial request: never cached. */
const UNCACHEABLE_HEADERS = ['next-action', 'range'];

/** True for a request whose answer the cache may give (`header`: a request header's value). */
export function isCacheable(method: string, pathAndQuery: string, header: (name: string) => string | undefined): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  const q = pathAndQuery.indexOf('?');
  if (!CACHEABLE_PATH.test(q === -1 ? pathAndQuery : pathAndQuery.slice(0, q))) return false;
  if (UNCACHEABLE_HEADERS.some((h) => header(h) !== undefined)) return false;
  const navigation = NAVIGATION_HEADERS.some((h) => header(h) !== undefined);
  return !navigation || (header('rsc') === '1' && /[?&]_rsc=/.test(pathAndQuery));
}

/** The key of a cacheable request: host, path and query, and a navigation's headers. */
export function cacheKey(host: string, pathAndQuery: string, header: (name: string) => string | undefined): string {
  return [host, pathAndQuery, ...NAVIGATION_HEADERS.map((h) => header(h) ?? '')].join('\u0000');
}

/** Response headers that belong to one response, not to the cached page. */
const PER_RESPONSE = new Set(['content-security-policy', 'content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive', 'date']);

export function cachedHeaders(headers: Iterable<[string, string]>): [string, string][] {
  return [...headers].filter(([k]) => !PER_RESPONSE.has(k.toLowerCase()));
}

/** Pages by key, least recently used first, within `maxBytes` (raw and compressed bodies counted). */
export class PageCache {
  private readonly pages = new Map<string, CachedPage>();
  private stamp = '';
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  /** Forgets every page when the data changed. */
  private check(stamp: string): void {
    if (stamp === this.stamp) return;
    this.pages.clear();
    this.bytes = 0;
    this.stamp = stamp;
  }

  get(key: string, stamp: string): CachedPage | undefined {
    this.check(stamp);
    const page = this.pages.get(key);
    if (page) {
      this.pages.delete(key);
      this.pages.set(key, page);
    }
    return page;
  }

  /**
   * Keeps `page` if it was rendered from the current data and fits the budget. A render that
   * started before the data changed arrives with the old stamp and is dropped (only `get`, asked
   * with the stamp of now, moves the cache to new data).
   */
  set(key: string, stamp: string, page: CachedPage): void {
    if (stamp !== this.stamp) return;
    const size = sizeOf(page);
    if (size > this.maxBytes / 4) return; // one page never pushes out most of the others
    const old = this.pages.get(key);
    if (old) {
      this.bytes -= sizeOf(old);
      this.pages.delete(key);
    }
    this.pages.set(key, page);
    this.bytes += size;
    for (const [k, p] of this.pages) {
      if (this.bytes <= this.maxBytes) break;
      this.pages.delete(k);
      this.bytes -= sizeOf(p);
    }
  }

  get size(): number {
    return this.pages.size;
  }

  get usedBytes(): number {
    return this.bytes;
  }
}

function sizeOf(p: CachedPage): number {
  return p.body.rawBytes + p.body.deflatedBytes + 64 * p.body.pieces.length;
}
