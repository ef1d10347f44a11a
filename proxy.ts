/**
 * Runs before every page:
 * - sets the page's Content-Security-Policy with a fresh nonce (lib/security/csp.ts; Next.js reads
 *   the nonce from the request's CSP header and puts it on its scripts);
 * - passes the page's language and theme (?lang=, ?theme=) to the root layout as request
 *   headers, so <html lang> and data-theme are right in the server-rendered HTML (a layout
 *   cannot read searchParams);
 * - shows the not-found page (404) for a path that cannot be percent-decoded (/article/%E0%A4%A):
 *   Next 16 would otherwise fail to decode the dynamic segment and answer 500 (vercel/next.js#92527).
 * The security headers that do not vary by request are in next.config.js.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { LANG_HEADER, THEME_HEADER } from './lib/i18n/headers';
import { CSP_HEADER, attachCsp } from './lib/security/csp';
import { parseLang, parseTheme } from './lib/view-state';

function decodable(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(LANG_HEADER, parseLang(request.nextUrl.searchParams.get('lang')));
  headers.set(THEME_HEADER, parseTheme(request.nextUrl.searchParams.get('theme')));
  const csp = attachCsp(request.nextUrl.pathname, headers, process.env.NODE_ENV === 'development');
  // An id that matches nothing: the article route itself answers with the not-found page.
  const response = decodable(request.nextUrl.pathname)
    ? NextResponse.next({ request: { headers } })
    : NextResponse.rewrite(new URL('/article/not-an-id', request.url), { request: { headers } });
  response.headers.set(CSP_HEADER, csp);
  return response;
}

export const config = {
  // Pages only: not static files, images, the map's TopoJSON or Next's own assets.
  matcher: ['/((?!_next/|geo/|favicon|icon|.*\\.(?:json|svg|png|ico|txt)$).*)'],
};
