import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../lib/extract/extract-article';
import { findNumbers } from '../../lib/extract/find-numbers';
import { findRegions } from '../../lib/extract/find-regions';
import { foldText } from '../../lib/extract/fold-text';
import { articleId } from '../../lib/extract/ids';
import { pairedPlaces, sharedTotal } from '../../lib/extract/place-lists';
import { isRank } from '../../lib/extract/rankings';
import { toSimplified } from '../../lib/extract/traditional';
import type { Article } from '../../lib/schema';
import { testMeta } from './seed-pages';

function article(title: string, body: string): Article {
  return { id: articleId('lists.txt', 0), source: 'lists.txt', index: 0, meta: testMeta('lists.txt', '2023-06-30'), title, byline: '', text: `${title}\n${body}` };
}

/** Each figure as highlighted, with its region. */
function regions(title: string, body: string): Array<[string, string]> {
  const a = article(title, body);
  return extractArticle(a, foldText(a.text, toSimplified)).map((s) => [a.text.slice(s.start, s.end), s.regionCode]);
}

const cases: ReadonlyArray<{ name: string; input: [title: string, body: string]; expected: Array<[string, string]> }> = [
  {
    name: 'a list of places and a list of as many figures pair up in order',
    input: ['宁波火灾情况', '今年以来,北仑区、慈溪市和余姚市发生火灾412起、356起和298起。'],
    expected: [['412起', '330206'], ['356起', '330282'], ['298起', '330281']],
  },
  {
    name: 'the places in one clause, their figures after 各 in the next',
    input: ['宁波火灾亡人情况', '从各地看,海曙、镇海亡人最多,各死亡5人、2人。'],
    expected: [['5人', '330203'], ['2人', '330211']],
  },
  {
    name: 'places after 其中 and their figures after 分别',
    input: ['丽水平安志愿者', '全市共有平安志愿者队伍900支,其中莲都区、龙泉市分别为210支和160支。'],
    expected: [['900支', '331100'], ['210支', '331102'], ['160支', '331181']],
  },
  {
    name: 'places outside Zhejiang in a list pair up too, each 000000',
    input: ['长三角警务协作', '南京市、苏州市分别破获跨省案件120起和95起,嘉兴市破获80起。'],
    expected: [['120起', '000000'], ['95起', '000000'], ['80起', '330400']],
  },
  {
    name: 'by-district paragraphs: each figure to the place its own paragraph names',
    input: ['湖州各地破案情况', '吴兴区共破获案件320起,同比上升5%。\n南浔区共破获案件210起。\n德清县破获案件190起。'],
    expected: [['320起', '330502'], ['5%', '330502'], ['210起', '330503'], ['190起', '330521']],
  },
  {
    name: 'a short name that is also a word (玉环) counts when listed beside a place',
    input: ['台州破案情况', '温岭、玉环分别破获案件1200起、600起。'],
    expected: [['1200起', '331081'], ['600起', '331083']],
  },
  {
    name: 'every place of a list ending in 等地 is where something was done, not whose figure it is',
    input: ['金华警方通报', '金华市公安局在义乌、东阳等地开展行动,共抓获嫌疑人260名。'],
    expected: [['260名', '330700']],
  },
  {
    name: 'a figure the listed places have together belongs to the region that holds them all',
    input: ['全省火灾情况', '火灾起数较多的,依次为宁波、温州、金华,共发生火灾1650起。'],
    expected: [['1650起', '330000']],
  },
  {
    name: 'two counties of one city together are that city\'s',
    input: ['宁波破案情况', '鄞州、北仑两地共破获案件860起。'],
    expected: [['860起', '330200']],
  },
  {
    name: 'a rank is not a count (居前3位)',
    input: ['全省火灾情况', '火灾起数居前3位的是宁波、温州、金华。'],
    expected: [],
  },
  {
    name: 'a list of places in an earlier sentence does not pair with later figures',
    input: ['宁波破案情况', '鄞州区、北仑区开展专项行动。鄞州区破获案件86起、抓获嫌疑人120名。'],
    expected: [['86起', '330212'], ['120名', '330212']],
  },
];

describe('lists of places with lists of figures', () => {
  for (const { name, input, expected } of cases) test(name, () => assert.deepEqual(regions(...input), expected));
});

describe('pairedPlaces and sharedTotal', () => {
  const text = '鄞州区、慈溪市发生火灾412起、356起。';
  const mentions = findRegions(text);
  const at = text.indexOf('412');
  test('pair two places with a list of two figures', () => assert.deepEqual(pairedPlaces(mentions, text, 0, at, 2), ['330212', '330282']));
  test('no pairing with a list of three figures', () => assert.equal(pairedPlaces(mentions, text, 0, at, 3), null));
  test('no pairing for one figure', () => assert.equal(pairedPlaces(mentions, text, 0, at, 1), null));
  test('no pairing with places of an earlier sentence', () => assert.equal(pairedPlaces(mentions, text, text.indexOf('发生'), at, 2), null));
  test('no total without 共 or 两地', () => assert.equal(sharedTotal(mentions, text, 0, at), null));
  const together = '鄞州区、慈溪市合计发生火灾768起。';
  test('a total after 合计', () => assert.equal(sharedTotal(findRegions(together), together, 0, together.indexOf('768')), '330200'));
});

describe('isRank', () => {
  const rank = (clause: string) => {
    const n = findNumbers(clause).at(-1)!;
    return isRank(n, clause.slice(0, n.start));
  };
  for (const clause of ['火灾起数居前3位', '排名全省前十位', '位列全国前五名']) test(`${clause} is a rank`, () => assert.equal(rank(clause), true));
  for (const clause of ['前3名嫌疑人已到案', '共有民警3位', '居民300名']) test(`${clause} is no rank`, () => assert.equal(rank(clause), false));
});
