/**
 * One extraction run at a time per output folder: DIR/.lock holds the writing process's id. A
 * second run is refused with a message naming that process; a lock left by a process that no
 * longer exists (a run that was killed) is taken over.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const LOCK_FILE = '.lock';

export class LockedError extends Error {}

interface LockInfo {
  readonly pid: number;
  readonly host: string;
  readonly started: string;
}

/** Whether a process with this id runs on this machine (a process of another user counts). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(file: string): LockInfo | null {
  try {
    const info = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockInfo>;
    return typeof info.pid === 'number' ? { pid: info.pid, host: String(info.host ?? ''), started: String(info.started ?? '') } : null;
  } catch {
    return null; // unreadable or half-written: treated as stale below
  }
}

/** Takes the lock of `dir`; returns its release. Throws LockedError while another run holds it. */
export function lockOutFolder(dir: string): () => void {
  const file = path.join(dir, LOCK_FILE);
  const mine: LockInfo = { pid: process.pid, host: os.hostname(), started: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = openSync(file, 'wx');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const held = readLock(file);
      if (held && held.pid !== process.pid && (held.host !== mine.host || alive(held.pid))) {
        throw new LockedError(`another extraction (pid ${held.pid}${held.host !== mine.host ? ` on ${held.host}` : ''}, started ${held.started}) is writing to ${dir}; wait for it to finish, or remove ${file} if it no longer runs`);
      }
      // Left by a run that was killed: taken over, unless another run took it over meanwhile.
      if (JSON.stringify(readLock(file)) === JSON.stringify(held)) rmSync(file, { force: true });
      continue;
    }
    writeSync(fd, JSON.stringify(mine));
    closeSync(fd);
    return () => {
      if (readLock(file)?.pid === process.pid) rmSync(file, { force: true });
    };
  }
  throw new LockedError(`could not take the lock ${file}`);
}
