import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { buildStatsDb } from '../../lib/db/build-db';
import { DB_FILE } from '../../lib/db/data-stamp';
import { statsDb } from '../../lib/db/stats-db';
import { articleById, articleFacts, countFacts, inputProblems } from '../../lib/db/queries';
import { QUOTE_SIDE } from '../../lib/data/quote';
import { ARTICLE_COLUMNS, FACT_COLUMNS } from '../../lib/schema';
import { fixtureFolder } from './helpers';

const AH = ARTICLE_COLUMNS.join(',');
const FH = FACT_COLUMNS.join(',');

test('builds stats.duckdb from the CSVs: every article and statistic, article texts read one at a time', async (t) => {
  const dir = fixtureFolder();
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const r = await buildStatsDb(dir);
  assert.equal(r.file, path.join(dir, DB_FILE));
  assert.deepEqual([r.articles, r.facts, r.problemCount], [4, 9, 0]);
  assert.deepEqual(fs.readdirSync(dir).filter((f) => f.includes('.tmp')), [], 'no temporary file left');
  const db = await statsDb(dir, path.join(dir, 'corrections.csv'));
  assert.equal(await countFacts(db, {}), 9);
  const facts = await articleFacts(db, '003_ca38a797cef3df5d-03');
  assert.equal(facts.length, 4);
  const teams = facts[0]!;
  assert.deepEqual([teams.value, teams.unit, teams.regionCode, teams.status], [626, '支', '331181', 'unreviewed']);
  assert.deepEqual(teams.quote, { before: '据悉,龙泉目前有', figure: '626支', after: '平安志愿者队伍,共1.3万余人。' });
  const article = await articleById(db, teams.articleId);
  assert.equal(article!.text.slice(teams.start, teams.end), '626支');
});

test('bad rows are problems with their file and line, kept in the database for the pages', async (t) => {
  const articles = `${AH}\nA1,s,p,2018-07-18,1,T,,"共有626支队伍,\n1.3万余人。"\nA2,s,p,18/07/2018,1,T,,x\n`;
  const good = 'F1,A1,s,331181,龙泉市,county,volunteers,volunteer_teams,队伍,626,支,exact,none,,2018,2018,共有626支队伍,2,6,0.9';
  const facts = [FH, good,
    'F2,A1,s,331181,龙泉市,county,volunteers,volunteers,志愿者,abc,人,more_than,none,,2018,2018,x,9,14,0.9',
    'F4,NOPE,s,331181,龙泉市,county,volunteers,volunteers,志愿者,13000,人,more_than,none,,2018,2018,x,9,14,0.9',
    'F6,A1,s,331181,龙泉市,county,volunteers,volunteers,志愿者,13000,人,more_than,none,,2018,2018,x,9,400,0.9',
    good].join('\n');
  const dir = fixtureFolder({ 'articles.csv': articles, 'facts.csv': facts });
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const r = await buildStatsDb(dir);
  assert.deepEqual([r.articles, r.facts], [1, 1]);
  const where = r.problems.map((p) => `${path.basename(p.file)}:${p.line}`);
  assert.deepEqual(where, ['articles.csv:4', 'facts.csv:3', 'facts.csv:4', 'facts.csv:5', 'facts.csv:6']);
  assert.match(r.problems[2]!.reason, /not in the articles file/);
  assert.match(r.problems[4]!.reason, /duplicate fact_id F1/);
  const db = await statsDb(dir, path.join(dir, 'corrections.csv'));
  const kept = await inputProblems(db, 2);
  assert.equal(kept.total, 5);
  assert.deepEqual(kept.shown.map((p) => p.line), [4, 3]);
});

test('a quote is a bounded window around the figure, however long its sentence', async (t) => {
  const long = '很'.repeat(200_000);
  const text = `${long}全省刑事案件同比下降13.7%。${long}`;
  const at = text.indexOf('13.7%');
  const articles = `${AH}\nA1,s,p,2018-07-18,1,T,,${text}\n`;
  const facts = `${FH}\nF1,A1,s,330000,浙江省,province,crime,criminal_cases,刑事案件,13.7,%,exact,decrease,yoy,,,${text},${at},${at + 5},0.9\n`;
  const dir = fixtureFolder({ 'articles.csv': articles, 'facts.csv': facts });
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  await buildStatsDb(dir);
  const db = await statsDb(dir, path.join(dir, 'corrections.csv'));
  const [f] = await articleFacts(db, 'A1');
  assert.equal(f!.quote.figure, '13.7%');
  assert.ok(f!.quote.before.endsWith('全省刑事案件同比下降'));
  assert.ok(f!.quote.before.length <= QUOTE_SIDE + 1 && f!.quote.after.length <= QUOTE_SIDE + 1, 'at most QUOTE_SIDE characters and an ellipsis each side');
});

test('a failed build leaves the previous database in place; the server rebuilds when the CSVs change', async (t) => {
  const dir = fixtureFolder();
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const corrections = path.join(dir, 'corrections.csv');
  const first = await statsDb(dir, corrections);
  assert.equal(await countFacts(first, {}), 9, 'built on first use');
  const before = fs.statSync(path.join(dir, DB_FILE)).ino;
  fs.rmSync(path.join(dir, 'facts.csv'));
  fs.mkdirSync(path.join(dir, 'facts.csv')); // unreadable as a file: the build fails
  await assert.rejects(buildStatsDb(dir));
  assert.equal(fs.statSync(path.join(dir, DB_FILE)).ino, before, 'the old database is untouched');
  assert.deepEqual(fs.readdirSync(dir).filter((f) => f.includes('.tmp')), []);
  fs.rmSync(path.join(dir, 'facts.csv'), { recursive: true });
  const facts = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'processed', 'facts.csv'), 'utf8').trimEnd().split('\n');
  fs.writeFileSync(path.join(dir, 'facts.csv'), `${facts.slice(0, 4).join('\n')}\n`);
  const again = await statsDb(dir, corrections);
  assert.notEqual(again.generation, first.generation);
  assert.equal(await countFacts(again, {}), 3, 'rebuilt from the new CSVs');
});

test('cells the extractor guarded against spreadsheet formulas are read back as written in the text', async (t) => {
  const dir = fixtureFolder();
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'articles.csv');
  const [header, ...rows] = fs.readFileSync(file, 'utf8').split('\n');
  // The first article's title, as the extractor writes a title starting with "=".
  const first = rows[0]!.split(',');
  first[5] = `'=1+2 平安`;
  fs.writeFileSync(file, [header, first.join(','), ...rows.slice(1)].join('\n'));
  await buildStatsDb(dir);
  const db = await statsDb(dir, path.join(dir, 'corrections.csv'));
  assert.equal((await articleById(db, first[0]!))?.title, '=1+2 平安');
});
