import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../lib/extract/extract-article';
import { foldText } from '../../lib/extract/fold-text';
import { articleId } from '../../lib/extract/ids';
import { toSimplified } from '../../lib/extract/traditional';
import type { Article } from '../../lib/schema';
import { testMeta } from './seed-pages';

/** An article as a page gives it: a headline, a body, and what the manifest says (url, region). */
interface Input { title: string; body: string; url?: string; region?: string }

function figures({ title, body, url = '', region = '' }: Input): Array<[string, string]> {
  const text = `${title}\n${body}`;
  const a: Article = { id: articleId('r.txt', 0), source: 'r.txt', index: 0, meta: { ...testMeta('r.txt', '2023-06-30'), url, region }, title, byline: '', text };
  return extractArticle(a, foldText(text, toSimplified)).map((s) => [text.slice(s.start, s.end), s.regionCode]);
}

const cases: ReadonlyArray<{ name: string; input: Input; expected: Array<[string, string]> }> = [
  {
    name: 'figures about other provinces are 000000 beside Zhejiang\'s own',
    input: { title: '长三角警务协作成效明显', body: '今年以来,江苏省公安厅共破获跨省案件520起。上海市公安局抓获嫌疑人180名。嘉兴警方共破获案件230起。' },
    expected: [['520起', '000000'], ['180名', '000000'], ['230起', '330400']],
  },
  {
    name: 'a nationwide figure is 000000, the province\'s is Zhejiang\'s',
    input: { title: '打击电信网络诈骗', body: '今年以来,全国共破获电信网络诈骗案件4.6万起。我省共破获1.2万起。' },
    expected: [['4.6万起', '000000'], ['1.2万起', '330000']],
  },
  {
    name: 'a nationwide figure in Traditional characters',
    input: { title: '打擊電信網絡詐騙', body: '今年以來,全國共破獲電信網絡詐騙案件4.6萬起。' },
    expected: [['4.6萬起', '000000']],
  },
  {
    name: '全市 in an article about a city elsewhere is 000000',
    input: { title: '南京警方通报上半年治安形势', body: '今年以来,全市共破获刑事案件2.1万起,同比上升6%。' },
    expected: [['2.1万起', '000000'], ['6%', '000000']],
  },
  {
    name: 'a county of Shanghai named after Shanghai',
    input: { title: '沪浙警务合作', body: '上海崇明警方今年抓获在逃人员46名。' },
    expected: [['46名', '000000']],
  },
  {
    name: '普陀区 in a Shanghai article is Shanghai\'s, in a Zhoushan one Zhoushan\'s',
    input: { title: '上海普陀开展平安创建', body: '普陀区今年以来共调解纠纷1200件。' },
    expected: [['1200件', '000000']],
  },
  {
    name: '普陀区 in a Zhoushan article',
    input: { title: '舟山普陀推进平安海岛建设', body: '普陀区今年以来共调解纠纷800件。' },
    expected: [['800件', '330903']],
  },
  {
    name: 'the police of a Zhejiang city who went elsewhere keep their city',
    input: { title: '湖州警方赴外省抓获诈骗嫌疑人', body: '湖州警方赴广西宾阳抓获电信诈骗嫌疑人36名。' },
    expected: [['36名', '330500']],
  },
  {
    name: 'where people come from is not where the figure is',
    input: { title: '杭州警方打击电诈', body: '杭州警方抓获嫌疑人40名,其中福建籍12名。' },
    expected: [['40名', '330100'], ['12名', '330100']],
  },
  {
    name: '全市 in an article from a prefecture\'s police site',
    input: { title: '年度治安形势通报', body: '今年以来,全市共破获刑事案件3200起。', url: 'https://gaj.jiaxing.gov.cn/art/2023/1/5/art_1.html' },
    expected: [['3200起', '330400']],
  },
  {
    name: '全区 in an article from a district\'s site',
    input: { title: '调解工作成效显著', body: '今年以来,全区共调解矛盾纠纷860件。', url: 'http://www.putuo.gov.cn/art/2023/1/5/art_1.html' },
    expected: [['860件', '330903']],
  },
  {
    name: '全市 with the dateline\'s city',
    input: { title: '警情通报', body: '中新网杭州12月19日电 今年以来,全市共接报电信诈骗警情1.2万起。' },
    expected: [['1.2万起', '330100']],
  },
  {
    name: '全市 with the manifest\'s region, before all else',
    input: { title: '嘉兴年度治安报告', body: '今年以来,全市共破获刑事案件900起。', region: '330483' },
    expected: [['900起', '330483']],
  },
];

describe('the region of each figure', () => {
  for (const { name, input, expected } of cases) test(name, () => assert.deepEqual(figures(input), expected));
});
