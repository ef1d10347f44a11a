/**
 * Reviewers for the e2e tests: a temporary REVIEW_DATA_DIR (never the real data/), reviewers
 * made with the real CLI, and a small HTTP client that keeps its session cookie.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../../scripts/start';

export const TEST_SECRET = 'e2e-session-secret-0123456789-abcdefghij';

export interface ReviewEnv {
  readonly dir: string;
  readonly env: Readonly<Record<string, string>>;
}

export function reviewEnv(extra: Record<string, string> = {}): ReviewEnv {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zj-e2e-review-'));
  return { dir, env: { REVIEW_DATA_DIR: dir, SESSION_SECRET: TEST_SECRET, ...extra } };
}

/** `npm run reviewer -- <args>` against the test folder; the printed one-time password, if any. */
export function reviewerCli(dir: string, ...args: string[]): string {
  const r = spawnSync(process.execPath, ['--require', 'tsx/cjs', path.join(ROOT, 'scripts/reviewer.ts'), ...args], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, REVIEW_DATA_DIR: dir },
  });
  if (r.status !== 0) throw new Error(`reviewer ${args.join(' ')} failed: ${r.stderr}`);
  return /^ {4}([a-z2-9]{4}(?:-[a-z2-9]{4}){3})$/m.exec(r.stdout)?.[1] ?? '';
}

export class Client {
  cookie = '';
  constructor(readonly base: string) {}

  async request(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
    const send = () => fetch(`${this.base}${url}`, {
      method,
      redirect: 'manual',
      headers: {
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(method === 'GET' ? {} : { origin: this.base }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    // A kept-alive connection the server closed while the test was busy elsewhere (an extraction
    // longer than its keep-alive timeout) fails at once: a GET is sent again on a new one.
    const r = await send().catch((e: Error) => {
      if (method !== 'GET' || !/closed|reset/i.test(String((e.cause as Error | undefined)?.message ?? e.cause))) throw e;
      return send();
    });
    const set = r.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0]!.endsWith('=') ? '' : set.split(';')[0]!;
    return r;
  }

  get = (url: string, headers?: Record<string, string>) => this.request('GET', url, undefined, headers);
  post = (url: string, body: unknown, headers?: Record<string, string>) => this.request('POST', url, body, headers);

  async signIn(name: string, password: string): Promise<Response> {
    return this.post('/api/review/session', { name, password });
  }
}

/** A reviewer made with the CLI who has signed in with the one-time password and chosen `password`. */
export async function activeReviewer(base: string, dir: string, name: string, password = 'a long test passphrase'): Promise<Client> {
  const otp = reviewerCli(dir, 'add', name);
  const c = new Client(base);
  const signIn = await c.signIn(name, otp);
  if (signIn.status !== 200) throw new Error(`sign-in as ${name}: ${signIn.status} ${await signIn.text()}`);
  const set = await c.post('/api/review/password', { password });
  if (set.status !== 200) throw new Error(`password for ${name}: ${set.status} ${await set.text()}`);
  return c;
}
