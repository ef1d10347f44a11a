import fs from 'node:fs';
import path from 'node:path';

/** Directory holding articles.csv and facts.csv: env DATA_DIR, default data/processed (relative to cwd). */
export function dataDir(): string {
  const dir = process.env.DATA_DIR?.trim() || 'data/processed';
  // Resolved at request time; not a build-time file dependency.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), dir);
}

export const ARTICLES_FILE = 'articles.csv';
export const FACTS_FILE = 'facts.csv';

/**
 * The folder holding the files of the extractor's last finished run: DIR/current resolved
 * (lib/io/run-folder.ts), once per load, so that every file of one load comes from the same run
 * even while a new run is published; DIR itself for output of an older extractor or a hand-made
 * folder.
 */
export function publishedDir(dir: string): string {
  try {
    return fs.realpathSync(path.join(dir, 'current'));
  } catch {
    return dir;
  }
}
