/** Worker thread for the extraction pool: runs page jobs as they come. */
import { parentPort } from 'node:worker_threads';
import { runPageJob, type PageJob } from './page-job';

parentPort!.on('message', (job: PageJob) => parentPort!.postMessage(runPageJob(job)));
