/**
 * Runs page jobs on this thread and on worker threads together (`threads` in all: one per core,
 * at most 4) and hands back the outcomes in job order, so the output is byte-identical to a
 * single-threaded run. This thread starts at once while the workers boot (loading the gazetteer
 * takes them a few hundred milliseconds), and takes one job per turn of the event loop so worker
 * results keep flowing. At most two jobs per worker are in flight, so memory does not grow with
 * the corpus. Small runs stay on this thread.
 */
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { runPageJob, type PageJob, type PageOutcome } from './page-job';

const MIN_FILES_FOR_WORKERS = 16;

/** `threads`: how many threads to use, this one included (default: one per core, at most 4). */
export async function runPageJobs(jobs: Iterable<PageJob>, count: number, onOutcome: (o: PageOutcome) => void, threads = Math.min(4, os.availableParallelism())): Promise<void> {
  if (count < MIN_FILES_FOR_WORKERS || threads < 2) {
    for (const job of jobs) onOutcome(runPageJob(job));
    return;
  }
  const iterator = jobs[Symbol.iterator]();
  let exhausted = false;
  const take = (): PageJob | undefined => {
    if (exhausted) return undefined;
    const next = iterator.next();
    if (next.done) exhausted = true;
    return next.done ? undefined : next.value;
  };
  const waiting = new Map<number, PageOutcome>();
  let nextOut = 0;
  const deliver = (o: PageOutcome) => {
    waiting.set(o.seq, o);
    for (let ready = waiting.get(nextOut); ready; ready = waiting.get(nextOut)) {
      waiting.delete(nextOut++);
      onOutcome(ready);
    }
  };
  const workers = Array.from({ length: threads - 1 }, () => new Worker(path.join(__dirname, 'page-worker.cjs')));
  try {
    await new Promise<void>((resolve, reject) => {
      let inFlight = 0;
      let mainBusy = true;
      const settleIfDone = () => {
        if (exhausted && inFlight === 0 && !mainBusy) resolve();
      };
      const feed = (w: Worker) => {
        const job = take();
        if (!job) return settleIfDone();
        inFlight++;
        w.postMessage(job);
      };
      for (const w of workers) {
        w.on('message', (o: PageOutcome) => {
          inFlight--;
          deliver(o);
          feed(w);
        });
        w.on('error', reject);
        w.once('online', () => {
          feed(w);
          feed(w);
        });
      }
      const step = () => {
        const job = take();
        if (!job) {
          mainBusy = false;
          return settleIfDone();
        }
        try {
          deliver(runPageJob(job));
        } catch (e) {
          return reject(e); // onOutcome failed (a write error): stop the run
        }
        setImmediate(step);
      };
      setImmediate(step);
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
