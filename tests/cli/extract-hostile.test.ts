/**
 * The extract command on hostile input and in hostile circumstances, run as a user runs it: a
 * second run on the same folder, Ctrl-C and kill, what killed runs left, a page that would stall
 * the run, links and named pipes, a manifest that is a folder, an output path under a file, and
 * cells that would be formulas in a spreadsheet. Each time: a clear one-line message or a
 * skipped.csv row, and the previous outputs as they were.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { hostilePage } from '../../scripts/bench/hostile-pages';
import { parseArticles } from '../../lib/data/dataset';
import { parseSources } from '../../lib/data/sources';
import { EXTRACT_CLI, WORKER, bundlePath } from '../../lib/io/script-bundle';
import { ROOT, extract, read, sampleCorpus, tempDir } from './helpers';

const rows = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
/** Every output file's bytes, through DIR/<name>. */
const snapshot = (out: string) => Object.fromEntries(['articles.csv', 'facts.csv', 'sources.csv', 'skipped.csv', 'facts.reviewed.csv'].map((f) => [f, read(out, f)]));
/** What a run may leave in DIR besides the published run and the database the app serves (stats.duckdb): nothing (no lock, no partial run, no temporary file). */
function leftovers(out: string): string[] {
  const top = readdirSync(out).filter((n) => !['.runs', 'current', 'articles.csv', 'facts.csv', 'sources.csv', 'skipped.csv', 'facts.reviewed.csv', 'stats.duckdb'].includes(n));
  const runs = existsSync(path.join(out, '.runs')) ? readdirSync(path.join(out, '.runs')).filter((n) => n.endsWith('.partial')) : [];
  return [...top, ...runs.map((n) => `.runs/${n}`)];
}

/** A page that takes the extractor seconds (thousands of quotes that never close). */
const slowPage = (chars: number) => hostilePage('open quotes', chars);

