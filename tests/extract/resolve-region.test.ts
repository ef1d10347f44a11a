import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findRegions } from '../../lib/extract/find-regions';
import { regionAt, regionContext, type RegionSource } from '../../lib/extract/resolve-region';

/** Title, then paragraphs; the title and first paragraph weigh double, as in extractArticle. `home`: the article's own place. */
function resolve(text: string, figure: string, home: string | null = null) {
  const lines = text.split('\n');
  const leadEnd = lines.slice(0, 2).join('\n').length;
  const at = text.indexOf(figure);
  assert.ok(at >= 0, `${figure} is in the text`);
  const before = text.slice(0, at);
  const sentenceStart = Math.max(...['。', '!', '?', ';', '\n'].map((c) => before.lastIndexOf(c))) + 1;
  const paragraphStart = before.lastIndexOf('\n') + 1;
  return regionAt(regionContext(findRegions(text), leadEnd, home), at, sentenceStart, paragraphStart);
}

const cases: ReadonlyArray<{ name: string; input: string; context: string; expected: { code: string; via: RegionSource } }> = [
  { name: '全市 resolves to the city of a prefecture article', input: '湖州警方推广“家园卫士”\n今年以来,全市共破获刑事案件1200起。', context: '1200起', expected: { code: '330500', via: 'sentence' } },
  { name: '全市 resolves to a county-level city (嵊州市)', input: '嵊州市公安局召开会议\n今年以来,全市刑事案件同比下降8.5%。', context: '8.5%', expected: { code: '330683', via: 'sentence' } },
  { name: '该县 resolves to the article\'s county', input: '安吉县开展平安创建\n据统计,该县共有平安志愿者5000余人。', context: '5000余人', expected: { code: '330523', via: 'sentence' } },
  { name: '全区 resolves to the article\'s district', input: '台州市椒江区开展平安创建\n今年以来,全区共破获刑事案件300起。', context: '300起', expected: { code: '331002', via: 'sentence' } },
  { name: '全省 resolves to the province', input: '衢州市召开会议\n据统计,江山市共办实事25件;全省共有民警5万余名。', context: '5万余名', expected: { code: '330000', via: 'sentence' } },
  { name: 'a figure takes the place named last before it in its sentence', input: '湖州推广家园卫士\n安吉县共有民警300名,长兴县共有民警400名。', context: '400名', expected: { code: '330522', via: 'sentence' } },
  { name: 'a township counts for its county', input: '龙泉有个红色星期三\n本报讯 锦溪镇有平安志愿者300人。', context: '300人', expected: { code: '331181', via: 'sentence' } },
  { name: 'else the place named earlier in its paragraph', input: '湖州推广家园卫士\n在安吉县调研时指出。共有民警300名。', context: '300名', expected: { code: '330523', via: 'paragraph' } },
  { name: 'else the article\'s main region', input: '湖州推广家园卫士\n在安吉县调研时指出。\n共有民警300名。', context: '300名', expected: { code: '330500', via: 'article' } },
  { name: 'a place named after the figure does not count', input: '龙泉推广红色星期三\n本报讯 今年以来成效明显。\n共有民警300名,分布在安吉县各地。', context: '300名', expected: { code: '331181', via: 'article' } },
  { name: 'a place outside Zhejiang gives 000000', input: '全国公安工作会议召开\n全国共破获刑事案件10万起。', context: '10万起', expected: { code: '000000', via: 'sentence' } },
  { name: 'an article about no place gives 000000', input: '平安志愿者在行动\n共有志愿者300人。', context: '300人', expected: { code: '000000', via: 'article' } },
];

describe('regionAt', () => {
  for (const { name, input, context, expected } of cases) test(name, () => assert.deepEqual(resolve(input, context), expected));
});

