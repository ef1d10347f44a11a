/**
 * Which job a worker thread is running and since when, in memory the worker shares with the pool.
 * A worker sends its outcomes back in batches (page-worker.ts), so the pool cannot tell from the
 * outcomes it has which of the jobs it sent is running: it reads that here, to end a worker whose
 * page is over the time budget and to know which page that was.
 */

export interface ProgressShare {
  /** Two 32-bit cells: the running job's seq (-1: none), then when it started (ms after `base`). */
  readonly buffer: SharedArrayBuffer;
  /** Date.now() when the share was made: times are kept as offsets from it, which fit 32 bits. */
  readonly base: number;
}

const SEQ = 0;
const SINCE = 1;

export function newProgressShare(): ProgressShare {
  const buffer = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
  new Int32Array(buffer)[SEQ] = -1;
  return { buffer, base: Date.now() };
}

/** The worker's side: it says when it starts a job and when it has none. */
export interface ProgressWriter {
  started(seq: number): void;
  idle(): void;
}

export function progressWriter(share: ProgressShare, now: () => number = Date.now): ProgressWriter {
  const cells = new Int32Array(share.buffer);
  return {
    // The time before the seq: a reader that sees the new seq sees its time too.
    started(seq) {
      Atomics.store(cells, SINCE, now() - share.base);
      Atomics.store(cells, SEQ, seq);
    },
    idle() {
      Atomics.store(cells, SEQ, -1);
    },
  };
}

/** The pool's side: the job the worker runs and when it started it (Date.now() time), or null. */
export function runningJob(share: ProgressShare): { readonly seq: number; readonly since: number } | null {
  const cells = new Int32Array(share.buffer);
  const seq = Atomics.load(cells, SEQ);
  return seq < 0 ? null : { seq, since: share.base + Atomics.load(cells, SINCE) };
}
