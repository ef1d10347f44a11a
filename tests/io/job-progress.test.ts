import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';
import { newProgressShare, progressWriter, runningJob } from '../../lib/io/job-progress';

test('a new share says no job runs; started and idle are read back with the start time', () => {
  const share = newProgressShare();
  assert.equal(runningJob(share), null);
  let clock = share.base + 1234;
  const w = progressWriter(share, () => clock);
  w.started(7);
  assert.deepEqual(runningJob(share), { seq: 7, since: share.base + 1234 });
  clock += 50;
  w.started(8);
  assert.deepEqual(runningJob(share), { seq: 8, since: share.base + 1284 });
  w.idle();
  assert.equal(runningJob(share), null);
});

test('what a worker thread writes is read by the thread that made the share, while the worker is busy', async () => {
  const share = newProgressShare();
  const stop = new Int32Array(new SharedArrayBuffer(4));
  // The worker says it runs job 42, then stays busy (no message could tell the pool) until told to stop.
  const worker = new Worker(`
    const { workerData } = require('node:worker_threads');
    const cells = new Int32Array(workerData.share.buffer);
    Atomics.store(cells, 1, Date.now() - workerData.share.base);
    Atomics.store(cells, 0, 42);
    const stop = new Int32Array(workerData.stop);
    while (Atomics.load(stop, 0) === 0);
  `, { eval: true, workerData: { share, stop: stop.buffer } });
  try {
    const deadline = Date.now() + 10_000;
    while (runningJob(share) === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    const running = runningJob(share);
    assert.equal(running?.seq, 42);
    assert.ok(Math.abs(running!.since - Date.now()) < 10_000);
  } finally {
    Atomics.store(stop, 0, 1);
    await worker.terminate();
  }
});
