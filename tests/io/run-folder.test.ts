import { describe, test } from 'node:test';
import { spawn } from 'node:child_process';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { publishedDir } from '../../lib/data/config';
import { cleanStaleRuns, startRun } from '../../lib/io/run-folder';

const FILES = ['articles.csv', 'facts.csv', 'sources.csv', 'skipped.csv'];

/** A run that writes `tag` into each of its files and commits (failing at `failAt` if given). */
function publish(out: string, tag: string, failAt?: string): void {
  const run = startRun(out, (step) => {
    if (step === failAt) throw new Error(`failed after ${step}`);
  });
  for (const f of FILES) writeFileSync(path.join(run.dir, f), `${tag}\n`);
  run.commit();
}

/** What a reader sees: the tag of each file, through DIR/<name> and through the app's resolution. */
function seen(out: string): { links: string[]; app: string[] } {
  const read = (dir: string, f: string) => (existsSync(path.join(dir, f)) ? readFileSync(path.join(dir, f), 'utf8').trim() : 'missing');
  return { links: FILES.map((f) => read(out, f)), app: FILES.map((f) => read(publishedDir(out), f)) };
}

const all = (tag: string) => FILES.map(() => tag);
const fresh = () => mkdtempSync(path.join(os.tmpdir(), 'zj-runs-'));

describe('a run folder published in one step', () => {
  test('publishes every file of the run at DIR/<name>, through DIR/current', () => {
    const out = fresh();
    publish(out, 'one');
    assert.deepEqual(seen(out), { links: all('one'), app: all('one') });
    publish(out, 'two');
    assert.deepEqual(seen(out), { links: all('two'), app: all('two') });
  });

  test('replaces the plain files an older extractor wrote', () => {
    const out = fresh();
    for (const f of FILES) writeFileSync(path.join(out, f), 'old\n');
    publish(out, 'new');
    assert.deepEqual(seen(out), { links: all('new'), app: all('new') });
  });

  for (const failAt of ['renamed', 'switched', 'linked articles.csv', 'linked sources.csv']) {
    test(`a commit that fails after "${failAt}" leaves the app one whole run, and the next run recovers`, () => {
      const out = fresh();
      publish(out, 'old');
      assert.throws(() => publish(out, 'new', failAt), /failed after/);
      const { app } = seen(out);
      assert.ok(app.every((t) => t === 'old') || app.every((t) => t === 'new'), `the app sees one run: ${app}`);
      // Links already in place all go through current: whatever they show is the run the app sees.
      assert.deepEqual(seen(out).links, app);
      publish(out, 'next');
      assert.deepEqual(seen(out), { links: all('next'), app: all('next') });
      assert.ok(readdirSync(path.join(out, '.runs')).length <= 2, 'older runs are removed');
    });
  }

  test('the next run removes what a killed run left, and keeps the current run and the one before', () => {
    const out = fresh();
    publish(out, 'one');
    publish(out, 'two');
    mkdirSync(path.join(out, '.runs', '20990101T000000000Z-1.partial'));
    symlinkSync('.runs/x', path.join(out, 'current.4242.tmp'));
    writeFileSync(path.join(out, '.facts.csv.4242.tmp'), 'half');
    cleanStaleRuns(out);
    assert.equal(readdirSync(path.join(out, '.runs')).filter((n) => n.endsWith('.partial')).length, 0);
    assert.equal(readdirSync(path.join(out, '.runs')).length, 2);
    assert.ok(!existsSync(path.join(out, 'current.4242.tmp')) && !existsSync(path.join(out, '.facts.csv.4242.tmp')));
    publish(out, 'three');
    assert.equal(readdirSync(path.join(out, '.runs')).length, 2);
    assert.deepEqual(seen(out).app, all('three'));
  });

  test('a discarded run leaves nothing behind', () => {
    const out = fresh();
    publish(out, 'one');
    const run = startRun(out);
    writeFileSync(path.join(run.dir, 'facts.csv'), 'half');
    run.discard();
    assert.deepEqual(seen(out).app, all('one'));
    assert.equal(readdirSync(path.join(out, '.runs')).length, 1);
  });
});

test('a reader working while runs are published sees all the files of one run, never a mix', async () => {
  const out = fresh();
  publish(out, 'run-0');
  // Another process reads as the app does (lib/data/config.ts: current resolved once per load), as fast as it can.
  const reader = `
    const fs = require('node:fs'), path = require('node:path');
    const files = ${JSON.stringify(FILES)};
    const mixed = []; let loads = 0;
    const end = Date.now() + 60000;
    process.stdin.on('data', () => { console.log(JSON.stringify({ loads, mixed })); process.exit(0); });
    (function loop() {
      for (let i = 0; i < 50; i++) {
        let dir; try { dir = fs.realpathSync(path.join(${JSON.stringify(out)}, 'current')); } catch { continue; }
        let tags;
        // A run two publications old is removed: a reader that resolved it that long ago loads again.
        try { tags = files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8').trim()); } catch (e) { if (e.code === 'ENOENT') continue; throw e; }
        loads++;
        if (new Set(tags).size !== 1) mixed.push(tags.join(' '));
      }
      // Never outlive the test: past the deadline the reader reports and ends by itself.
      if (Date.now() < end) setImmediate(loop);
      else { console.log(JSON.stringify({ loads, mixed })); process.exit(0); }
    })();`;
  const child = spawn(process.execPath, ['-e', reader], { stdio: ['pipe', 'pipe', 'inherit'] });
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  const exited = new Promise((resolve) => child.on('exit', resolve));
  try {
    for (let i = 1; i <= 200; i++) {
      publish(out, `run-${i}`);
      if (i % 20 === 0) await new Promise((r) => setTimeout(r, 10));
    }
    child.stdin.write('stop\n');
    await exited;
  } finally {
    // A failure above must not leave the reader running (it would keep this test file alive).
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  const { loads, mixed } = JSON.parse(stdout) as { loads: number; mixed: string[] };
  assert.ok(loads > 100, `the reader loaded ${loads} times`);
  assert.deepEqual(mixed, []);
  assert.deepEqual(seen(out), { links: all('run-200'), app: all('run-200') });
});
