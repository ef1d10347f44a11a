/**
 * The gazetteer kept ready-made in a file (lib/extract/gazetteer-file.ts) for the extraction
 * workers: a worker reads it instead of building the gazetteer (some 30 ms against 70), or
 * builds it and writes the file for the next run. The file's name is keyed on the sources it was
 * built from (page-pool.ts names it after the worker bundle's hash), so a changed source makes a
 * new file; the others of the folder are removed then.
 */
import { readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { gazetteer, provideGazetteer } from '../extract/gazetteer';
import { decodeGazetteer, encodeGazetteer } from '../extract/gazetteer-file';

const PREFIX = 'gazetteer-';
const SUFFIX = '.bin';

/** The cache file for sources of hash `key`, in `dir`. */
export const gazetteerCachePath = (dir: string, key: string): string => path.join(dir, `${PREFIX}${key.slice(0, 16)}${SUFFIX}`);

/** Makes the gazetteer in `file` this process's; false when there is none (or it cannot be read). */
export function loadGazetteerCache(file: string): boolean {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return false;
  }
  const g = decodeGazetteer(bytes);
  if (g) provideGazetteer(g);
  return g !== null;
}

/** Writes this process's gazetteer (built if need be) to `file`, and removes the folder's older ones. Never throws. */
export function saveGazetteerCache(file: string): void {
  try {
    const bytes = encodeGazetteer(gazetteer());
    if (!bytes) return;
    // Whole or not at all for a reader, and a temporary file of its own for each worker of each run
    // (the workers of one run may all write it). Not flushed to disk: a file cut by a crash is
    // refused when read (gazetteer-file.ts), and built again.
    const dir = path.dirname(file);
    const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${threadId}.tmp`);
    try {
      writeFileSync(tmp, bytes, { flag: 'wx' });
      renameSync(tmp, file);
    } finally {
      rmSync(tmp, { force: true });
    }
    for (const name of readdirSync(dir)) {
      if (name.startsWith(PREFIX) && name.endsWith(SUFFIX) && name !== path.basename(file)) rmSync(path.join(dir, name), { force: true });
    }
  } catch {
    // A read-only folder, a full disk: the next run builds the gazetteer again.
  }
}
