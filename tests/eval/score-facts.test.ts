import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { factKey, scoreFacts, scoreLine, unitClass, type ExtractedRow, type GoldRow } from '../../lib/eval/score-facts';
import { runExtraction } from '../../lib/io/run-extraction';
import { readCsvFile } from '../../lib/io/read-csv';
import { ROOT, runScript, tempDir } from '../cli/helpers';

const gold = (over: Partial<GoldRow>): GoldRow => ({ source: 'a.txt', region_code: '331181', metric: 'volunteers', value: '626', unit: '支', required: 'yes', quote: '', ...over });
const fact = (over: Partial<GoldRow>) => ({ ...gold(over), sentence: '' });

describe('scoreFacts', () => {
  test('matches on source, region, value and unit class, not on the unit word', () => {
    assert.equal(unitClass('名'), 'count');
    assert.equal(unitClass('个百分点'), 'pp');
    assert.equal(factKey(gold({ value: '389700', unit: '万元' })), factKey(gold({ value: '3897000000', unit: '元' })));
    const s = scoreFacts([fact({ value: '3000', unit: '名' })], [gold({ value: '3000', unit: '人' })]);
    assert.deepEqual([s.tp, s.fp, s.fn], [1, 0, 0]);
  });

  test('optional gold rows count neither way; region outside Zhejiang folds to 000000', () => {
    const g = [gold({}), gold({ value: '3059', unit: '平方公里', required: 'optional' }), gold({ region_code: '000000', value: '5', unit: '起' })];
    const s = scoreFacts([fact({}), fact({ value: '3059', unit: '平方公里' }), fact({ region_code: '110000', value: '5', unit: '起' }), fact({ value: '7', unit: '起', metric: 'crime' })], g);
    assert.deepEqual([s.tp, s.fp, s.fn, s.extracted, s.required], [2, 1, 0, 3, 2]);
    assert.equal(scoreLine(s), 'P=0.667 R=1.000 F1=0.800 metric=1.000 indicator=0.000 tp=2 fp=1 fn=0 extracted=3 required=2');
  });

  test('metric accuracy is over matched rows', () => {
    const s = scoreFacts([fact({ metric: 'other' }), fact({ value: '1', unit: '起' })], [gold({}), gold({ value: '1', unit: '起' })]);
    assert.equal(s.metricAccuracy, 0.5);
    assert.deepEqual(s.wrongMetric.map((w) => [w.got, w.want]), [['other', 'volunteers']]);
  });

  test('indicator accuracy is over matched rows whose gold row names one', () => {
    const g = [gold({ indicator: 'volunteer_teams' }), gold({ value: '1', unit: '起', indicator: 'fire' }), gold({ value: '2', unit: '起' })];
    const s = scoreFacts([fact({ indicator: 'volunteer_teams' }), fact({ value: '1', unit: '起', indicator: 'crime_other' }), fact({ value: '2', unit: '起' })], g);
    assert.equal(s.indicatorAccuracy, 0.5);
    assert.deepEqual(s.wrongIndicator.map((w) => [w.got, w.want]), [['crime_other', 'fire']]);
    assert.match(scoreLine(s), / metric=1\.000 indicator=0\.500 tp=3 /);
  });
});

const shared = path.resolve(ROOT, '../shared');
const python = spawnSync('python3', ['--version']).status === 0;

describe('npm run eval agrees with the reference scorer', { skip: !existsSync(shared) || !python ? 'needs ../shared and python3' : false }, () => {
  for (const set of ['seeds', 'dev']) {
    test(`on the ${set} corpus`, async () => {
      const out = tempDir();
      await runExtraction({ input: path.join(shared, 'corpus', set), out });
      const facts = path.join(out, 'facts.csv');
      const goldFile = path.join(shared, 'corpus/gold', `${set}.csv`);
      const reference = spawnSync('python3', [path.join(shared, 'tools/score-facts.py'), facts, goldFile], { encoding: 'utf8' }).stdout.trim().split('\n').pop();
      const ours = runScript('scripts/eval.ts', ['--gold', goldFile, '--facts', facts, '--quiet']).stdout.trim();
      assert.equal(ours, reference);
      const score = scoreFacts(readCsvFile<ExtractedRow & Record<string, string>>(facts), readCsvFile<GoldRow & Record<string, string>>(goldFile, { joinExtraFields: true }));
      assert.ok(score.f1 >= 0.93, `F1 ${score.f1}`);
      if (set === 'seeds') assert.equal(score.recall, 1);
    });
  }
});
