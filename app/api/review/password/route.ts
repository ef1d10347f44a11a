/**
 * POST /api/review/password {password, current?}: the signed-in reviewer chooses a password
 * (after the one-time password; later with the current one). Other sessions end.
 */
import { answer, readJson, refuse, requireWriter } from '@/lib/review/api';
import { openSession } from '@/lib/review/auth';
import { reviewersPath } from '@/lib/review/config';
import { hashPassword, newPasswordProblem, verifyPassword } from '@/lib/review/password-hash';
import { readReviewers, updateReviewer } from '@/lib/review/reviewers-store';
import { isHttps } from '@/lib/review/same-origin';

export async function POST(req: Request): Promise<Response> {
  const me = await requireWriter(req, { allowOneTimePassword: true });
  if (me instanceof Response) return me;
  const body = await readJson(req);
  if (body instanceof Response) return body;
  const { password, current } = (body ?? {}) as { password?: unknown; current?: unknown };
  if (typeof password !== 'string') return refuse(400, 'send {"password": …}');
  const problem = newPasswordProblem(password, me.name);
  if (problem) return refuse(422, problem);
  const file = reviewersPath();
  const stored = readReviewers(file).find((r) => r.id === me.id);
  if (!stored) return refuse(401, 'sign in to review');
  if (!me.mustChangePassword && (typeof current !== 'string' || !(await verifyPassword(current, stored.passwordHash)))) {
    return refuse(403, 'the current password is wrong');
  }
  const hash = await hashPassword(password);
  const updated = updateReviewer(file, me.id, (r) => ({
    name: r.name, id: r.id, createdAt: r.createdAt, passwordHash: hash, oneTimePassword: false, passwordSetAt: new Date().toISOString(),
  }));
  if (!updated) return refuse(401, 'sign in to review');
  await openSession(updated, isHttps(req));
  return answer(200, { name: updated.name });
}
