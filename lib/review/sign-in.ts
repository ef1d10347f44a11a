/**
 * Checking a name and password against reviewers.json. An unknown name costs the same time as a
 * known one (a decoy hash), and the answer never says which of the two was wrong. A one-time
 * password opens one session: its first use is recorded, and it is refused after that.
 */
import { decoyHash, verifyPassword } from './password-hash';
import { findReviewer, readReviewers, updateReviewer, type Reviewer } from './reviewers-store';

export type SignInResult = { readonly reviewer: Reviewer } | { readonly error: string; readonly counts: boolean };

export const WRONG = 'wrong name or password';

export async function checkSignIn(file: string, name: string, password: string, now: Date): Promise<SignInResult> {
  const known = findReviewer(readReviewers(file), name);
  const ok = await verifyPassword(password, known?.passwordHash ?? (await decoyHash()));
  if (!known || !ok) return { error: WRONG, counts: true };
  if (!known.oneTimePassword) return { reviewer: known };
  if (known.oneTimeUsedAt) return { error: 'this one-time password was used already: ask for a new one (npm run reviewer -- reset NAME)', counts: true };
  const used = updateReviewer(file, known.id, (r) => ({ ...r, oneTimeUsedAt: now.toISOString() }));
  return used ? { reviewer: used } : { error: WRONG, counts: true };
}
