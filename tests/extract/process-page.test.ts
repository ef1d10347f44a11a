import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { processPage, type PageResult } from '../../lib/extract/process-page';
import type { Direction, MetricKey, Qualifier } from '../../lib/schema';
import { SEED_000, SEED_003, seedBytes, seedMeta, testMeta } from './seed-pages';

/** region_code, metric, value, unit, qualifier, direction. */
type Fact = readonly [region: string, metric: MetricKey, value: number, unit: string, qualifier: Qualifier, direction: Direction];
const facts = (r: PageResult) => r.statistics.map((s): Fact => [s.regionCode, s.metric, s.value, s.unit, s.qualifier, s.direction]);
/** Each statistic's figure as its article's display text shows it. */
const highlights = (r: PageResult) => r.statistics.map((s) => r.articles.find((a) => a.id === s.articleId)?.text.slice(s.start, s.end));

const seeds: ReadonlyArray<{ input: string; expected: readonly Fact[] }> = [
  {
    input: SEED_000,
    expected: [
      ['330500', 'personnel', 3000, '人', 'more_than', 'none'],
      ['330523', 'volunteers', 20, '人', 'exact', 'none'],
      ['330523', 'volunteers', 10, '人', 'exact', 'none'],
      ['330523', 'crime', 70, '%', 'exact', 'decrease'],
      ['330523', 'satisfaction', 99, '%', 'more_than', 'none'],
    ],
  },
  {
    input: SEED_003,
    expected: [
      ['330000', 'crime', 13.7, '%', 'exact', 'decrease'],
      ['330000', 'crime', 8.22, '%', 'exact', 'decrease'],
      ['330000', 'crime', 2.5, '%', 'exact', 'decrease'],
      ['330000', 'crime', 17.1, '%', 'exact', 'decrease'],
      ['331181', 'volunteers', 626, '支', 'exact', 'none'],
      ['331181', 'volunteers', 13000, '人', 'more_than', 'none'],
      ['331181', 'crime', 22, '%', 'exact', 'decrease'],
      ['331181', 'crime', 61, '%', 'exact', 'decrease'],
      ['331181', 'other', 3059, '平方公里', 'exact', 'none'],
      ['330881', 'services', 22, '个', 'exact', 'none'],
      ['330881', 'services', 25, '件', 'exact', 'none'],
    ],
  },
];

describe('processPage on the seed pages', () => {
  for (const { input, expected } of seeds) test(`extracts the labelled statistics of ${input}`, () => assert.deepEqual(facts(processPage(seedBytes(input), seedMeta(input))), expected));
});

