/**
 * POST /api/review/session {name, password}: sign in (rate-limited: 429 with Retry-After).
 * DELETE /api/review/session: sign out. Both only from the app's own pages (Origin).
 */
import { answer, readJson, refuse } from '@/lib/review/api';
import { closeSession, openSession } from '@/lib/review/auth';
import { reviewersPath } from '@/lib/review/config';
import { crossOriginReason, clientKey, isHttps } from '@/lib/review/same-origin';
import { checkSignIn } from '@/lib/review/sign-in';
import { recordFailure, recordSuccess, signInWait } from '@/lib/review/sign-in-limits';

export async function POST(req: Request): Promise<Response> {
  const reason = crossOriginReason(req);
  if (reason) return refuse(403, `cross-origin sign-in refused: ${reason}`);
  const body = await readJson(req);
  if (body instanceof Response) return body;
  const { name, password } = (body ?? {}) as { name?: unknown; password?: unknown };
  if (typeof name !== 'string' || typeof password !== 'string' || name.length > 200 || password.length > 200) {
    return refuse(400, 'send {"name": …, "password": …}');
  }
  const client = clientKey(req);
  const wait = await signInWait(name, client);
  if (wait > 0) return refuse(429, `too many wrong passwords: try again in ${Math.ceil(wait / 60)} minute(s)`, { 'Retry-After': String(wait) });
  const result = await checkSignIn(reviewersPath(), name, password, new Date());
  if ('error' in result) {
    if (result.counts) await recordFailure(name, client);
    return refuse(401, result.error);
  }
  await recordSuccess(name);
  await openSession(result.reviewer, isHttps(req));
  return answer(200, { name: result.reviewer.name, mustChangePassword: result.reviewer.oneTimePassword });
}

export async function DELETE(req: Request): Promise<Response> {
  const reason = crossOriginReason(req);
  if (reason) return refuse(403, `cross-origin sign-out refused: ${reason}`);
  await closeSession(isHttps(req));
  return answer(204, null);
}
