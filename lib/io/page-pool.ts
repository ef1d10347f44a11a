/**
 * Runs page jobs on worker threads (one per core, at most 4) and hands back the outcomes in job
 * order, so the output is byte-identical to a single-threaded run. At most two jobs per worker
 * are in flight, so memory does not grow with the corpus. Small runs stay on this thread.
 */
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { runPageJob, type PageJob, type PageOutcome } from './page-job';

const MIN_FILES_FOR_WORKERS = 16;

/** `threads`: how many worker threads to use (default: one per core, at most 4; 1 = this thread). */
export async function runPageJobs(jobs: Iterable<PageJob>, count: number, onOutcome: (o: PageOutcome) => void, threads = Math.min(4, os.availableParallelism())): Promise<void> {
  if (count < MIN_FILES_FOR_WORKERS || threads < 2) {
    for (const job of jobs) onOutcome(runPageJob(job));
    return;
  }
  const workers = Array.from({ length: threads }, () => new Worker(path.join(__dirname, 'page-worker.cjs')));
  const iterator = jobs[Symbol.iterator]();
  const waiting = new Map<number, PageOutcome>();
  let nextOut = 0;
  let inFlight = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const feed = (w: Worker) => {
        const next = iterator.next();
        if (next.done) {
          if (inFlight === 0) resolve();
          return;
        }
        inFlight++;
        w.postMessage(next.value);
      };
      for (const w of workers) {
        w.on('message', (o: PageOutcome) => {
          inFlight--;
          waiting.set(o.seq, o);
          for (let ready = waiting.get(nextOut); ready; ready = waiting.get(nextOut)) {
            waiting.delete(nextOut++);
            onOutcome(ready);
          }
          feed(w);
        });
        w.on('error', reject);
        feed(w);
        feed(w);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
