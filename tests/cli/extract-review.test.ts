import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import Papa from 'papaparse';
import { REVIEWED_FACT_COLUMNS } from '../../lib/schema';
import { correctionsText } from '../review/helpers';
import { extract, read, sampleCorpus, tempDir } from './helpers';

const rows = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;

describe('npm run extract with reviewers\' decisions', () => {
  const input = sampleCorpus();
  const out = tempDir();
  const reviewData = tempDir('zj-review-data-');
  const corrections = path.join(reviewData, 'corrections.csv');
  const env = { REVIEW_DATA_DIR: reviewData };

  test('without decisions, facts.reviewed.csv is facts.csv with every statistic unreviewed', () => {
    const r = extract(['--input', input, '--out', out], env);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /reviewed: 0 decision\(s\) in .*corrections\.csv → 0 confirmed, 0 corrected, 0 added, 0 rejected, \d+ unreviewed; wrote .*facts\.reviewed\.csv/);
    assert.match(r.stdout, /orphaned 0 decision group\(s\)/);
    const reviewed = read(out, 'facts.reviewed.csv');
    assert.equal(reviewed.split('\n')[0], REVIEWED_FACT_COLUMNS.join(','));
    const facts = rows(read(out, 'facts.csv'));
    const back = rows(reviewed);
    assert.deepEqual(back.map(({ review_status, ...f }) => (assert.equal(review_status, 'unreviewed'), f)), facts);
  });

  test('decisions apply; re-running keeps them all; an orphan is listed in the summary', () => {
    const facts = rows(read(out, 'facts.csv'));
    const [a, b, c] = facts as [Record<string, string>, Record<string, string>, Record<string, string>];
    const articles = rows(read(out, 'articles.csv'));
    const article = articles.find((x) => x.article_id === a.article_id)!;
    const start = article.text!.indexOf('浙江') >= 0 ? article.text!.indexOf('浙江') : 0;
    const selected = article.text!.slice(start, start + 2);
    const add = (field: string, value: string) => ({ fact_id: 'added0000001', action: 'add' as const, field, value });
    writeFileSync(corrections, correctionsText([
      { fact_id: a.fact_id!, action: 'confirm' },
      { fact_id: b.fact_id!, action: 'reject', reviewer: 'bob' },
      { fact_id: c.fact_id!, action: 'edit', field: 'region_code', value: '331181' },
      { fact_id: c.fact_id!, action: 'edit', field: 'value', value: '4321' },
      add('article_id', a.article_id!), add('start', String(start)), add('end', String(start + 2)), add('text', selected),
      add('region_code', '330000'), add('indicator', 'other'), add('value', '1'),
      { fact_id: 'gone00000001', action: 'confirm', reviewer: 'carol' },
    ]));
    const r = extract(['--input', input, '--out', out], env);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.match(r.stdout, /reviewed: 12 decision\(s\) .*→ 1 confirmed, 1 corrected, 1 added, 1 rejected, \d+ unreviewed/);
    assert.match(r.stdout, /orphaned 1 decision group\(s\)[^\n]*\n  gone00000001: the statistic is no longer extracted \(its article text may have changed\): confirm \(line 13, 2026-11-24T09:30:00Z\)\n/);
    const byId = new Map(rows(read(out, 'facts.reviewed.csv')).map((f) => [f.fact_id, f]));
    assert.equal(byId.get(a.fact_id)!.review_status, 'confirmed');
    assert.equal(byId.has(b.fact_id), false, 'a rejected statistic is left out');
    assert.deepEqual([byId.get(c.fact_id)!.region_name, byId.get(c.fact_id)!.value, byId.get(c.fact_id)!.review_status], ['龙泉市', '4321', 'corrected']);
    assert.deepEqual([byId.get('added0000001')!.review_status, byId.get('added0000001')!.start], ['added', String(start)]);

    const first = read(out, 'facts.reviewed.csv');
    const again = extract(['--input', input, '--out', out], env);
    assert.equal(again.status, 0, again.stderr);
    assert.equal(read(out, 'facts.reviewed.csv'), first, 're-running the extraction keeps every decision, byte for byte');
  });

  test('a changed article text makes its decisions orphaned, and the summary lists them', () => {
    const confirmed = rows(read(out, 'facts.reviewed.csv')).find((f) => f.review_status === 'confirmed')!;
    const page = path.join(input, confirmed.source!);
    const raw = readFileSync(page, 'utf8');
    const anchor = confirmed.sentence!.slice(0, 6);
    assert.ok(raw.includes(anchor), `the raw page has "${anchor}"`);
    writeFileSync(page, raw.replace(anchor, `（更正）${anchor}`));
    const r = extract(['--input', input, '--out', out], env);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`\\n  ${confirmed.fact_id}: the statistic is no longer extracted[^\\n]*: confirm \\(line 2,`));
    assert.match(r.stdout, /\n  added0000001: the article text changed: characters \d+–\d+ are now "[^"]*", were "[^"]*"/);
    assert.equal(rows(read(out, 'facts.reviewed.csv')).some((f) => f.fact_id === confirmed.fact_id), false);
    assert.match(readFileSync(corrections, 'utf8'), new RegExp(`${confirmed.fact_id},confirm`), 'the decision stays in the file');
  });

  test('bad rows of corrections.csv are named by file and line; the run still writes its outputs', () => {
    const dir = tempDir('zj-review-data-');
    writeFileSync(path.join(dir, 'corrections.csv'), 'fact_id,action,field,value,reviewer,decided_at,note\nx,approve,,,a,2026-11-24T09:30:00Z,\n');
    const o = tempDir();
    const r = extract(['--input', input, '--out', o], { REVIEW_DATA_DIR: dir });
    assert.equal(r.status, 0);
    assert.match(r.stderr, /corrections\.csv:2: action "approve" is not one of confirm, reject, edit, add/);
    assert.ok(rows(read(o, 'facts.reviewed.csv')).length > 0);
  });

  test('--corrections names another file', () => {
    const file = path.join(tempDir(), 'other.csv');
    const first = rows(read(out, 'facts.csv'))[0]!;
    writeFileSync(file, correctionsText([{ fact_id: first.fact_id!, action: 'reject' }]));
    const o = tempDir();
    const r = extract(['--input', input, '--out', o, '--corrections', file], env);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /reviewed: 1 decision\(s\) in .*other\.csv → 0 confirmed, 0 corrected, 0 added, 1 rejected/);
  });
});
