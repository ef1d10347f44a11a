/**
 * Sign-in is rate-limited (rate-limiter-flexible, in memory: the app is one process): after 5
 * wrong passwords for a name within 15 minutes that name is locked for 15 minutes, right password
 * or not; and at most 50 wrong passwords per client (or, without a trusted proxy to name clients,
 * in all) per 15 minutes. A right password clears the name's count.
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export const MAX_FAILURES_PER_NAME = 5;
export const MAX_FAILURES_PER_CLIENT = 50;
const WINDOW_SECONDS = 15 * 60;

interface Limiters {
  readonly byName: RateLimiterMemory;
  readonly byClient: RateLimiterMemory;
}

const KEY = Symbol.for('zj-safety.sign-in-limits');

function limiters(): Limiters {
  const g = globalThis as unknown as Record<symbol, Limiters | undefined>;
  return (g[KEY] ??= {
    byName: new RateLimiterMemory({ keyPrefix: 'name', points: MAX_FAILURES_PER_NAME, duration: WINDOW_SECONDS, blockDuration: WINDOW_SECONDS }),
    byClient: new RateLimiterMemory({ keyPrefix: 'client', points: MAX_FAILURES_PER_CLIENT, duration: WINDOW_SECONDS, blockDuration: WINDOW_SECONDS }),
  });
}

const nameKey = (name: string) => name.normalize('NFC').trim().toLowerCase();

/** Seconds to wait before another try, or 0 when a try is allowed now. */
export async function signInWait(name: string, client: string): Promise<number> {
  const { byName, byClient } = limiters();
  const waits = await Promise.all([
    byName.get(nameKey(name)).then((r) => (r && r.consumedPoints >= MAX_FAILURES_PER_NAME ? r.msBeforeNext : 0)),
    byClient.get(client).then((r) => (r && r.consumedPoints >= MAX_FAILURES_PER_CLIENT ? r.msBeforeNext : 0)),
  ]);
  return Math.ceil(Math.max(...waits) / 1000);
}

async function consume(l: RateLimiterMemory, key: string): Promise<void> {
  try {
    await l.consume(key);
  } catch (e) {
    if (!(e instanceof RateLimiterRes)) throw e; // over the limit: blocked, as wanted
  }
}

export async function recordFailure(name: string, client: string): Promise<void> {
  const { byName, byClient } = limiters();
  await Promise.all([consume(byName, nameKey(name)), consume(byClient, client)]);
}

export async function recordSuccess(name: string): Promise<void> {
  await limiters().byName.delete(nameKey(name));
}