const SIMPLIFIED = '龙泉平安志愿者队伍达1.3万余人\n\n本报记者 陈佳妮 通讯员 吴正龙\n\n本报讯 据悉,龙泉市目前有626支平安志愿者队伍,共1.3万余人。今年以来,龙泉市总接警量同比下降了22%,刑事立案同比下降了61%,群众安全感满意率达96.5%。\n';
const TRADITIONAL = '龍泉平安志願者隊伍達1.3萬餘人\n\n本報記者 陳佳妮 通訊員 吳正龍\n\n本報訊 據悉,龍泉市目前有626支平安志願者隊伍,共1.3萬餘人。今年以來,龍泉市總接警量同比下降了22%,刑事立案同比下降了61%,群眾安全感滿意率達96.5%。\n';
const FULL_WIDTH = SIMPLIFIED.replace(/[0-9.%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const SAME_FACTS: readonly Fact[] = [
  ['331181', 'volunteers', 626, '支', 'exact', 'none'],
  ['331181', 'volunteers', 13000, '人', 'more_than', 'none'],
  ['331181', 'crime', 22, '%', 'exact', 'decrease'],
  ['331181', 'crime', 61, '%', 'exact', 'decrease'],
  ['331181', 'satisfaction', 96.5, '%', 'exact', 'none'],
];
const SIMPLIFIED_MARKS = ['626支', '1.3万余人', '22%', '61%', '96.5%'];

const versions: ReadonlyArray<{ name: string; input: Uint8Array; expected: { encoding: string; title: string; byline: string; marks: readonly string[] } }> = [
  { name: 'Simplified, UTF-8', input: new Uint8Array(Buffer.from(SIMPLIFIED)), expected: { encoding: 'utf-8', title: '龙泉平安志愿者队伍达1.3万余人', byline: '本报记者 陈佳妮 通讯员 吴正龙', marks: SIMPLIFIED_MARKS } },
  { name: 'Simplified, GB18030', input: new Uint8Array(iconv.encode(SIMPLIFIED, 'gb18030')), expected: { encoding: 'gb18030', title: '龙泉平安志愿者队伍达1.3万余人', byline: '本报记者 陈佳妮 通讯员 吴正龙', marks: SIMPLIFIED_MARKS } },
  { name: 'Simplified, UTF-8 with a BOM and CRLF', input: new Uint8Array(Buffer.from(`\uFEFF${SIMPLIFIED.replace(/\n/g, '\r\n')}`)), expected: { encoding: 'utf-8', title: '龙泉平安志愿者队伍达1.3万余人', byline: '本报记者 陈佳妮 通讯员 吴正龙', marks: SIMPLIFIED_MARKS } },
  { name: 'Simplified, UTF-16LE', input: new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(SIMPLIFIED, 'utf-16le')])), expected: { encoding: 'utf-16le', title: '龙泉平安志愿者队伍达1.3万余人', byline: '本报记者 陈佳妮 通讯员 吴正龙', marks: SIMPLIFIED_MARKS } },
  { name: 'Traditional, UTF-8', input: new Uint8Array(Buffer.from(TRADITIONAL)), expected: { encoding: 'utf-8', title: '龍泉平安志願者隊伍達1.3萬餘人', byline: '本報記者 陳佳妮 通訊員 吳正龍', marks: ['626支', '1.3萬餘人', '22%', '61%', '96.5%'] } },
  { name: 'Traditional, GB18030', input: new Uint8Array(iconv.encode(TRADITIONAL, 'gb18030')), expected: { encoding: 'gb18030', title: '龍泉平安志願者隊伍達1.3萬餘人', byline: '本報記者 陳佳妮 通訊員 吳正龍', marks: ['626支', '1.3萬餘人', '22%', '61%', '96.5%'] } },
  { name: 'full-width digits, UTF-8', input: new Uint8Array(Buffer.from(FULL_WIDTH)), expected: { encoding: 'utf-8', title: '龙泉平安志愿者队伍达１．３万余人', byline: '本报记者 陈佳妮 通讯员 吴正龙', marks: ['６２６支', '１．３万余人', '２２％', '６１％', '９６．５％'] } },
];

describe('processPage: one article in every script and encoding', () => {
  for (const { name, input, expected } of versions) {
    test(`reads the ${name} version to the same facts, highlighting ${expected.marks.join(' ')}`, () => {
      const r = processPage(input, testMeta('longquan.txt', '2018-07-18'));
      assert.equal(r.encoding, expected.encoding);
      assert.deepEqual(r.articles.map((a) => [a.title, a.byline]), [[expected.title, expected.byline]]);
      assert.deepEqual(facts(r), SAME_FACTS);
      assert.deepEqual(highlights(r), expected.marks);
    });
  }
});

describe('processPage: page metadata', () => {
  test('takes the date from the masthead when the manifest has none', () => {
    const r = processPage(new Uint8Array(Buffer.from(`浙江法制报 2018年7月18日 星期三\n${SIMPLIFIED}`)), testMeta('longquan.txt', ''));
    assert.deepEqual([r.meta.date, r.meta.dateBasis], ['2018-07-18', 'text']);
    assert.equal(r.statistics[0]?.periodStart, '2018-07');
  });
  test('keeps the manifest date when there is one', () => {
    const r = processPage(new Uint8Array(Buffer.from(`浙江法制报 2018年7月18日 星期三\n${SIMPLIFIED}`)), testMeta('longquan.txt', '2018-07-19'));
    assert.deepEqual([r.meta.date, r.meta.dateBasis], ['2018-07-19', 'manifest']);
  });
  test('leaves periods that need a date empty when no date is known', () => {
    const r = processPage(new Uint8Array(Buffer.from(SIMPLIFIED)), testMeta('longquan.txt', ''));
    assert.deepEqual([r.meta.date, r.meta.dateBasis], ['', 'none']);
    assert.deepEqual(r.statistics.map((s) => s.periodStart), ['', '', '', '', '']);
  });
  test('refuses a binary file', () => {
    assert.throws(() => processPage(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), testMeta('x.txt', '')), /binary/);
  });
});
