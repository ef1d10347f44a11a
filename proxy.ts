/**
 * Shows the not-found page (404) for a path that cannot be percent-decoded (/article/%E0%A4%A):
 * Next 16 would otherwise fail to decode the dynamic segment and answer 500 (vercel/next.js#92527).
 */
import { NextResponse, type NextRequest } from 'next/server';

export function proxy(request: NextRequest): NextResponse {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    // An id that matches nothing: the route itself answers with the not-found page.
    return NextResponse.rewrite(new URL('/article/not-an-id', request.url));
  }
  return NextResponse.next();
}

export const config = { matcher: ['/article/:path*', '/region/:path*'] };
