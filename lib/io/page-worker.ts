/**
 * Worker thread for the extraction pool: first readies the extractor's tables by extracting a short
 * page (the gazetteer of every division, read ready-made from the file a run before left, else
 * built in some 70 ms and written there once the worker is ready: gazetteer-cache.ts), then says it is
 * ready, so the pool times each page from when a warm worker starts on it; then runs page jobs as
 * they come, saying in shared memory which one it runs (job-progress.ts).
 *
 * Outcomes go back in batches: while more jobs wait in its queue, a worker keeps the outcomes of
 * those it has done (up to BATCH_MAX, or BATCH_MS after the first) and sends them as one message.
 * A message to a thread that sleeps costs some 40–80 µs to wake it, a tenth of a page's work, and
 * the main thread mostly sleeps. The pool keeps three batches in flight (page-pool.ts), so the
 * queue still holds jobs when a batch goes back.
 */
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { loadGazetteerCache, saveGazetteerCache } from './gazetteer-cache';
import { progressWriter, type ProgressShare } from './job-progress';
import { runPageJob, type PageJob, type PageOutcome } from './page-job';

const BATCH_MAX = 16;
const BATCH_MS = 25;

const port = parentPort!;
const { progress: share, gazetteerFile } = workerData as { progress: ProgressShare; gazetteerFile?: string };
const progress = progressWriter(share);
// The gazetteer read ready-made when a run before this one left it (gazetteer-cache.ts).
const cached = gazetteerFile !== undefined && loadGazetteerCache(gazetteerFile);

// Simplified only: the Traditional converter (tens of milliseconds to build) is built by the first
// page that needs it, most corpora have none.
const WARM_UP = new TextEncoder().encode('全省平安建设\n本报讯 今年1-6月,杭州市刑事案件同比下降13.7%,破获电信诈骗案件1200起。');
runPageJob({ seq: -1, bytes: WARM_UP, meta: { source: 'warm-up.txt', date: '2019-07-18', dateBasis: 'manifest', paper: '', page: '', url: '', title: '', region: '' } });
port.postMessage({ ready: true });
if (gazetteerFile !== undefined && !cached) saveGazetteerCache(gazetteerFile);

// Each outcome carries its rows' cells packed as one string (page-job.ts), which the main thread writes as CSV.
port.on('message', (first: PageJob) => {
  const held: PageOutcome[] = [];
  let since = 0;
  for (let job: PageJob | undefined = first; job;) {
    progress.started(job.seq);
    if (held.length === 0) since = Date.now();
    held.push(runPageJob(job));
    job = (receiveMessageOnPort(port) as { message: PageJob } | undefined)?.message;
    if (!job) progress.idle();
    if (!job || held.length >= BATCH_MAX || Date.now() - since >= BATCH_MS) port.postMessage(held.splice(0));
  }
});
