import path from 'node:path';

/** Directory holding articles.csv and facts.csv: env DATA_DIR, default data/processed (relative to cwd). */
export function dataDir(): string {
  const dir = process.env.DATA_DIR?.trim() || 'data/processed';
  // Resolved at request time; not a build-time file dependency.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), dir);
}

export const ARTICLES_FILE = 'articles.csv';
export const FACTS_FILE = 'facts.csv';
