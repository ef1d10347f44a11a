/**
 * Reviewer sessions: iron-session seals { reviewer id, password version, issued, expiry } into an
 * HttpOnly, SameSite=Strict cookie. A session counts only while the seal opens with our secret,
 * its own expiry has not passed, the reviewer still exists, the password has not changed and the
 * reviewer has not signed out since it was issued. Pure apart from the reviewers list it is given.
 */
import type { SessionOptions } from 'iron-session';
import { passwordVersion, type Reviewer } from './reviewers-store';

export const SESSION_COOKIE = 'zj_review';
/** Twelve hours: a working day, then sign in again. */
export const SESSION_TTL_SECONDS = 12 * 60 * 60;

export interface SessionData {
  /** Reviewer id (reviewers.json). */
  rid?: string;
  /** passwordVersion() of the password the session was opened with. */
  pv?: string;
  /** Issued and expiry times, epoch milliseconds. */
  iat?: number;
  exp?: number;
}

export interface SignedIn {
  readonly id: string;
  readonly name: string;
  /** Signed in with the one-time password: may only choose a new password. */
  readonly mustChangePassword: boolean;
}

export function sessionOptions(secret: string, secure: boolean): SessionOptions {
  return {
    cookieName: SESSION_COOKIE,
    password: secret,
    ttl: SESSION_TTL_SECONDS,
    cookieOptions: { httpOnly: true, sameSite: 'strict', secure, path: '/' },
  };
}

export function sessionFor(r: Reviewer, now: number): Required<SessionData> {
  return { rid: r.id, pv: passwordVersion(r), iat: now, exp: now + SESSION_TTL_SECONDS * 1000 };
}

/** The reviewer a session speaks for, or null. */
export function signedInReviewer(data: SessionData, reviewers: readonly Reviewer[], now: number): SignedIn | null {
  if (typeof data.rid !== 'string' || typeof data.pv !== 'string' || typeof data.iat !== 'number' || typeof data.exp !== 'number') return null;
  if (!(data.exp > now)) return null;
  const r = reviewers.find((x) => x.id === data.rid);
  if (!r || passwordVersion(r) !== data.pv) return null;
  if (r.sessionsValidFrom && data.iat < Date.parse(r.sessionsValidFrom)) return null;
  return { id: r.id, name: r.name, mustChangePassword: r.oneTimePassword };
}
