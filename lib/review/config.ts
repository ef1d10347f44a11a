import path from 'node:path';

/**
 * Folder of the reviewers' files: corrections.csv, reviewers.json, .session-secret.
 * Env REVIEW_DATA_DIR, default data/ (relative to the working directory). Tests point it at a
 * temporary folder, so they never write into the real data/.
 */
export function reviewDataDir(): string {
  const dir = process.env.REVIEW_DATA_DIR?.trim() || 'data';
  // Resolved at request time; not a build-time file dependency.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), dir);
}

export const CORRECTIONS_FILE = 'corrections.csv';
export const REVIEWERS_FILE = 'reviewers.json';
export const SECRET_FILE = '.session-secret';

export const correctionsPath = (dir: string = reviewDataDir()) => path.join(dir, CORRECTIONS_FILE);
export const reviewersPath = (dir: string = reviewDataDir()) => path.join(dir, REVIEWERS_FILE);
export const secretPath = (dir: string = reviewDataDir()) => path.join(dir, SECRET_FILE);
