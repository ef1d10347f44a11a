import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { parseSources, safeUrl } from '../../lib/data/sources';
import { buildStatsDb } from '../../lib/db/build-db';
import * as Q from '../../lib/db/queries';
import { statsDb } from '../../lib/db/stats-db';
import { FIXTURE_DIR } from './helpers';
import { copyFileSync, rmSync } from 'node:fs';

const CSV = 'source,paper,date,date_basis,page,url,title,region_code,region_basis\n' +
  'a.txt,浙江日报,2015-04-03,manifest,1,http://zjrb.zjol.com.cn/html/2015-04/03/content_2863755.htm?div=-1,"“平安浙江”交出亮丽成绩单, 满意率96.2%",330000,headline\n' +
  'b.txt,,2019-03-21,text,,,,331083,manifest\n' +
  'c.txt,,,bogus,,javascript:alert(1),,33,url\n';

test('reads each source with its URL, title and date basis; an unknown basis is none', () => {
  const { bySource, problems } = parseSources(CSV, 'sources.csv');
  assert.deepEqual(problems, []);
  assert.equal(bySource.get('a.txt')?.url, 'http://zjrb.zjol.com.cn/html/2015-04/03/content_2863755.htm?div=-1');
  assert.equal(bySource.get('a.txt')?.title, '“平安浙江”交出亮丽成绩单, 满意率96.2%');
  assert.equal(bySource.get('b.txt')?.dateBasis, 'text');
  assert.equal(bySource.get('c.txt')?.dateBasis, 'none');
});

test("reads each file's own place and where it was read; a malformed one is unknown", () => {
  const { bySource } = parseSources(CSV, 'sources.csv');
  assert.deepEqual(bySource.get('a.txt')?.place, { code: '330000', basis: 'headline' });
  assert.deepEqual([bySource.get('b.txt')?.place, bySource.get('b.txt')?.region], [{ code: '331083', basis: 'manifest' }, '331083']);
  assert.deepEqual(bySource.get('c.txt')?.place, { code: '', basis: 'none' });
});

test('reads sources.csv written before the place columns, with the place unknown', () => {
  const { bySource, problems } = parseSources('source,paper,date,date_basis,page,url,title\nd.txt,浙江日报,2015-04-03,manifest,1,,\n', 'sources.csv');
  assert.deepEqual(problems, []);
  assert.equal(bySource.get('d.txt')?.paper, '浙江日报');
  assert.deepEqual(bySource.get('d.txt')?.place, { code: '', basis: 'none' });
});

test('a row with the wrong number of fields is a problem naming its line', () => {
  const { problems } = parseSources(`${CSV}d.txt,too,few\n`, 'sources.csv');
  assert.deepEqual(problems.map((p) => [p.file, p.line]), [['sources.csv', 5]]);
});

test('only http(s) URLs become links', () => {
  assert.equal(safeUrl('https://example.org/a b'), 'https://example.org/a%20b');
  assert.equal(safeUrl('javascript:alert(1)'), null);
  assert.equal(safeUrl('data:text/html,<b>x</b>'), null);
  assert.equal(safeUrl('not a url'), null);
  assert.equal(safeUrl(''), null);
});

test('the database reads DATA_DIR/sources.csv; a source it lacks is undefined, and so is every source without the file', async (t) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zj-sources-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  for (const f of ['articles.csv', 'facts.csv']) copyFileSync(path.join(FIXTURE_DIR, f), path.join(dir, f));
  const corrections = path.join(dir, 'corrections.csv');
  assert.equal(await Q.sourceByName(await statsDb(dir, corrections), 'a.txt'), undefined);
  writeFileSync(path.join(dir, 'sources.csv'), CSV);
  await buildStatsDb(dir, path.join(dir, 'stats.duckdb'));
  const db = await statsDb(dir, corrections);
  assert.equal((await Q.sourceByName(db, 'a.txt'))?.paper, '浙江日报');
  assert.equal((await Q.sourceByName(db, 'zzz.txt')), undefined);
});
