/**
 * Paths that cannot be percent-decoded (/article/%ZZ, /article/%, /article/%FF,
 * /article/%E0%A4%A). Next 16 fails to match such a path against a dynamic route and answers
 * 500, with none of the security headers (vercel/next.js#92557). proxy.ts answers them itself
 * with this small not-found page: a rewrite to the app's own not-found page would work, but
 * exposes the internal `x-middleware-rewrite` header. Pure, so tests can check it.
 */
import { NOT_FOUND_TEXT } from '../i18n/not-found';

/** True when every segment of the raw (still encoded) path decodes as UTF-8. */
export function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** The not-found page for a malformed path: static text (nothing from the URL), no script. */
export function malformedPathPage(): string {
  const { title, body, home } = NOT_FOUND_TEXT;
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title>`,
    '<style>body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:40rem;padding:0 1rem;color:#1f2933}a{color:#12365c}</style>',
    `</head><body><main class="not-found"><h1>${title}</h1><p>${body}</p><p><a href="/">${home}</a></p></main></body></html>`,
  ].join('\n');
}
