/** Header checks shared by the e2e tests of routes and security headers. */
import assert from 'node:assert/strict';

/**
 * Headers that tell the world about the server's insides: where the proxy rewrote to, which
 * route matched, the cache's state, the framework, our own request headers.
 */
export const INTERNAL_HEADER = /^(x-middleware-|x-nextjs-(cache|matched-path|rewritten-)|x-matched-path|x-invoke-|x-powered-by|x-zj-|x-nonce)/i;

/** The names of a response's internal headers ([] when there are none). */
export function internalHeaders(headers: Headers | Record<string, string>): string[] {
  const names = headers instanceof Headers ? [...headers.keys()] : Object.keys(headers);
  return names.filter((k) => INTERNAL_HEADER.test(k));
}

/** A Content-Security-Policy's directives by name. */
export function directives(csp: string | null | undefined): Map<string, string> {
  assert.ok(csp, 'has a Content-Security-Policy');
  return new Map(csp.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0]!, d.slice(d.indexOf(' ') + 1)]));
}
