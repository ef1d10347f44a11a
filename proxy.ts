/**
 * Runs before every page:
 * - passes the page's language and theme (?lang=, ?theme=) to the root layout as request
 *   headers, so <html lang> and data-theme are right in the server-rendered HTML (a layout
 *   cannot read searchParams);
 * - shows the not-found page (404) for a path that cannot be percent-decoded (/article/%E0%A4%A):
 *   Next 16 would otherwise fail to decode the dynamic segment and answer 500 (vercel/next.js#92527).
 * Response headers (security) are next.config.js's job.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { LANG_HEADER, THEME_HEADER } from './lib/i18n/headers';
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
  // An id that matches nothing: the article route itself answers with the not-found page.
  if (!decodable(request.nextUrl.pathname)) return NextResponse.rewrite(new URL('/article/not-an-id', request.url), { request: { headers } });
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Pages only: not static files, images, the map's TopoJSON or Next's own assets.
  matcher: ['/((?!_next/|geo/|favicon|icon|.*\\.(?:json|svg|png|ico|txt)$).*)'],
};
