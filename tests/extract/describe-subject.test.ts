import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeSubject } from '../../lib/extract/describe-subject';

// [clause before the figure, text after the figure and its unit, counts things?, expected subject]
const CASES: ReadonlyArray<readonly [string, string, boolean, string]> = [
  ['在新时代“枫桥经验”指引下,如今,湖州市', '公安民警当起“家园卫士”', true, '公安民警'],
  ['据悉,龙泉目前有', '平安志愿者队伍,共', true, '平安志愿者队伍'],
  ['每人影响', '市民。这样', true, '市民'],
  ['这一天,虎山街道的', '联村(社)服务团现场解决各类', true, '联村(社)服务团'],
  ['全省刑事案件同比下降了', ',命案', false, '全省刑事案件'],
  ['2017年安吉人民群众安全感和满意度均取得', '的高分,双双', false, '安吉人民群众安全感和满意度'],
  ['1-6月,龙泉市总接警量同比下降了', ',刑事', false, '龙泉市总接警量'],
  ['全市公安机关共破获刑事案件', ',抓获', true, '全市公安机关共破获刑事案件'],
  ['开化县1-8月交通事故同比下降近', ',亡人', false, '开化县交通事故'],
  ['全省共有专职网格员3.2万名、兼职网格员', '。', true, '兼职网格员'],
  ['乐清市公安局交警大队今年共查处酒驾违法行为', ',其中', true, '查处酒驾违法行为'],
  ['嘉善县', '专职网格员今年以来共排查安全隐患', true, '专职网格员'],
  ['下降幅度达到', '。 随后', false, ''],
  ['共', '。他们有', true, ''],
];

test('names what a figure counts: the noun after a count, else the clause before without time words and verbs', () => {
  for (const [before, after, isCount, expected] of CASES) {
    assert.equal(describeSubject(before, after, isCount), expected, `${before}[figure]${after}`);
  }
});

test('only what follows the clause\'s last figure describes the next one', () => {
  assert.equal(describeSubject('虎山街道的22个联村服务团办实事', '。', true), '联村服务团办实事');
});

test('a subject is at most 16 characters', () => {
  assert.ok(describeSubject('这是一个非常非常非常非常非常非常长的主语名称', '。', false).length <= 16);
});