/** Articles whose body names no place but 全市/全区/全省: the article's own place (article-place.ts) says which. */
const homes: ReadonlyArray<{ name: string; input: string; context: string; home: string; expected: { code: string; via: RegionSource } }> = [
  { name: '全市 is the prefecture the article is about', input: '年度警情通报\n今年以来,全市共破获刑事案件1200起。', context: '1200起', home: '330400', expected: { code: '330400', via: 'sentence' } },
  { name: '全市 is the county-level city the article is about', input: '年度警情通报\n今年以来,全市共破获刑事案件1200起。', context: '1200起', home: '331083', expected: { code: '331083', via: 'sentence' } },
  { name: '全市 in an article about a district is its prefecture', input: '年度警情通报\n今年以来,全市共破获刑事案件1200起。', context: '1200起', home: '330903', expected: { code: '330900', via: 'sentence' } },
  { name: '全区 is the district the article is about', input: '调解工作\n今年以来,全区共调解纠纷800件。', context: '800件', home: '330903', expected: { code: '330903', via: 'sentence' } },
  { name: '全县 in an article about a prefecture falls back to the places named', input: '调解工作\n安吉县召开会议。\n今年以来,全县共调解纠纷800件。', context: '800件', home: '330500', expected: { code: '330523', via: 'sentence' } },
  { name: 'a place named in the paragraph comes before the article\'s own', input: '调解工作\n湖州市今年以来,全市共调解纠纷800件。', context: '800件', home: '330400', expected: { code: '330500', via: 'sentence' } },
  { name: '全市 after one of the article\'s own counties is the article\'s city', input: '年度考核结果\n龙泉、庆元两地获评平安县,全市共有平安县9个。', context: '9个', home: '331100', expected: { code: '331100', via: 'sentence' } },
  { name: '全市 right after a county-level city is that city', input: '年度考核结果\n今年以来,诸暨全市共破获刑事案件1200起。', context: '1200起', home: '330600', expected: { code: '330681', via: 'sentence' } },
  { name: '全市 in an article about a city elsewhere is 000000', input: '年度警情通报\n今年以来,全市共破获刑事案件1200起。', context: '1200起', home: '320100', expected: { code: '000000', via: 'sentence' } },
  { name: '全省 in an article about another province is 000000', input: '年度警情通报\n今年以来,全省共破获刑事案件1200起。', context: '1200起', home: '320000', expected: { code: '000000', via: 'sentence' } },
  { name: '全省 in an article about the whole country is still Zhejiang', input: '年度警情通报\n今年以来,全省共破获刑事案件1200起。', context: '1200起', home: '000000', expected: { code: '330000', via: 'sentence' } },
  { name: '全省 after naming partners elsewhere is still Zhejiang', input: '警务合作\n加强与江苏、上海合作,全省共破获刑事案件1200起。', context: '1200起', home: '330000', expected: { code: '330000', via: 'sentence' } },
  { name: 'a figure in an article that names no place at all is the article\'s', input: '年度警情通报\n今年共破获刑事案件1200起。', context: '1200起', home: '330483', expected: { code: '330483', via: 'article' } },
];

describe('regionAt with the article\'s own place', () => {
  for (const { name, input, context, home, expected } of homes) test(name, () => assert.deepEqual(resolve(input, context, home), expected));
});

const articles: ReadonlyArray<{ name: string; input: string; expected: { main: string; city: string | null; county: string | null } }> = [
  { name: 'a county article: its city is the prefecture', input: '安吉县开展平安创建\n安吉警方推出“家园卫士”工程。', expected: { main: '330523', city: '330500', county: '330523' } },
  { name: 'a county-level city is its own city', input: '龙泉市开展平安大巡防\n龙泉目前有626支平安志愿者队伍。', expected: { main: '331181', city: '331181', county: '331181' } },
  { name: 'a province article', input: '全省扫黑除恶专项斗争推进会召开\n全省刑事案件同比下降。', expected: { main: '330000', city: null, county: null } },
  { name: 'the headline and lead outweigh a later mention', input: '湖州推广家园卫士\n湖州警方在全市推广。\n安吉县也在推广。', expected: { main: '330500', city: '330500', county: '330523' } },
  { name: 'an article about a city elsewhere is about 000000', input: '南京警方通报\n南京市公安局召开会议,徐州也派员参加。\n嘉兴警方介绍经验。', expected: { main: '000000', city: '000000', county: null } },
];

describe('regionContext', () => {
  for (const { name, input, expected } of articles) {
    test(name, () => {
      const ctx = regionContext(findRegions(input), input.split('\n').slice(0, 2).join('\n').length);
      assert.deepEqual({ main: ctx.main, city: ctx.city, county: ctx.county }, expected);
    });
  }
});
