/**
 * Sessions in the app (server only): iron-session over Next's cookies(), the reviewers file
 * and the session secret from REVIEW_DATA_DIR. Route handlers and the /review pages use these.
 */
import { getIronSession, type IronSession } from 'iron-session';
import { cookies } from 'next/headers';
import { reviewersPath, secretPath } from './config';
import { currentReviewers, updateReviewer, type Reviewer } from './reviewers-store';
import { loadSessionSecret } from './session-secret';
import { sessionFor, sessionOptions, signedInReviewer, type SessionData, type SignedIn } from './session';

async function ironSession(secure: boolean): Promise<IronSession<SessionData>> {
  return getIronSession<SessionData>(await cookies(), sessionOptions(loadSessionSecret(secretPath()), secure));
}

/** The signed-in reviewer, or null (no cookie, a seal that does not open, expired, removed, password changed). */
export async function currentReviewer(): Promise<SignedIn | null> {
  const session = await ironSession(false);
  return signedInReviewer(session, currentReviewers(reviewersPath()), Date.now());
}

export async function openSession(r: Reviewer, secure: boolean): Promise<void> {
  const session = await ironSession(secure);
  Object.assign(session, sessionFor(r, Date.now()));
  await session.save();
}

/** Signs the reviewer out: this cookie is cleared, and every session of theirs issued until now is void. */
export async function closeSession(secure: boolean): Promise<void> {
  const session = await ironSession(secure);
  const me = signedInReviewer(session, currentReviewers(reviewersPath()), Date.now());
  if (me) updateReviewer(reviewersPath(), me.id, (r) => ({ ...r, sessionsValidFrom: new Date(Date.now() + 1).toISOString() }));
  session.destroy();
}
