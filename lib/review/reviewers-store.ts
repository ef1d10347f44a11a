/**
 * data/reviewers.json: who may review. Each reviewer has a name (as shown and written into
 * corrections.csv), a random id (sessions name it, so a removed and re-added reviewer's old
 * sessions are void), the scrypt hash of the password and whether that password is still the
 * one-time password printed by `npm run reviewer -- add`. Written atomically with mode 0600.
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { writeFileAtomic } from '../io/write-atomic';
import { reviewerNameProblem } from './parse-corrections';

export interface Reviewer {
  readonly name: string;
  readonly id: string;
  readonly passwordHash: string;
  /** True until the reviewer has replaced the one-time password with their own. */
  readonly oneTimePassword: boolean;
  /** When the one-time password was used to sign in: it works once. */
  readonly oneTimeUsedAt?: string;
  /** Sessions opened before this time are void (set when the reviewer signs out). */
  readonly sessionsValidFrom?: string;
  readonly createdAt: string;
  readonly passwordSetAt: string;
}

interface ReviewersFile {
  readonly version: 1;
  readonly reviewers: readonly Reviewer[];
}

export class ReviewersFileError extends Error {}

/** A name as typed at sign-in, compared with the stored one: same Unicode form, no spaces at the ends. */
export const normalName = (name: string) => name.normalize('NFC').trim();

function isReviewer(x: unknown): x is Reviewer {
  const r = x as Record<string, unknown>;
  return !!r && typeof r === 'object'
    && typeof r.name === 'string' && typeof r.id === 'string' && typeof r.passwordHash === 'string'
    && typeof r.oneTimePassword === 'boolean' && typeof r.createdAt === 'string' && typeof r.passwordSetAt === 'string';
}

/** The reviewers in `file`; none when it does not exist. Throws ReviewersFileError naming the file. */
export function readReviewers(file: string): readonly Reviewer[] {
  if (!existsSync(file)) return [];
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ReviewersFileError(`${file}: not JSON (${(e as Error).message})`);
  }
  const list = (data as ReviewersFile)?.reviewers;
  if (!Array.isArray(list)) throw new ReviewersFileError(`${file}: expected {"version": 1, "reviewers": [...]}`);
  list.forEach((r, i) => {
    if (!isReviewer(r)) throw new ReviewersFileError(`${file}: reviewer ${i + 1} is missing a field`);
  });
  return list as Reviewer[];
}

export function writeReviewers(file: string, reviewers: readonly Reviewer[]): void {
  const body: ReviewersFile = { version: 1, reviewers };
  writeFileAtomic(file, `${JSON.stringify(body, null, 2)}\n`, 0o600);
}

/** Reads reviewers.json again only when it changed (the app checks it on every request). */
let cache: { key: string; reviewers: readonly Reviewer[] } | null = null;
export function currentReviewers(file: string): readonly Reviewer[] {
  let key = `${file}|missing`;
  try {
    const st = statSync(file);
    key = `${file}|${st.mtimeMs}|${st.size}|${st.ino}`;
  } catch {
    // no reviewers yet
  }
  if (cache?.key !== key) cache = { key, reviewers: readReviewers(file) };
  return cache.reviewers;
}

export function findReviewer(reviewers: readonly Reviewer[], name: string): Reviewer | undefined {
  const n = normalName(name);
  return reviewers.find((r) => r.name === n);
}

/** A short fingerprint of the password hash: sessions carry it, so a new password voids old sessions. */
export function passwordVersion(r: Reviewer): string {
  return createHash('sha256').update(r.passwordHash).digest('base64url').slice(0, 12);
}

export function newReviewer(name: string, passwordHash: string, now: Date): Reviewer {
  const n = normalName(name);
  const problem = reviewerNameProblem(n);
  if (problem) throw new ReviewersFileError(problem);
  const at = now.toISOString();
  return { name: n, id: randomUUID(), passwordHash, oneTimePassword: true, createdAt: at, passwordSetAt: at };
}

/** Changes one reviewer in the file (read, change, write: no await in between). Null when gone. */
export function updateReviewer(file: string, id: string, change: (r: Reviewer) => Reviewer): Reviewer | null {
  const list = readReviewers(file);
  const i = list.findIndex((r) => r.id === id);
  if (i < 0) return null;
  const next = list.slice();
  next[i] = change(list[i]!);
  writeReviewers(file, next);
  return next[i]!;
}
