/** The page frame's data: papers' English glosses, the extraction date, the measured-quality file. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractionDate } from '../../lib/data/extraction-date';
import { checkQualityReport, parseQualityReport, qualityReport } from '../../lib/eval/quality-report';
import { formatSourceLine } from '../../lib/data/source-line';
import { paperLabel } from '../../lib/i18n/papers';

test('papers: the Chinese masthead, with its English name in English', () => {
  assert.equal(paperLabel('浙江法制报', 'zh'), '浙江法制报');
  assert.equal(paperLabel('浙江法制报', 'en'), '浙江法制报 (Zhejiang Legal Daily)');
  assert.equal(paperLabel('某某晚报', 'en'), '某某晚报', 'unknown papers keep their name alone');
  assert.equal(formatSourceLine({ papers: ['浙江法制报'], firstDate: '2019-03-02', lastDate: '2019-03-02', articles: 1, facts: 2 }, 'en'), 'Source: 浙江法制报 (Zhejiang Legal Daily) · 2 Mar 2019 · 1 article');
  assert.match(formatSourceLine({ papers: ['浙江法制报'], firstDate: '2019-03-02', lastDate: '2019-03-02', articles: 1, facts: 2 }, 'zh'), /^来源：浙江法制报 · /);
});

test('extraction date: the UTC day facts.csv was written; empty without data', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zj-date-'));
  assert.equal(extractionDate(dir), '');
  fs.writeFileSync(path.join(dir, 'facts.csv'), 'x\n');
  const when = new Date('2026-03-04T23:30:00Z');
  fs.utimesSync(path.join(dir, 'facts.csv'), when, when);
  assert.equal(extractionDate(dir), '2026-03-04');
  fs.rmSync(dir, { recursive: true, force: true });
});

test('quality report: the scores rounded with date and command; a bad file names itself and its field', () => {
  const score = { precision: 0.99531, recall: 1, f1: 0.99765, metricAccuracy: 0.98113, indicatorAccuracy: 0.98, tp: 212, fp: 1, fn: 0, extracted: 213, required: 212, misses: [], extras: [], wrongMetric: [], wrongIndicator: [] };
  const r = qualityReport(score, { date: '2026-11-26', corpus: 'dev', texts: 24, command: 'npm run eval -- …' });
  assert.deepEqual([r.precision, r.f1, r.metricAccuracy, r.required], [0.995, 0.998, 0.981, 212]);
  assert.deepEqual(parseQualityReport(JSON.stringify(r), 'q.json'), r);
  assert.throws(() => parseQualityReport('{', 'data/quality.json'), /^Error: data\/quality\.json: not JSON/);
  assert.throws(() => checkQualityReport({ ...r, recall: 'high' }, 'data/quality.json'), /data\/quality\.json: "recall" is not a number/);
  assert.throws(() => checkQualityReport({ ...r, date: 'today' }, 'q.json'), /"date" is not YYYY-MM-DD/);
  // The checked-in file is one the page accepts.
  checkQualityReport(JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'data', 'quality.json'), 'utf8')), 'data/quality.json');
});
