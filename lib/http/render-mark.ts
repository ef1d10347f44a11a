/**
 * How the page cache (lib/http/page-cache-handler.ts, in the server process) tells proxy.ts that
 * a request is its own render: a secret token in a request header, and the placeholder the page
 * is rendered with instead of a nonce. Both are made once per server process and handed to the
 * proxy through the environment (the proxy is bundled apart from the server, so no module state
 * is shared). A request from outside without the token is an ordinary request.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';

export const RENDER_HEADER = 'x-zj-render';
const TOKEN_ENV = 'ZJ_RENDER_TOKEN';
const NONCE_ENV = 'ZJ_RENDER_NONCE';

export interface RenderMark {
  readonly token: string;
  /** Stands for the nonce in a cached page: random, so no article text can contain it. */
  readonly placeholder: string;
}

/** Makes this process's mark and publishes it to the proxy. */
export function createRenderMark(): RenderMark {
  const mark = { token: randomBytes(24).toString('hex'), placeholder: randomBytes(18).toString('base64url') };
  process.env[TOKEN_ENV] = mark.token;
  process.env[NONCE_ENV] = mark.placeholder;
  return mark;
}

/** The placeholder nonce when `headerValue` carries this process's token; otherwise null. */
export function renderPlaceholder(headerValue: string | null): string | null {
  const token = process.env[TOKEN_ENV];
  const placeholder = process.env[NONCE_ENV];
  if (!headerValue || !token || !placeholder) return null;
  const a = Buffer.from(headerValue);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b) ? placeholder : null;
}
