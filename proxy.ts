/**
 * Runs before every response (pages, API routes, static files, not-found pages):
 * - sets the Content-Security-Policy with a fresh nonce (lib/security/csp.ts; Next.js reads the
 *   nonce from the request's CSP header and puts it on its scripts), so every response carries
 *   it, including a 404 for a path that looks like a file (/article/x.txt, /embed/x.png);
 * - gives the page cache's own render requests (lib/http/render-mark.ts) its placeholder instead
 *   of a nonce: the server (scripts/serve.ts) puts a fresh nonce in each response of the cached page;
 * - passes the page's language and theme (?lang=, ?theme=; the first value of a repeated one,
 *   as everywhere: lib/view-state.ts) to the root layout as request headers, so <html lang> and
 *   data-theme are right in the server-rendered HTML (a layout cannot read searchParams);
 * - answers a path that cannot be percent-decoded (/article/%ZZ) with a 404 itself
 *   (lib/http/malformed-path.ts): Next 16 would answer 500 (vercel/next.js#92557).
 * The security headers that do not vary by request are in next.config.js.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { isDecodablePath, malformedPathPage } from './lib/http/malformed-path';
import { RENDER_HEADER, renderPlaceholder } from './lib/http/render-mark';
import { LANG_HEADER, THEME_HEADER } from './lib/i18n/headers';
import { CSP_HEADER, attachCsp, buildCsp, newNonce } from './lib/security/csp';
import { parseLang, parseTheme } from './lib/view-state';

export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const dev = process.env.NODE_ENV === 'development';
  if (!isDecodablePath(pathname)) {
    const response = new NextResponse(request.method === 'HEAD' ? null : malformedPathPage(), {
      status: 404,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
    });
    response.headers.set(CSP_HEADER, buildCsp({ nonce: newNonce(), pathname, dev }));
    return response;
  }
  const placeholder = renderPlaceholder(request.headers.get(RENDER_HEADER));
  const headers = new Headers(request.headers);
  headers.delete(RENDER_HEADER);
  headers.set(LANG_HEADER, parseLang(searchParams.get('lang')));
  headers.set(THEME_HEADER, parseTheme(searchParams.get('theme')));
  const csp = attachCsp(pathname, headers, dev, placeholder ?? undefined);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set(CSP_HEADER, csp);
  return response;
}

export const config = {
  // Every path: pages, API routes, public files and Next's own assets all carry the CSP.
  matcher: '/:path*',
};
