/**
 * Runs page jobs on worker threads (by default one per core but one, at most 4) and hands back the
 * outcomes in job order, so the output is byte-identical for any number of threads. Workers load
 * the extractor bundled as plain JavaScript (script-bundle.ts). This thread only reads files and
 * writes outputs, so it stays free to answer signals, and it watches the time: a page still running
 * after `fileTimeoutMs` has its worker ended and replaced, and is reported as skipped (each worker
 * says in shared memory which page it runs: job-progress.ts); a worker that dies (out of memory)
 * costs only its page. A worker has at most IN_FLIGHT_PER_WORKER jobs (and IN_FLIGHT_BYTES of
 * pages, one page whatever its size) in flight, which lets it send their outcomes back in batches
 * (page-worker.ts) while jobs still wait in its queue, so that it never idles waiting for this
 * thread to write a batch and send more; at most AHEAD_PER_WORKER outcomes a worker wait for an
 * earlier one, so memory does not grow with the corpus. A run
 * can start its workers before it has its jobs (startWorkersEarly): a worker's start (about 0.3 s:
 * its code and tables) then overlaps the run's own preparation.
 */
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { newProgressShare, runningJob, type ProgressShare } from './job-progress';
import type { PageJob, PageOutcome } from './page-job';
import { gazetteerCachePath } from './gazetteer-cache';
import { ROOT, WORKER, bundleHash, scriptBundle } from './script-bundle';

/**
 * Jobs sent ahead of the first outcome not yet delivered, a worker: bounds the outcomes held back.
 * More than IN_FLIGHT_PER_WORKER, so that a worker's next jobs go out before its batch is written.
 */
const AHEAD_PER_WORKER = 64;
/**
 * Three batches (page-worker.ts): a worker sends one back while two wait in its queue. With 16 (one
 * batch, sent when the queue ran dry), a worker waited for this thread to wake, write the batch's
 * rows and send more: 0.29–0.47 s of a 20 MB run at load 4–5.
 */
const IN_FLIGHT_PER_WORKER = 48;
const IN_FLIGHT_BYTES = 4 << 20;

export interface PoolOptions {
  /** Worker threads (default: defaultThreads()). */
  readonly threads?: number;
  /** A page taking longer than this is skipped (0: no limit). */
  readonly fileTimeoutMs?: number;
  /** Aborting stops the run: the promise rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  /** Told when the workers run the extractor's TypeScript through tsx (no bundle could be built). */
  readonly onNote?: (message: string) => void;
}

/** A worker and the memory in which it says what it runs. */
interface Started {
  readonly worker: Worker;
  readonly progress: ProgressShare;
}

interface Slot {
  worker: Worker;
  progress: ProgressShare;
  /** The worker has built its tables (page-worker.ts) and takes jobs. */
  ready: boolean;
  /** Jobs sent to the worker whose outcomes have not come back, oldest first. */
  readonly sent: PageJob[];
  /** Their bytes. */
  bytes: number;
}

/**
 * One worker per core but one, at least one and at most 4: the main thread has work of its own
 * (reading the pages, writing the CSVs: about a sixth of the CPU time of a run). Measured on the
 * 2-core development machine (two virtual CPUs that do not add up to two cores, shared with other
 * users), two workers took a third more CPU time than one and were no faster by the clock: each
 * loads and warms up the extractor on its own, and the two contend for one core.
 */
export const defaultThreads = (): number => Math.max(1, Math.min(4, os.availableParallelism() - 1));

/** A `--require` of tsx, which a worker would otherwise inherit from the CLI. */
const isTsxRequire = (arg: string, next: string | undefined) => (arg === '--require' || arg === '-r') && /^tsx(\/|$)/.test(next ?? '');

/**
 * How to start a worker: the bundle, with the process's options but not tsx's loader (the bundle
 * is plain JavaScript: loading tsx would cost each worker about 0.1 s); else the TypeScript
 * through tsx (page-worker.cjs). Decided once per process (checking the bundle hashes its sources);
 * `notes` says why the TypeScript is loaded, if it is.
 */
