/**
 * The Content-Security-Policy of every page, built per request by proxy.ts with a fresh nonce.
 * Pure (no Next.js imports), so tests can check it.
 *
 * Scripts: only those carrying the nonce (Next.js adds it to its own) and what they load
 * ('strict-dynamic'); no eval. Styles: 'unsafe-inline', because ECharts and React set style
 * attributes (a nonce cannot cover attributes, and would switch 'unsafe-inline' off).
 * Framing: /embed/* by any site, every other page only by itself.
 */

/** Paths that other sites may put in an <iframe>. */
export function isEmbedPath(pathname: string): boolean {
  return pathname === '/embed' || pathname.startsWith('/embed/');
}

export interface CspInput {
  readonly nonce: string;
  readonly pathname: string;
  /** Development server: React needs eval for its error overlays. */
  readonly dev?: boolean;
}

export function buildCsp({ nonce, pathname, dev = false }: CspInput): string {
  if (!/^[A-Za-z0-9+/=_-]{16,}$/.test(nonce)) throw new Error('buildCsp: the nonce must be at least 16 base64 characters');
  const directives: [string, string][] = [
    ['default-src', "'self'"],
    ['script-src', `'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`],
    ['style-src', "'self' 'unsafe-inline'"],
    // data: and blob: for ECharts decal patterns and the image downloads.
    ['img-src', "'self' data: blob:"],
    ['font-src', "'self' data:"],
    ['connect-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', isEmbedPath(pathname) ? '*' : "'self'"],
  ];
  return directives.map(([k, v]) => `${k} ${v}`).join('; ');
}

/** A fresh nonce: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

export const CSP_HEADER = 'Content-Security-Policy';

/**
 * For proxy.ts: a fresh nonce's policy (or the page cache's placeholder's) set on the request
 * headers (Next.js reads the nonce from there and puts it on its scripts) and returned, for the
 * response.
 */
export function attachCsp(pathname: string, requestHeaders: Headers, dev = false, nonce: string = newNonce()): string {
  const csp = buildCsp({ nonce, pathname, dev });
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set(CSP_HEADER, csp);
  return csp;
}