/** Starts the extract command without waiting for it. */
function startExtract(args: readonly string[]) {
  const child = spawn(process.execPath, ['--require', 'tsx/cjs', path.join(ROOT, 'scripts/extract.ts'), ...args], {
    cwd: ROOT, env: { ...process.env, REVIEW_DATA_DIR: tempDir('zj-review-data-') }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<{ code: number | null; stderr: string }>((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
  return { child, exited };
}

async function until(what: string, ok: () => boolean, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const partialRun = (out: string) => existsSync(path.join(out, '.runs')) && readdirSync(path.join(out, '.runs')).some((n) => n.endsWith('.partial'));

describe('extract in hostile circumstances', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    test(`a second run on the folder is refused while one runs; ${signal} ends that run, removes its files and keeps the previous outputs`, async () => {
      const input = sampleCorpus();
      const out = tempDir();
      assert.equal(extract(['--input', input, '--out', out]).status, 0);
      const before = snapshot(out);
      writeFileSync(path.join(input, 'slow.txt'), slowPage(1_500_000));
      const first = startExtract(['--input', input, '--out', out, '--file-timeout', '0']);
      await until('the run to start', () => partialRun(out) && existsSync(path.join(out, '.lock')));
      const second = extract(['--input', input, '--out', out]);
      assert.equal(second.status, 2);
      assert.match(second.stderr, new RegExp(`^extract: another extraction \\(pid ${first.child.pid}, started [^)]+\\) is writing to ${out}; wait for it to finish`));
      assert.equal(second.stderr.trim().split('\n').length, 1, 'one line');
      first.child.kill(signal);
      const ended = await first.exited;
      assert.equal(ended.code, signal === 'SIGTERM' ? 143 : 130);
      assert.match(ended.stderr, new RegExp(`interrupted by ${signal}; nothing was written, the outputs in .* are as they were`));
      assert.deepEqual(leftovers(out), []);
      assert.deepEqual(snapshot(out), before);
    });
  }

  test('the next run removes what a killed run left: its partial folder, temporary links and its lock', async () => {
    const input = sampleCorpus();
    const out = tempDir();
    assert.equal(extract(['--input', input, '--out', out]).status, 0);
    writeFileSync(path.join(input, 'slow.txt'), slowPage(1_500_000));
    const killed = startExtract(['--input', input, '--out', out, '--file-timeout', '0']);
    await until('the run to start', () => partialRun(out));
    killed.child.kill('SIGKILL');
    await killed.exited;
    symlinkSync('.runs/gone', path.join(out, `current.${killed.child.pid}.tmp`));
    assert.ok(partialRun(out) && existsSync(path.join(out, '.lock')), 'the killed run left its files');
    const r = extract(['--input', input, '--out', out, '--file-timeout', '0.5']);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(leftovers(out), []);
    assert.ok(readdirSync(path.join(out, '.runs')).length <= 2, 'the current run and the one before');
  });

  test('a page over the time budget is a skipped.csv row with its reason, and the other pages go through', () => {
    const input = sampleCorpus();
    // About 5 s of work on a quiet machine; the budget is 1.5 s, three times what a normal page
    // takes even first in a cold worker on a loaded machine.
    writeFileSync(path.join(input, 'stall.txt'), slowPage(1_500_000));
    const out = tempDir();
    const r = extract(['--input', input, '--out', out, '--file-timeout', '1.5']);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(rows(read(out, 'skipped.csv')), [{ source: 'stall.txt', reason: 'took longer than 1.5 s to extract (--file-timeout); skipped' }]);
    assert.ok(rows(read(out, 'facts.csv')).length >= 12);
    assert.ok(!rows(read(out, 'articles.csv')).some((a) => a.source === 'stall.txt'));
  });

  test('links, named pipes and unreadable folders are skipped.csv rows with their reason; nothing waits on a pipe', () => {
    const input = sampleCorpus();
    symlinkSync(path.join(input, '000_c0456899170a34a3.txt'), path.join(input, 'link.txt'));
    symlinkSync('/etc', path.join(input, 'etc'));
    assert.equal(spawnSync('mkfifo', [path.join(input, 'pipe.txt')]).status, 0);
    const out = tempDir();
    const r = extract(['--input', input, '--out', out]);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(rows(read(out, 'skipped.csv')).map((s) => `${s.source}: ${s.reason}`), [
      'etc: symbolic link: not followed', 'link.txt: symbolic link: not followed', 'pipe.txt: named pipe (FIFO): not read',
    ]);
  });

  test('a manifest that is a folder, an output path under a file and an over-long input path are one-line errors', () => {
    const input = sampleCorpus();
    const file = path.join(tempDir(), 'facts.csv');
    writeFileSync(file, 'not a folder');
    const underFile = extract(['--input', input, '--out', path.join(file, 'out')]);
    assert.equal(underFile.status, 2);
    assert.equal(underFile.stderr.trim(), `extract: cannot make the output folder "${path.join(file, 'out')}": it or a folder above it is a file`);
    const tooLong = extract(['--input', `/tmp/${'x'.repeat(5000)}`, '--out', tempDir()]);
    assert.equal(tooLong.status, 2);
    assert.match(tooLong.stderr, /^extract: input folder "\/tmp\/x+…": path too long\n$/);
    const manifestDir = sampleCorpus();
    rmSync(path.join(manifestDir, 'manifest.csv'));
    mkdirSync(path.join(manifestDir, 'manifest.csv'));
    const folder = extract(['--input', manifestDir, '--out', tempDir()]);
    assert.equal(folder.status, 2);
    assert.equal(folder.stderr.trim(), `extract: ${path.join(manifestDir, 'manifest.csv')}: a folder, not a file`);
  });

  test('no cell of articles.csv, facts.csv or sources.csv starts a formula; the app reads the text back', () => {
    const input = tempDir('zj-formula-');
    const page = '=HYPERLINK("http://evil.example","点击")\n-本报记者 @张三\n\n+杭州市今年1-6月共破获刑事案件1200起,同比下降13.7%。\n';
    writeFileSync(path.join(input, 'a.txt'), page);
    writeFileSync(path.join(input, 'manifest.csv'), 'source,date,paper,page,url,title\na.txt,2019-07-18,=cmd|\' /C calc\'!A0,+1,@evil,-标题\n');
    const out = tempDir();
    const r = extract(['--input', input, '--out', out]);
    assert.equal(r.status, 0, r.stderr);
    const numeric = new Set(['value', 'start', 'end', 'confidence']);
    for (const file of ['articles.csv', 'facts.csv', 'sources.csv']) {
      const parsed = Papa.parse<string[]>(read(out, file), { skipEmptyLines: true }).data;
      const header = parsed[0]!;
      assert.ok(parsed.length > 1, `${file} has rows`);
      for (const row of parsed.slice(1)) {
        row.forEach((cell, i) => {
          if (!numeric.has(header[i]!)) assert.ok(!/^[=+\-@\t\r]/.test(cell), `${file} ${header[i]}: ${JSON.stringify(cell)}`);
        });
      }
    }
    assert.match(read(out, 'sources.csv'), /^a\.txt,'=cmd\|' \/C calc'!A0,2019-07-18,manifest,'\+1,'@evil,'-标题,/m);
    // The app's readers remove exactly the guard.
    const { articles } = parseArticles({ file: 'articles.csv', text: read(out, 'articles.csv') });
    assert.equal(articles[0]!.title, '-标题');
    assert.ok(articles[0]!.text.length > 0);
    const source = parseSources(read(out, 'sources.csv'), 'sources.csv').bySource.get('a.txt');
    assert.equal(source?.paper, "=cmd|' /C calc'!A0");
    assert.equal(source?.url, '@evil');
    const facts = rows(read(out, 'facts.csv'));
    assert.ok(facts.some((f) => f.value === '1200'));
  });

  test('a manifest saved as GB18030 by Excel is read, four-byte characters included', () => {
    const input = sampleCorpus();
    writeFileSync(path.join(input, 'manifest.csv'), iconv.encode('source,date,paper\n000_c0456899170a34a3.txt,2019-03-21,浙江法制报𠀀\n', 'gb18030'));
    const out = tempDir();
    assert.equal(extract(['--input', input, '--out', out]).status, 0);
    assert.equal(rows(read(out, 'sources.csv')).find((s) => s.source === '000_c0456899170a34a3.txt')?.paper, '浙江法制报𠀀');
  });

  test('the command and the extractor of its workers run from bundles built from the sources', () => {
    assert.equal(extract(['--input', sampleCorpus(), '--out', tempDir(), '--no-db']).status, 0);
    for (const spec of [WORKER, EXTRACT_CLI]) {
      const stamp = JSON.parse(readFileSync(bundlePath(spec).replace(/\.js$/, '.inputs.json'), 'utf8')) as { inputs: string[] };
      assert.ok(stamp.inputs.includes(spec.entry), spec.entry);
      assert.ok(readFileSync(bundlePath(spec), 'utf8').length > 10_000);
    }
    // The worker's bundle out of date (a source of the extractor changed): the command, run from its
    // own bundle, builds it again.
    rmSync(bundlePath(WORKER).replace(/\.js$/, '.inputs.json'));
    const r = extract(['--input', sampleCorpus(), '--out', tempDir(), '--no-db']);
    assert.equal(r.status, 0);
    assert.doesNotMatch(r.stderr, /could not build/);
    assert.ok(existsSync(bundlePath(WORKER).replace(/\.js$/, '.inputs.json')));
  });
});
