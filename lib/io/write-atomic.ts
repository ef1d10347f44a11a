import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

/** A temporary path beside `target`, unique to this process, for a write that is renamed into place. */
export function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
}

/** Writes all of `bytes` at the file's position (writeSync may write less than it is given). */
export function writeAll(fd: number, bytes: Uint8Array): void {
  for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at);
}

/**
 * Writes `content` (text, bytes, or bytes chunk by chunk) to `target` through a temporary file and a rename: readers see the old file or
 * the new one, never half. `mode` (e.g. 0o600 for secrets) is the file's from its creation on.
 */
export function writeFileAtomic(target: string, content: string | Uint8Array | Iterable<Uint8Array>, mode = 0o666): void {
  mkdirSync(path.dirname(target), { recursive: true });
  const tmp = tempPathFor(target);
  rmSync(tmp, { force: true });
  const fd = openSync(tmp, 'wx', mode);
  try {
    if (typeof content === 'string') writeSync(fd, content);
    else for (const chunk of content instanceof Uint8Array ? [content] : content) writeAll(fd, chunk);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, target);
}