let starter: { readonly start: () => Started; readonly notes: readonly string[] } | null = null;

function workerStarter(): { readonly start: () => Started; readonly notes: readonly string[] } {
  if (starter) return starter;
  const notes: string[] = [];
  const bundle = scriptBundle(WORKER, (m) => notes.push(m));
  const args = process.execArgv;
  const execArgv = args.filter((a, i) => !isTsxRequire(a, args[i + 1]) && !isTsxRequire(args[i - 1] ?? '', a) && !/^--require=tsx(\/|$)/.test(a));
  const file = bundle ?? path.join(ROOT, 'lib/io/page-worker.cjs');
  // The gazetteer ready-made, keyed on the bundle's sources (gazetteer-cache.ts); none without a bundle.
  const hash = bundle ? bundleHash(WORKER) : null;
  const gazetteerFile = bundle && hash ? gazetteerCachePath(path.dirname(bundle), hash) : undefined;
  const start = (): Started => {
    const progress = newProgressShare();
    return { worker: new Worker(file, bundle ? { execArgv, workerData: { progress, gazetteerFile } } : { workerData: { progress } }), progress };
  };
  starter = { start, notes };
  return starter;
}

/** A worker started ahead of its run (startWorkersEarly). */
interface EarlyWorker extends Started {
  /** It has said it is ready (page-worker.ts). */
  ready: boolean;
  /** It failed before the run took it. */
  failed: boolean;
}

const early: EarlyWorker[] = [];

/**
 * Starts `threads` workers now, so that they load the extractor and build its tables while the
 * caller readies the run (reads the manifest, makes the output folder); the next runPageJobs takes
 * them. Until then they keep no process alive; endEarlyWorkers ends them when no run follows.
 */
export function startWorkersEarly(threads: number = defaultThreads()): void {
  const { start } = workerStarter();
  while (early.length < threads) {
    const e: EarlyWorker = { ...start(), ready: false, failed: false };
    e.worker.unref();
    e.worker.once('message', () => (e.ready = true)); // the first message is { ready: true }
    e.worker.once('error', () => (e.failed = true));
    early.push(e);
  }
}

/** Ends the workers started early that no run took (the run failed before it began). */
export function endEarlyWorkers(): void {
  for (const e of early.splice(0)) void e.worker.terminate();
}

