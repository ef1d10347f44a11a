import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { foldText } from '../../lib/extract/fold-text';
import { splitArticles, type ArticleDraft } from '../../lib/extract/split-articles';
import { tidyPage } from '../../lib/extract/tidy-page';
import { toSimplified } from '../../lib/extract/traditional';
import { SEED_000, SEED_003, seedText } from './seed-pages';

const fold = (s: string) => foldText(s, toSimplified);
const split = (page: string) => splitArticles(tidyPage(page, fold), fold);
interface Outline { readonly kind: ArticleDraft['kind']; readonly title: string; readonly byline: string; readonly first: string }
/** An article's kind, title and byline, and how its first body paragraph begins. */
const outline = (d: ArticleDraft, first: string): Outline => {
  const body = d.paragraphs[d.title ? 1 : 0] ?? '';
  return { kind: d.kind, title: d.title, byline: d.byline, first: body.startsWith(first) ? first : body };
};

const seeds: ReadonlyArray<{ name: string; input: string; expected: readonly Outline[] }> = [
  {
    name: 'seed 000: two articles, each with its headline, byline and first paragraph',
    input: seedText(SEED_000),
    expected: [
      { kind: 'article', title: '王昌荣在台州调研时强调 争当践行以人民为中心发展思想排头兵 推动平安综治工作进入全省第一方阵', byline: '本报记者 张倩 王志浩', first: '本报讯 3月19日至20日' },
      { kind: 'article', title: '在岗护卫平安 在家守护家园 湖州3000多名公安民警争当“家园卫士”', byline: '通讯员 郭楼儿 马俊', first: '在新时代“枫桥经验”指引下' },
    ],
  },
  {
    name: 'seed 003: three articles and a photo caption of its own',
    input: seedText(SEED_003),
    expected: [
      { kind: 'article', title: '王昌荣在全省视频会上强调 抓重点 补短板 强弱项 不断把扫黑除恶专项斗争引向深入', byline: '本报记者 张倩 王志浩', first: '本报讯 7月17日,全省扫' },
      { kind: 'article', title: '龙泉有个 “红色星期三” 党员干部上街义务治安巡防', byline: '本报记者 陈佳妮 通讯员 吴正龙', first: '本报讯 7月11日,星期三' },
      { kind: 'photo', title: '入伏', byline: '通讯员 里尔 摄', first: '昨天是入伏第一天,杭州西湖' },
      { kind: 'article', title: '1个无会日办妥 25件百姓实事 衢州全力打造中国基层治理最优城市', byline: '本报记者 汪基建 通讯员 丁亮', first: '防“三防齐抓”、共建共治共享' },
    ],
  },
];

/** Page furniture, bylines and markers: never part of any article's text. */
const never: ReadonlyArray<{ input: string; expected: string; note: string }> = [
  { input: SEED_000, expected: '本报记者', note: 'a byline' },
  { input: SEED_000, expected: '通讯员 郭楼儿', note: 'a byline' },
  { input: SEED_000, expected: '办ETC', note: 'an advertisement' },
  { input: SEED_000, expected: '就找中國銀行', note: 'an advertisement' },
  { input: SEED_000, expected: '吴谨', note: 'a stray name' },
  { input: SEED_000, expected: '无人机首次在我省公益诉讼中', note: 'a teaser for another page' },
  { input: SEED_000, expected: '威胁着一级水源保护区', note: 'a teaser for another page' },
  { input: SEED_000, expected: '社址', note: 'the footer' },
  { input: SEED_000, expected: '邮编', note: 'the footer' },
  { input: SEED_000, expected: '零售价', note: 'the footer' },
  { input: SEED_000, expected: '订阅热线', note: 'the footer' },
  { input: SEED_003, expected: '本报记者', note: 'a byline' },
  { input: SEED_003, expected: '下转2版', note: 'a continuation marker' },
  { input: SEED_003, expected: '通讯员 里尔 摄', note: 'a photo credit' },
  { input: SEED_003, expected: '志愿者汛期开展危旧房安全巡防', note: 'a teaser next to the photo' },
];

