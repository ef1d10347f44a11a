/**
 * Every write must come from the app's own pages: the Origin header must name this site, and a
 * browser's Sec-Fetch-Site (when sent) must say same-origin. With SameSite=Strict cookies this
 * keeps other sites from deciding in a reviewer's name. The site is PUBLIC_ORIGIN when set
 * (behind a proxy), else the request's own Host with its protocol (x-forwarded-proto only with
 * TRUST_PROXY=1). Pure: headers in, a reason out.
 */

/** The environment, as far as these functions read it. */
type Env = Readonly<Record<string, string | undefined>>;

export interface OriginInput {
  readonly url: string;
  readonly headers: Headers;
}

export function expectedOrigin(req: OriginInput, env: Env = process.env): string | null {
  if (env.PUBLIC_ORIGIN?.trim()) return new URL(env.PUBLIC_ORIGIN.trim()).origin;
  const host = req.headers.get('host');
  if (!host) return null;
  const forwarded = env.TRUST_PROXY === '1' ? req.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() : undefined;
  const proto = forwarded === 'https' || forwarded === 'http' ? `${forwarded}:` : new URL(req.url).protocol;
  return `${proto}//${host}`;
}

/** Why a write must be refused (403), or null when it comes from the app's own pages. */
export function crossOriginReason(req: OriginInput, env: Env = process.env): string | null {
  const site = req.headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin') return `Sec-Fetch-Site is ${site}`;
  const origin = req.headers.get('origin');
  if (!origin) return 'no Origin header';
  const expected = expectedOrigin(req, env);
  if (!expected || origin !== expected) return `Origin ${origin} is not this site`;
  return null;
}

/** Who is signing in, for the per-client limit: the first forwarded address behind a trusted proxy, else one shared key. */
export function clientKey(req: OriginInput, env: Env = process.env): string {
  if (env.TRUST_PROXY === '1') {
    const first = req.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
    if (first) return first;
  }
  return 'all';
}

/** Whether the cookie may be marked Secure: the site is served over https. */
export function isHttps(req: OriginInput, env: Env = process.env): boolean {
  return expectedOrigin(req, env)?.startsWith('https:') ?? false;
}
