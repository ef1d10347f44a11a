/**
 * Per-request Content-Security-Policy with a nonce (lib/security/csp.ts). Next.js reads the
 * nonce from the request's CSP header and puts it on its scripts; every page is rendered per
 * request (connection()), as nonces require. The other security headers are in next.config.js.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { CSP_HEADER, attachCsp } from './lib/security/csp';

export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  const csp = attachCsp(request.nextUrl.pathname, headers, process.env.NODE_ENV === 'development');
  const response = NextResponse.next({ request: { headers } });
  response.headers.set(CSP_HEADER, csp);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages, not build assets (those get nosniff and the referrer policy from next.config.js).
      source: '/((?!_next/static|_next/image|favicon.ico).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