export async function runPageJobs(jobs: Iterable<PageJob>, onOutcome: (o: PageOutcome) => void, opts: PoolOptions = {}): Promise<void> {
  const timeout = opts.fileTimeoutMs ?? 0;
  const threads = opts.threads ?? defaultThreads();
  const maxAhead = AHEAD_PER_WORKER * threads;
  const onNote = opts.onNote ?? (() => {});
  const { start: startWorker, notes } = workerStarter();
  for (const n of notes) onNote(n);
  const taken = early.splice(0);
  const iterator = jobs[Symbol.iterator]();
  let exhausted = false;
  const again: PageJob[] = []; // sent to a worker that was ended before it got to them
  const waiting = new Map<number, PageOutcome>();
  let nextOut = 0;
  const take = (): PageJob | undefined => {
    if (again.length > 0) return again.shift();
    if (exhausted) return undefined;
    const next = iterator.next();
    if (next.done) exhausted = true;
    return next.done ? undefined : next.value;
  };
  let peeked: PageJob | undefined;
  const nextJob = (): PageJob | undefined => {
    peeked ??= take();
    if (!peeked || peeked.seq - nextOut >= maxAhead) return undefined;
    const job = peeked;
    peeked = undefined;
    return job;
  };
  const deliver = (o: PageOutcome) => {
    waiting.set(o.seq, o);
    for (let ready = waiting.get(nextOut); ready; ready = waiting.get(nextOut)) {
      waiting.delete(nextOut++);
      onOutcome(ready);
    }
  };

  const slots: Slot[] = [];
  let watch: ReturnType<typeof setInterval> | null = null;
  let abort: (() => void) | null = null;
  try {
    await new Promise<void>((resolve, reject) => {
      let settled = false;
      const fail = (e: unknown) => {
        if (!settled) reject(e);
        settled = true;
      };
      const done = () => {
        if (settled || peeked || again.length > 0 || !exhausted || slots.some((s) => s.sent.length > 0)) return;
        settled = true;
        resolve();
      };
      const feed = (slot: Slot) => {
        while (slot.ready && slot.sent.length < IN_FLIGHT_PER_WORKER) {
          peeked ??= take();
          if (slot.sent.length > 0 && peeked && slot.bytes + peeked.bytes.length > IN_FLIGHT_BYTES) break;
          const job = nextJob();
          if (!job) break;
          slot.sent.push(job);
          slot.bytes += job.bytes.length;
          slot.worker.postMessage(job); // copied, not moved: a job may be sent again to a new worker
        }
      };
      /** Runs `change`, then keeps every worker busy; a throw (a write error in onOutcome) stops the run. */
      const step = (change: () => void) => {
        if (settled) return;
        try {
          change();
          for (const s of slots) feed(s);
          done();
        } catch (e) {
          fail(e);
        }
      };
      const attach = (slot: Slot, { worker, progress }: Started, ready = false) => {
        slot.worker = worker;
        slot.progress = progress;
        slot.ready = ready;
        // A batch of outcomes, in the order the jobs were sent (page-worker.ts).
        worker.on('message', (o: PageOutcome[] | { ready: true }) => step(() => {
          if (slot.worker !== worker) return;
          if (!Array.isArray(o)) {
            slot.ready = true;
            return;
          }
          for (let i = 0; i < o.length; i++) slot.bytes -= slot.sent.shift()!.bytes.length;
          // The worker gets its next jobs before this thread writes the outcomes' rows: it need not wait.
          feed(slot);
          for (const outcome of o) deliver(outcome);
        }));
        worker.on('error', (e) => step(() => {
          if (slot.worker === worker) replace(slot, `the extractor failed on this file: ${e.message}`);
        }));
      };
      /**
       * Ends the worker of `slot` and starts another: the job it was running fails with `reason`; the
       * others go again, those it had done too (their outcomes were waiting for the rest of a batch).
       */
      const replace = (slot: Slot, reason: string) => {
        const sent = slot.sent.splice(0);
        const running = runningJob(slot.progress);
        const at = Math.max(0, sent.findIndex((j) => j.seq === running?.seq));
        const lost = sent[at];
        void slot.worker.terminate();
        again.unshift(...sent.filter((_, i) => i !== at));
        slot.bytes = 0;
        attach(slot, startWorker());
        if (lost) deliver({ seq: lost.seq, ok: false, reason });
      };
      for (let i = 0; i < threads; i++) {
        const slot: Slot = { worker: null as unknown as Worker, progress: newProgressShare(), ready: false, sent: [], bytes: 0 };
        slots.push(slot);
        const e = taken.shift();
        if (e?.failed) void e.worker.terminate();
        if (e && !e.failed) {
          e.worker.ref();
          attach(slot, e, e.ready);
        } else {
          attach(slot, startWorker());
        }
      }
      for (const e of taken.splice(0)) void e.worker.terminate();
      if (timeout > 0) {
        watch = setInterval(() => step(() => {
          const now = Date.now();
          for (const s of slots) {
            const running = s.sent.length > 0 ? runningJob(s.progress) : null;
            if (running && now - running.since > timeout && s.sent.some((j) => j.seq === running.seq)) {
              replace(s, `took longer than ${timeout / 1000} s to extract (--file-timeout); skipped`);
            }
          }
        }), Math.min(1000, Math.max(20, timeout / 4)));
      }
      abort = () => fail(opts.signal!.reason);
      if (opts.signal?.aborted) abort();
      opts.signal?.addEventListener('abort', abort, { once: true });
      step(() => {});
    });
  } finally {
    if (watch) clearInterval(watch);
    if (abort) opts.signal?.removeEventListener('abort', abort);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
