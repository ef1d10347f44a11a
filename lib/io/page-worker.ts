/**
 * Worker thread for the extraction pool: first builds the extractor's tables (the gazetteer of
 * every division takes a few hundred milliseconds) by extracting a short page, then says it is
 * ready, so the pool times each page from when a warm worker starts on it; then runs page jobs as
 * they come.
 */
import { parentPort } from 'node:worker_threads';
import { runPageJob, type PageJob } from './page-job';

// Simplified only: the Traditional converter (tens of milliseconds to build) is built by the first
// page that needs it, most corpora have none.
const WARM_UP = new TextEncoder().encode('全省平安建设\n本报讯 今年1-6月,杭州市刑事案件同比下降13.7%,破获电信诈骗案件1200起。');
runPageJob({ seq: -1, bytes: WARM_UP, meta: { source: 'warm-up.txt', date: '2019-07-18', dateBasis: 'manifest', paper: '', page: '', url: '', title: '', region: '' } });
parentPort!.postMessage({ ready: true });
// Outcomes go back with their rows' cells as JSON (page-job.ts), which the main thread writes as CSV.
parentPort!.on('message', (job: PageJob) => parentPort!.postMessage(runPageJob(job)));
