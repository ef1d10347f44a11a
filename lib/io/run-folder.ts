/**
 * An extraction run writes into a fresh folder of its own, DIR/.runs/<id>.partial, and is
 * published in one step: the symlink DIR/current is replaced (by a rename, which is atomic) with
 * one to the finished folder. DIR/articles.csv, facts.csv, … are symlinks through current, so a
 * reader sees all the files of the previous run or all those of the new one, never a mix; the
 * app resolves current once per load (lib/data/config.ts). The run before stays on disk for a
 * reader that resolved it a moment ago; older runs, and what killed runs left (partial folders,
 * temporary links), are removed by the next run. Call these with the folder's lock held
 * (out-lock.ts).
 */
import { closeSync, existsSync, fsyncSync, lstatSync, mkdirSync, openSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';

export const CURRENT = 'current';
export const RUNS = '.runs';
const PARTIAL = '.partial';
/** A temporary link or file of this process: "<name>.<pid>.tmp" (write-atomic.ts names them so too). */
const TEMPORARY = /\.\d+\.tmp$/;

export interface RunFolder {
  /** Where this run writes its files. */
  readonly dir: string;
  /** Publishes the run: DIR/current is this run's folder, and each of its files is DIR/<name>. */
  commit(): void;
  /** Removes the run's folder; what was published stays as it was. */
  discard(): void;
}

/** Runs this process started: two runs within one millisecond still get names of their own. */
let runsStarted = 0;

/** A run's name, in time order and unique: 20261126T031500123Z-000001-4242 (time, run of this process, pid). */
function runId(): string {
  runsStarted += 1;
  return `${new Date().toISOString().replace(/[-:.]/g, '')}-${String(runsStarted).padStart(6, '0')}-${process.pid}`;
}

function linkTarget(link: string): string | null {
  try {
    return readlinkSync(link);
  } catch {
    return null;
  }
}

/** Replaces whatever is at `link` (a file, an older link) with a symlink to `target`, in one rename. */
function pointAt(link: string, target: string): void {
  const tmp = `${link}.${process.pid}.tmp`;
  rmSync(tmp, { force: true });
  symlinkSync(target, tmp);
  renameSync(tmp, link);
}

/** Makes the folder's new entries durable (where the platform allows a folder to be synced). */
function syncFolder(dir: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Not every platform syncs a folder; the rename is atomic all the same.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/**
 * Removes the partial folders and temporary links of killed runs, and finished runs other than the
 * current one and the one before it.
 */
export function cleanStaleRuns(out: string): void {
  const runs = path.join(out, RUNS);
  const names = existsSync(runs) ? readdirSync(runs) : [];
  const current = path.basename(linkTarget(path.join(out, CURRENT)) ?? '');
  const previous = names.filter((n) => !n.endsWith(PARTIAL) && n !== current).sort().pop();
  for (const name of names) {
    if (name !== current && name !== previous) rmSync(path.join(runs, name), { recursive: true, force: true });
  }
  for (const name of readdirSync(out)) {
    if (TEMPORARY.test(name)) rmSync(path.join(out, name), { recursive: true, force: true });
  }
}

/**
 * Starts a run in `out` (which exists). `onStep` is told each step of the commit as it is done
 * (for tests that fail a commit half-way).
 */
export function startRun(out: string, onStep: (step: string) => void = () => {}): RunFolder {
  const id = runId();
  const partial = path.join(out, RUNS, `${id}${PARTIAL}`);
  mkdirSync(partial, { recursive: true });
  return {
    dir: partial,
    commit() {
      const finished = path.join(out, RUNS, id);
      renameSync(partial, finished);
      onStep('renamed');
      const files = readdirSync(finished).sort();
      pointAt(path.join(out, CURRENT), path.join(RUNS, id));
      syncFolder(out);
      onStep('switched');
      for (const name of files) {
        const link = path.join(out, name);
        const target = path.join(CURRENT, name);
        if (linkTarget(link) !== target) pointAt(link, target);
        onStep(`linked ${name}`);
      }
      // Links to files this run did not write (an output an older run had) would dangle.
      for (const name of readdirSync(out)) {
        const target = linkTarget(path.join(out, name));
        if (target?.startsWith(`${CURRENT}${path.sep}`) && !files.includes(name) && lstatSync(path.join(out, name)).isSymbolicLink()) {
          rmSync(path.join(out, name), { force: true });
        }
      }
      cleanStaleRuns(out);
    },
    discard() {
      rmSync(partial, { recursive: true, force: true });
    },
  };
}
