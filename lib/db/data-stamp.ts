/**
 * What the readers' data is made of, as a string that changes whenever it changes: the database
 * file, the CSVs it is built from and the reviewers' corrections.csv (size, modification time,
 * inode). A few stat calls and no DuckDB, so proxy.ts can key its page cache on it
 * (lib/http/page-cache.ts) and lib/db/stats-db.ts its generations.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { ARTICLES_FILE, FACTS_FILE, dataDir } from '../data/config';
import { SOURCES_FILE } from '../data/sources';
import { correctionsPath } from '../review/config';

export const DB_FILE = 'stats.duckdb';

/** A file's inode, size and modification time; "missing" when it is not there. */
export function fileStamp(file: string): string {
  try {
    const st = statSync(file);
    return `${st.ino}:${st.size}:${st.mtimeMs}`;
  } catch {
    return 'missing';
  }
}

/** What a database is built from: each CSV's size and modification time. */
export function csvStamps(dir: string): string {
  return [ARTICLES_FILE, FACTS_FILE, SOURCES_FILE].map((f) => {
    try {
      const st = statSync(path.join(dir, f));
      return `${f}:${st.size}:${st.mtimeMs}`;
    } catch {
      return `${f}:missing`;
    }
  }).join('|');
}

/** The stamp of the data in `dir` (default DATA_DIR) with the decisions of `corrections`. */
export function dataStamp(dir: string = dataDir(), corrections: string = correctionsPath()): string {
  const file = path.join(dir, DB_FILE);
  return `${file}|${fileStamp(file)}|${csvStamps(dir)}|${corrections}|${fileStamp(corrections)}`;
}
