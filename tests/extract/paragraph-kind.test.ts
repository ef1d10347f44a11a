import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DATELINE, TERMINAL, hasHeadlineDecks, paragraphKind, type ParagraphKind } from '../../lib/extract/paragraph-kind';

const kinds: ReadonlyArray<{ input: string; expected: ParagraphKind }> = [
  { input: '本报记者 张倩 王志浩', expected: 'byline' },
  { input: '本报记者 陈佳妮 通讯员 吴正龙', expected: 'byline' },
  { input: '通讯员 郭楼儿 马俊', expected: 'byline' },
  { input: '□ 通讯员 梅笑雪', expected: 'byline' },
  { input: '本报讯 记者 王琳 通讯员 孙浩', expected: 'byline' },
  { input: '通讯员 里尔 摄', expected: 'photo-credit' },
  { input: '本报记者 张三 摄影', expected: 'photo-credit' },
  { input: '社址:杭州市省府路8号 邮编:310025 | 零售价:1.50元 订阅热线:0571-85213260', expected: 'footer' },
  { input: '浙江法制报 2019年11月5日 星期二 要闻 第2版', expected: 'footer' },
  { input: '来源:平安浙江网 2023-08-02 10:21 阅读 12,876', expected: 'footer' },
  { input: '发布时间:2022-06-15 浏览次数:3521', expected: 'footer' },
  { input: '作者:张斌 编辑:李明 字号:大 中 小', expected: 'footer' },
  { input: '来源:市公安局', expected: 'short' },
  { input: '据来源:市公安局的通报,2023年全市阅读推广活动共吸引读者1.2万人次。', expected: 'body' },
  { input: '(下转2版)', expected: 'marker' },
  { input: '（上接第1版）', expected: 'marker' },
  { input: '疏解百姓“痛点”', expected: 'short' },
  { input: '入伏', expected: 'short' },
  { input: '在岗护卫平安 在家守护家园 湖州3000多名公安民警争当“家园卫士”', expected: 'short' },
  { input: '本报讯 7月17日,全省扫黑除恶专项斗争工作推进视频会在杭州召开', expected: 'body' },
  { input: '昨天是入伏第一天,杭州西湖上空云彩多变,天气晴热。', expected: 'body' },
  { input: '记者节当天,全市共有民警386名坚守岗位,确保节日期间社会治安平稳有序,群众安全感进一步提升。', expected: 'body' },
];

describe('paragraphKind', () => {
  for (const { input, expected } of kinds) test(`reads "${input}" as ${expected}`, () => assert.equal(paragraphKind(input), expected));

  test('a paragraph of thousands of characters that names 社址 and 邮编 is text, not a footer', () => {
    const text = `本报讯 全市共破获刑事案件1200起。${'记者走访了社址和邮编登记处,'.repeat(100)}`;
    assert.equal(paragraphKind(text), 'body');
  });
});

const datelines: ReadonlyArray<{ input: string; expected: boolean }> = [
  { input: '本报讯 3月19日至20日,省委常委在台州调研', expected: true },
  { input: '本报杭州4月2日讯 全省公安机关', expected: true },
  { input: '中新网杭州2月14日电 记者', expected: true },
  { input: '浙江在线07月21日讯', expected: true },
  { input: '7月10日,江山市虎山街道的党员干部', expected: false },
  { input: '据本报讯息', expected: false },
];

describe('DATELINE', () => {
  for (const { input, expected } of datelines) test(`${expected ? 'matches' : 'does not match'} "${input}"`, () => assert.equal(DATELINE.test(input), expected));
});

const decks: ReadonlyArray<{ input: string; expected: boolean }> = [
  { input: '王昌荣在全省视频会上强调 抓重点 补短板 强弱项', expected: true },
  { input: '龙泉有个 “红色星期三” 党员干部上街义务治安巡防', expected: true },
  { input: '本报记者 张倩', expected: false },
  { input: '今年以来, 全市共破获刑事案件1200起', expected: false },
];

describe('hasHeadlineDecks', () => {
  for (const { input, expected } of decks) test(`${expected ? 'sees' : 'sees no'} decks in "${input}"`, () => assert.equal(hasHeadlineDecks(input), expected));
});

const endings: ReadonlyArray<{ input: string; expected: boolean }> = [
  { input: '实现矛盾不上交、平安不出事、服务不缺位。”', expected: true },
  { input: '经常想一想群众最盼望的问题是什么?', expected: true },
  { input: '在仙居县中小学禁毒教育基地、椒', expected: false },
  { input: '推动消防工作取得新作', expected: false },
];

describe('TERMINAL', () => {
  for (const { input, expected } of endings) test(`${expected ? 'ends' : 'does not end'} "${input}"`, () => assert.equal(TERMINAL.test(input), expected));
});
