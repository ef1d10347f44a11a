/**
 * The files of an input folder, listed and read without surprises: folders are walked in a fixed
 * order, and what is not a regular file (a symbolic link, a named pipe, a socket, a device) or
 * cannot be read (a folder without permission, a path too long) is listed with its reason, never
 * opened: reading a named pipe would wait forever. A file is opened without following links and
 * without waiting, and read only if it is still a regular file when open.
 */
import { closeSync, constants, fstatSync, openSync, readdirSync, readFileSync, type Dirent, type Stats } from 'node:fs';
import path from 'node:path';

export interface Unread {
  /** The path relative to the input folder, forward slashes; a folder ends with "/". */
  readonly source: string;
  readonly reason: string;
}

export interface InputListing {
  /** Regular files, relative to the folder, forward slashes, sorted by code unit. */
  readonly files: string[];
  readonly unread: Unread[];
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Why an entry that is not a regular file or folder is not read. */
function kindReason(e: Dirent | Stats): string {
  if (e.isSymbolicLink()) return 'symbolic link: not followed';
  if (e.isFIFO()) return 'named pipe (FIFO): not read';
  if (e.isSocket()) return 'socket: not read';
  if (e.isBlockDevice() || e.isCharacterDevice()) return 'device: not read';
  return 'not a regular file: not read';
}

/** A file-system error in words, without the stack: "permission denied", "path too long". */
export function errorReason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'ENAMETOOLONG': return 'path too long';
    case 'ENOENT': return 'not found';
    case 'ELOOP': return 'symbolic link: not followed';
    case 'EISDIR': return 'a folder, not a file';
    case 'ENOTDIR': return 'not a folder';
    case 'EMFILE': case 'ENFILE': return 'too many open files';
    case 'ERR_FS_FILE_TOO_LARGE': return 'file too large to read';
    default: return (err.message ?? String(e)).split('\n')[0]!;
  }
}

/** Every entry under `dir`, walked in a fixed order. The folder itself must be readable. */
export function listInput(dir: string): InputListing {
  const files: string[] = [];
  const unread: Unread[] = [];
  const walk = (rel: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(path.join(dir, rel), { withFileTypes: true });
    } catch (e) {
      if (rel === '') throw e;
      unread.push({ source: `${rel}/`, reason: `folder not read: ${errorReason(e)}` });
      return;
    }
    for (const e of entries.sort((a, b) => byCodeUnit(a.name, b.name))) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(child);
      else if (e.isFile()) files.push(child);
      else unread.push({ source: child, reason: kindReason(e) });
    }
  };
  walk('');
  return { files: files.sort(byCodeUnit), unread: unread.sort((a, b) => byCodeUnit(a.source, b.source)) };
}

/** O_NOFOLLOW and O_NONBLOCK where the platform has them (not on Windows). */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * The bytes of a regular file, or why it is not read. `follow`: a symbolic link is read through
 * (for the manifest), else it is refused.
 */
export function readRegularFile(file: string, follow = false): { bytes: Buffer } | { reason: string } {
  let fd: number;
  try {
    fd = openSync(file, follow ? OPEN_FLAGS & ~(constants.O_NOFOLLOW ?? 0) : OPEN_FLAGS);
  } catch (e) {
    return { reason: errorReason(e) };
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { reason: 'a folder, not a file' };
    if (!st.isFile()) return { reason: kindReason(st) };
    return { bytes: readFileSync(fd) };
  } catch (e) {
    return { reason: errorReason(e) };
  } finally {
    closeSync(fd);
  }
}
