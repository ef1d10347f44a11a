import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseCsv } from '../../lib/data/csv';
import { buildDataset } from '../../lib/data/dataset';
import { loadExtractedDataset as loadDataset } from '../../lib/data/load';
import { ARTICLE_COLUMNS, FACT_COLUMNS } from '../../lib/schema';
import { FIXTURE_DIR, fixtureDataset } from './helpers';

const AH = ARTICLE_COLUMNS.join(',');
const FH = FACT_COLUMNS.join(',');

test('fixture CSVs load into typed rows without problems', () => {
  const ds = fixtureDataset();
  assert.deepEqual(ds.problems, []);
  assert.equal(ds.articles.length, 4);
  assert.equal(ds.facts.length, 9);
  const teams = ds.facts.find((f) => f.value === 626)!;
  assert.equal(teams.regionCode, '331181');
  assert.equal(teams.unit, '支');
  assert.equal(teams.metric, 'volunteers');
  assert.equal(typeof teams.start, 'number');
  const text = ds.articleById.get(teams.articleId)!.text;
  assert.equal(text.slice(teams.start, teams.end), '626支');
  const many = ds.facts.find((f) => f.value === 13000)!;
  assert.equal(many.qualifier, 'more_than');
  assert.equal(ds.factsByArticle.get(teams.articleId)!.length, 4);
  // Multi-line article text survives the round trip.
  assert.ok(text.includes('\n\n'));
});

test('parseCsv reports the line a row starts on, across quoted newlines', () => {
  const text = `${AH}\na1,s,p,2018-07-18,1,T,B,"line one\nline two\nline three"\na2,s,p,2018-07-18,1,T\n`;
  const { records, problems } = parseCsv(text, 'articles.csv', ARTICLE_COLUMNS);
  assert.equal(records.length, 1);
  assert.equal(records[0]!.line, 2);
  assert.deepEqual(problems, [{ file: 'articles.csv', line: 5, reason: '6 fields, expected 8' }]);
});

test('a wrong header is one problem for the whole file', () => {
  const { records, problems } = parseCsv('id,text\n1,x\n', 'articles.csv', ARTICLE_COLUMNS);
  assert.equal(records.length, 0);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.line, 1);
  assert.match(problems[0]!.reason, /header/);
});

test('bad fact rows become problems with file and line, never NaN', () => {
  const articles = `${AH}\nA1,s,p,2018-07-18,1,T,,"共有626支队伍,\n1.3万余人。"\nA2,s,p,18/07/2018,1,T,,x\n`;
  const good = 'F1,A1,s,331181,龙泉市,county,volunteers,volunteer_teams,队伍,626,支,exact,none,,2018,2018,共有626支队伍,2,6,0.9';
  const facts = [
    FH,
    good,
    'F2,A1,s,331181,龙泉市,county,volunteers,volunteers,志愿者,abc,人,more_than,none,,2018,2018,x,9,14,0.9',
    'F3,A1,s,331181,龙泉市,county,volunteers,volunteers,志愿者,13000,人,more_than,none,,2018,2018,x,9,14',
    'F4,NOPE,s,331181,龙泉市,county,volunteers,volunteers,志愿者,13000,人,more_than,none,,2018,2018,x,9,14,0.9',
    'F5,A1,s,331181,龙泉市,county,weather,volunteers,志愿者,13000,人,more_than,none,,2018,2018,x,9,14,0.9',
    'F6,A1,s,331181,龙泉市,county,volunteers,volunteers,志愿者,13000,人,more_than,none,,2018,2018,x,9,400,0.9',
    'F7,A1,s,331181,龙泉市,county,crime,volunteers,志愿者,13000,人,more_than,none,,2018,2018,x,9,14,0.9',
    'F8,A1,s,331181,龙泉市,county,volunteers,helpers,志愿者,13000,人,more_than,none,,2018,2018,x,9,14,0.9',
    good,
  ].join('\n');
  const ds = buildDataset({ file: 'articles.csv', text: articles }, { file: 'facts.csv', text: facts });
  assert.equal(ds.articles.length, 1);
  assert.equal(ds.facts.length, 1);
  assert.ok(ds.facts.every((f) => Number.isFinite(f.value)));
  const where = ds.problems.map((p) => `${p.file}:${p.line}`);
  assert.deepEqual(where, ['articles.csv:4', 'facts.csv:3', 'facts.csv:4', 'facts.csv:5', 'facts.csv:6', 'facts.csv:7', 'facts.csv:8', 'facts.csv:9', 'facts.csv:10']);
  assert.match(ds.problems[0]!.reason, /date/);
  assert.match(ds.problems[1]!.reason, /value "abc"/);
  assert.match(ds.problems[3]!.reason, /not in the articles file/);
  assert.match(ds.problems[6]!.reason, /indicator "volunteers" is not of metric "crime"/);
  assert.match(ds.problems[7]!.reason, /indicator "helpers" is unknown/);
  assert.match(ds.problems[8]!.reason, /duplicate fact_id F1/);
});

test('missing files are reported, not thrown', () => {
  const ds = buildDataset({ file: 'articles.csv', text: null }, { file: 'facts.csv', text: null });
  assert.equal(ds.facts.length, 0);
  assert.deepEqual(ds.problems.map((p) => p.reason), ['file not found', 'file not found']);
});

test('the review queue\'s dataset caches per file mtime and warns once per load', (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zj-data-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  fs.copyFileSync(path.join(FIXTURE_DIR, 'articles.csv'), path.join(dir, 'articles.csv'));
  const facts = fs.readFileSync(path.join(FIXTURE_DIR, 'facts.csv'), 'utf8');
  fs.writeFileSync(path.join(dir, 'facts.csv'), `${facts}bad,row\n`);
  const warn = t.mock.method(console, 'warn', () => {});

  const a = loadDataset(dir);
  const b = loadDataset(dir);
  assert.equal(a, b);
  assert.equal(warn.mock.callCount(), 1);
  assert.equal(a.problems.length, 1);
  assert.equal(a.problems[0]!.file, path.join(dir, 'facts.csv'));
  assert.equal(a.problems[0]!.line, facts.trimEnd().split('\n').length + 1);

  fs.writeFileSync(path.join(dir, 'facts.csv'), facts);
  const future = new Date(Date.now() + 5000);
  fs.utimesSync(path.join(dir, 'facts.csv'), future, future);
  const c = loadDataset(dir);
  assert.notEqual(c, a);
  assert.equal(c.problems.length, 0);
  assert.equal(c.facts.length, 9);
  assert.equal(warn.mock.callCount(), 1);
});
