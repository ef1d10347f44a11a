import assert from 'node:assert/strict';
import { copyFileSync, existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import Papa from 'papaparse';
import { ARTICLE_COLUMNS, FACT_COLUMNS, SOURCE_COLUMNS } from '../../lib/schema';
import { runExtraction } from '../../lib/io/run-extraction';
import { extract, read, sampleCorpus, tempDir } from './helpers';

const rows = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;

describe('npm run extract', () => {
  test('writes the three CSVs with the contract columns and a summary', () => {
    const out = tempDir();
    const r = extract(['--input', sampleCorpus(), '--out', out]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(read(out, 'facts.csv').split('\n')[0], FACT_COLUMNS.join(','));
    assert.equal(read(out, 'articles.csv').split('\n')[0], ARTICLE_COLUMNS.join(','));
    assert.equal(read(out, 'skipped.csv').split('\n')[0], 'source,reason');
    assert.equal(read(out, 'sources.csv').split('\n')[0], SOURCE_COLUMNS.join(','));
    assert.match(r.stdout, /2 files .* → \d+ articles, \d+ statistics \(crime \d+, volunteers \d+/);
    const facts = rows(read(out, 'facts.csv'));
    const longquan = facts.filter((f) => f.region_code === '331181' && f.metric === 'volunteers').map((f) => `${f.value} ${f.unit} ${f.qualifier}`);
    assert.deepEqual(longquan.sort(), ['13000 人 more_than', '626 支 exact']);
  });

  test('every fact offset highlights its figure in its article text', () => {
    const out = tempDir();
    extract(['--input', sampleCorpus(), '--out', out]);
    const texts = new Map(rows(read(out, 'articles.csv')).map((a) => [a.article_id, a.text!]));
    for (const f of rows(read(out, 'facts.csv'))) {
      const figure = texts.get(f.article_id!)!.slice(Number(f.start), Number(f.end));
      assert.match(figure, /^[\d一二两三四五六七八九十百千万亿零〇.,]/, `${f.fact_id}: "${figure}"`);
      assert.ok(f.sentence!.includes(figure), `${f.fact_id}: sentence holds "${figure}"`);
    }
  });

  test("sources.csv keeps each file's manifest data, URL included, and says where its date came from", () => {
    const input = sampleCorpus();
    writeFileSync(path.join(input, 'manifest.csv'),
      'source,date,paper,url,title\n000_c0456899170a34a3.txt,2019-03-21,浙江法制报,https://example.org/a?x=1&y=2,"标题, 含逗号"\n');
    const out = tempDir();
    const r = extract(['--input', input, '--out', out]);
    assert.equal(r.status, 0, r.stderr);
    const sources = rows(read(out, 'sources.csv'));
    assert.deepEqual(sources.map((s) => [s.source, s.date, s.date_basis, s.url, s.title]), [
      ['000_c0456899170a34a3.txt', '2019-03-21', 'manifest', 'https://example.org/a?x=1&y=2', '标题, 含逗号'],
      ['003_ca38a797cef3df5d.txt', sources[1]!.date, sources[1]!.date ? 'text' : 'none', '', ''],
    ]);
  });

  test("sources.csv says each file's own place and where it was read: the manifest's region column first", () => {
    const input = sampleCorpus();
    writeFileSync(path.join(input, 'manifest.csv'), 'source,date,region\n000_c0456899170a34a3.txt,2019-03-21,331181\n003_ca38a797cef3df5d.txt,2018-07-18,\n');
    writeFileSync(path.join(input, 'county.txt'), '年度警情通报\n本报讯 记者 张三\n记者从嘉兴市公安局获悉,今年以来,全市共破获刑事案件1200起。\n');
    const out = tempDir();
    const r = extract(['--input', input, '--out', out]);
    assert.equal(r.status, 0, r.stderr);
    const place = new Map(rows(read(out, 'sources.csv')).map((s) => [s.source, [s.region_code, s.region_basis]]));
    assert.deepEqual(place.get('000_c0456899170a34a3.txt'), ['331181', 'manifest']);
    assert.deepEqual(place.get('county.txt'), ['330400', 'publisher']);
    const facts = rows(read(out, 'facts.csv')).filter((f) => f.source === 'county.txt');
    assert.deepEqual(facts.map((f) => [f.value, f.region_code]), [['1200', '330400']]);
  });

  test('the same inputs give byte-identical CSV', () => {
    const input = sampleCorpus();
    const [a, b] = [tempDir(), tempDir()];
    extract(['--input', input, '--out', a]);
    extract(['--input', input, '--out', b]);
    for (const f of ['articles.csv', 'facts.csv', 'skipped.csv', 'sources.csv']) assert.equal(read(a, f), read(b, f), f);
  });

  test('ids do not change when other articles are added', () => {
    const input = sampleCorpus();
    const [before, after] = [tempDir(), tempDir()];
    extract(['--input', input, '--out', before]);
    writeFileSync(path.join(input, '001_added.txt'), '新增一篇\n\n本报讯 全省共有平安志愿者300万人。\n');
    copyFileSync(path.join(input, '000_c0456899170a34a3.txt'), path.join(input, 'zz-copy.txt'));
    extract(['--input', input, '--out', after]);
    const ids = (dir: string) => new Set(rows(read(dir, 'facts.csv')).map((f) => `${f.fact_id} ${f.article_id} ${f.value}`));
    const later = ids(after);
    for (const id of ids(before)) assert.ok(later.has(id), `kept ${id}`);
    assert.ok(later.size > ids(before).size);
  });

  test('a file that cannot be read is listed in skipped.csv and the others still go through', () => {
    const input = sampleCorpus();
    writeFileSync(path.join(input, 'empty.txt'), '');
    writeFileSync(path.join(input, 'photo.jpg'), 'not text');
    writeFileSync(path.join(input, 'binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0x00]));
    const out = tempDir();
    const r = extract(['--input', input, '--out', out]);
    assert.equal(r.status, 0, r.stderr);
    const skipped = rows(read(out, 'skipped.csv')).map((s) => `${s.source}: ${s.reason}`);
    assert.deepEqual(skipped, ['binary.txt: binary file (contains NUL bytes)', 'empty.txt: empty file', 'photo.jpg: not a .txt file']);
    assert.match(r.stderr, /empty\.txt: skipped: empty file/);
    assert.ok(rows(read(out, 'facts.csv')).length >= 12);
  });

  test('a malformed manifest is a clear error naming its line, and the previous outputs stay', () => {
    const input = sampleCorpus();
    const out = tempDir();
    extract(['--input', input, '--out', out]);
    const previous = read(out, 'facts.csv');
    writeFileSync(path.join(input, 'manifest.csv'), 'source,date\n000_c0456899170a34a3.txt,2019-03-21\n003_ca38a797cef3df5d.txt,18 July 2018\n');
    const r = extract(['--input', input, '--out', out]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /manifest\.csv:3: date "18 July 2018" is not YYYY-MM-DD/);
    assert.equal(read(out, 'facts.csv'), previous);
    // The published run (current, .runs) and its files, the database; no lock and no temporary file left.
    assert.deepEqual(readdirSync(out).sort(), ['.runs', 'articles.csv', 'current', 'facts.csv', 'facts.reviewed.csv', 'skipped.csv', 'sources.csv', 'stats.duckdb']);
  });

  test('a manifest without a date column is refused', () => {
    const input = sampleCorpus();
    writeFileSync(path.join(input, 'manifest.csv'), 'source,paper\na.txt,浙江法制报\n');
    const r = extract(['--input', input, '--out', tempDir()]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /manifest\.csv:1: missing column "date"/);
  });

  test('a missing input folder and an unknown flag are usage errors', () => {
    const missing = extract(['--input', '/nonexistent/pages', '--out', tempDir()]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /input folder not found: \/nonexistent\/pages/);
    const flag = extract(['--inptu', 'x']);
    assert.equal(flag.status, 2);
    assert.match(flag.stderr, /usage: npm run extract/);
  });

  test('a page without a manifest date takes its date from the text and says so', () => {
    const input = tempDir();
    writeFileSync(path.join(input, 'page.txt'), '浙江法制报 2019年11月5日 星期二 第2版\n\n龙泉平安志愿者队伍壮大\n\n本报讯 今年以来，龙泉市新增平安志愿者队伍12支，共有志愿者1.5万人。\n');
    const out = tempDir();
    const r = extract(['--input', input, '--out', out]);
    assert.match(r.stderr, /page\.txt: no date in the manifest; took 2019-11-05 from the text/);
    const [article] = rows(read(out, 'articles.csv'));
    assert.equal(article!.date, '2019-11-05');
    assert.ok(!article!.text!.includes('星期二'), 'the masthead is not article text');
  });
});

describe('extraction on worker threads', () => {
  test('gives the same bytes as one thread', async () => {
    const input = tempDir();
    for (let i = 0; i < 20; i++) for (const f of ['000_c0456899170a34a3.txt', '003_ca38a797cef3df5d.txt']) copyFileSync(path.join(sampleCorpus(), f), path.join(input, `${i}-${f}`));
    const [one, many] = [tempDir(), tempDir()];
    await runExtraction({ input, out: one, threads: 1 });
    await runExtraction({ input, out: many, threads: 2 });
    for (const f of ['articles.csv', 'facts.csv', 'skipped.csv', 'sources.csv']) assert.equal(read(one, f), read(many, f), f);
    rmSync(input, { recursive: true });
    assert.ok(!existsSync(input));
  });

  test('--threads sets their number (the same bytes for any), and is checked', () => {
    const input = tempDir();
    for (let i = 0; i < 6; i++) for (const f of ['000_c0456899170a34a3.txt', '003_ca38a797cef3df5d.txt']) copyFileSync(path.join(sampleCorpus(), f), path.join(input, `${i}-${f}`));
    const [one, three] = [tempDir(), tempDir()];
    assert.equal(extract(['--input', input, '--out', one, '--threads', '1', '--no-db']).status, 0);
    assert.equal(extract(['--input', input, '--out', three, '--threads', '3', '--no-db']).status, 0);
    for (const f of ['articles.csv', 'facts.csv', 'skipped.csv', 'sources.csv']) assert.equal(read(one, f), read(three, f), f);
    for (const bad of ['0', 'two', '1.5']) {
      const r = extract(['--input', input, '--out', tempDir(), '--threads', bad]);
      assert.equal(r.status, 2, bad);
      assert.match(r.stderr, new RegExp(`--threads must be a whole number of worker threads from 1 to 99, not "${bad.replace('.', '\\.')}"`));
    }
  });
});