describe('splitArticles on the seed pages', () => {
  for (const { name, input, expected } of seeds) {
    test(name, () => assert.deepEqual(split(input).map((d, i) => outline(d, expected[i]?.first ?? '')), expected));
  }
  for (const { input, expected, note } of never) {
    test(`keeps ${note} (${expected}) out of every article of ${input.slice(0, 3)}`, () => {
      for (const d of split(seedText(input))) assert.ok(!d.paragraphs.join('\n').includes(expected), d.title);
    });
  }
});

const pages: ReadonlyArray<{ name: string; input: readonly string[]; expected: ReadonlyArray<Pick<ArticleDraft, 'title' | 'byline' | 'paragraphs' | 'kind'>> }> = [
  {
    name: 'a headline, a byline and a 本报讯 body make one article; the byline stays out of the text',
    input: ['温州警方破获电诈案件2600余件', '本报记者 李明', '本报讯 今年以来,温州警方共破获电信网络诈骗案件2600余件。', '其中,跨境案件300余件。'],
    expected: [{ title: '温州警方破获电诈案件2600余件', byline: '本报记者 李明', kind: 'article', paragraphs: ['温州警方破获电诈案件2600余件', '本报讯 今年以来,温州警方共破获电信网络诈骗案件2600余件。', '其中,跨境案件300余件。'] }],
  },
  {
    name: 'a two-line headline before a byline is one title',
    input: ['平安志愿者成为基层治理生力军', '龙泉626支队伍1.3万余人守护平安', '通讯员 吴正龙', '据悉,龙泉目前有626支平安志愿者队伍。'],
    expected: [{ title: '平安志愿者成为基层治理生力军 龙泉626支队伍1.3万余人守护平安', byline: '通讯员 吴正龙', kind: 'article', paragraphs: ['平安志愿者成为基层治理生力军 龙泉626支队伍1.3万余人守护平安', '据悉,龙泉目前有626支平安志愿者队伍。'] }],
  },
  {
    name: 'a caption closed by a photo credit becomes a photo article; a teaser above it is dropped',
    input: ['台州开展平安巡防', '本报讯 全市共组建巡逻队120支。', '下期预告:护航高考', '入伏', '昨天是入伏第一天,杭州西湖上空云彩多变。', '通讯员 里尔 摄'],
    expected: [
      { title: '台州开展平安巡防', byline: '', kind: 'article', paragraphs: ['台州开展平安巡防', '本报讯 全市共组建巡逻队120支。'] },
      { title: '入伏', byline: '通讯员 里尔 摄', kind: 'photo', paragraphs: ['入伏', '昨天是入伏第一天,杭州西湖上空云彩多变。'] },
    ],
  },
  {
    name: 'a continuation marker and the footer are dropped',
    input: ['衢州办妥25件百姓实事', '本报讯 虎山街道现场解决矛盾纠纷及办实事25件。', '(下转2版)', '社址:杭州市省府路8号 邮编:310025 | 零售价:1.50元'],
    expected: [{ title: '衢州办妥25件百姓实事', byline: '', kind: 'article', paragraphs: ['衢州办妥25件百姓实事', '本报讯 虎山街道现场解决矛盾纠纷及办实事25件。'] }],
  },
  {
    name: 'Traditional bylines and datelines are read through the fold',
    input: ['龍泉平安志願者隊伍達1.3萬餘人', '本報記者 陳佳妮', '本報訊 據悉,龍泉市目前有626支平安志願者隊伍。'],
    expected: [{ title: '龍泉平安志願者隊伍達1.3萬餘人', byline: '本報記者 陳佳妮', kind: 'article', paragraphs: ['龍泉平安志願者隊伍達1.3萬餘人', '本報訊 據悉,龍泉市目前有626支平安志願者隊伍。'] }],
  },
  { name: 'a page of furniture only gives no article', input: ['办ETC', '就找中国银行', '社址:杭州市省府路8号 邮编:310025 | 零售价:1.50元'], expected: [] },
];

describe('splitArticles', () => {
  for (const { name, input, expected } of pages) test(name, () => assert.deepEqual(splitArticles(input, fold), expected));
});
