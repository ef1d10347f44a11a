/** A page's job decoded by the thread that reads the files (page-job.ts pageJob): the same outcome as from its bytes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import type { SourceMeta } from '../../lib/schema';
import { pageJob, runPageJob } from '../../lib/io/page-job';

const meta = (source: string): SourceMeta => ({ source, paper: '浙江法制报', date: '2019-07-18', dateBasis: 'manifest', page: '', url: '', title: '', region: '' });
const RAW = path.join(__dirname, '..', '..', 'data', 'raw');
const page = fs.readFileSync(path.join(RAW, fs.readdirSync(RAW).filter((f) => f.endsWith('.txt')).sort()[0]!), 'utf8');

test('a decoded job gives the outcome its bytes give, whatever the encoding', () => {
  const files: [string, Uint8Array][] = [
    ['utf8.txt', Buffer.from(page)],
    ['bom.txt', Buffer.from(`\ufeff${page}`)],
    ['utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page, 'utf16le')])],
    ['gb18030.txt', iconv.encode(page, 'gb18030')],
  ];
  for (const [name, bytes] of files) {
    const job = pageJob(7, bytes, meta(name));
    assert.ok(job.decoded, `${name} is decoded`);
    assert.equal(job.bytes.length, 0, `${name}: its bytes are not sent again`);
    const fromText = runPageJob(job);
    assert.ok(fromText.ok, name);
    assert.ok(fromText.articles > 0, `${name} has articles`);
    assert.deepEqual(fromText, runPageJob({ seq: 7, bytes, meta: meta(name) }), name);
  }
});

test('bytes that do not decode, and empty files, go as bytes and fail as before', () => {
  const badBom = Uint8Array.from([0xef, 0xbb, 0xbf, 0xff, 0xfe, 0x41]);
  const job = pageJob(1, badBom, meta('bad.txt'));
  assert.equal(job.decoded, undefined);
  assert.deepEqual(runPageJob(job), { seq: 1, ok: false, reason: 'not valid UTF-8 after its UTF-8 byte order mark' });
  assert.deepEqual(runPageJob(pageJob(2, new Uint8Array(), meta('empty.txt'))), { seq: 2, ok: false, reason: 'empty file' });
  assert.deepEqual(runPageJob(pageJob(3, Buffer.from('abc\u0000def'), meta('nul.txt'))), { seq: 3, ok: false, reason: 'binary file (contains NUL bytes)' });
});
