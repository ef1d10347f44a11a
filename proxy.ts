/**
 * Passes the page's language and theme (?lang=, ?theme=) to the root layout as request headers,
 * so <html lang> and data-theme are right in the server-rendered HTML (a layout cannot read
 * searchParams). Only these two headers; response headers (security) are next.config.js's job.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { LANG_HEADER, THEME_HEADER } from './lib/i18n/headers';
import { parseLang, parseTheme } from './lib/view-state';

export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(LANG_HEADER, parseLang(request.nextUrl.searchParams.get('lang')));
  headers.set(THEME_HEADER, parseTheme(request.nextUrl.searchParams.get('theme')));
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Pages only: not static files, images, the map's TopoJSON or Next's own assets.
  matcher: ['/((?!_next/|geo/|favicon|icon|.*\\.(?:json|svg|png|ico|txt)$).*)'],
};
