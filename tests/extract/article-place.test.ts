import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { articlePlace } from '../../lib/extract/article-place';
import { findRegions } from '../../lib/extract/find-regions';
import { foldText } from '../../lib/extract/fold-text';
import { articleId } from '../../lib/extract/ids';
import { toSimplified } from '../../lib/extract/traditional';
import type { Article, ArticlePlace } from '../../lib/schema';
import { testMeta } from './seed-pages';

interface Input { title?: string; byline?: string; body: string; url?: string; region?: string; titleInText?: boolean }

function place({ title = '', byline = '', body, url = '', region = '', titleInText = true }: Input): ArticlePlace {
  const text = title && titleInText ? `${title}\n${body}` : body;
  const article: Article = {
    id: articleId('p.txt', 0), source: 'p.txt', index: 0, meta: { ...testMeta('p.txt', '2023-01-05'), url, region }, title, byline, text,
  };
  const folded = foldText(text, toSimplified);
  return articlePlace(article, folded, findRegions(folded));
}

const cases: ReadonlyArray<{ name: string; input: Input; expected: ArticlePlace }> = [
  { name: 'the manifest\'s region column comes first', input: { title: '湖州警方通报', body: '全市共破获案件300起。', region: '330522' }, expected: { code: '330522' as ArticlePlace['code'], basis: 'manifest' } },
  { name: 'the headline', input: { title: '嘉兴警方晒出年度成绩单', body: '全市共破获案件300起。' }, expected: { code: '330400' as ArticlePlace['code'], basis: 'headline' } },
  { name: 'the most specific place of a chain in the headline', input: { title: '湖州安吉推出家园卫士', body: '全县共有志愿者5000人。' }, expected: { code: '330523' as ArticlePlace['code'], basis: 'headline' } },
  { name: 'the first of two unrelated places in the headline', input: { title: '温州台州联手打击电诈', body: '共破获案件300起。' }, expected: { code: '330300' as ArticlePlace['code'], basis: 'headline' } },
  { name: 'a headline from the manifest that is not in the text', input: { title: '衢州年度治安报告', body: '全市共破获案件300起。', titleInText: false }, expected: { code: '330800' as ArticlePlace['code'], basis: 'headline' } },
  { name: 'a headline about a place outside Zhejiang', input: { title: '南京警方通报上半年治安', body: '全市共破获案件300起。' }, expected: { code: '320100' as ArticlePlace['code'], basis: 'headline' } },
  { name: '全省 in the headline', input: { title: '全省扫黑除恶推进会召开', body: '会议指出。' }, expected: { code: '330000' as ArticlePlace['code'], basis: 'headline' } },
  { name: 'the dateline, when the headline names no place', input: { title: '年度警情通报', body: '中新网杭州12月19日电 今年以来,全市共接报警情1万起。' }, expected: { code: '330100' as ArticlePlace['code'], basis: 'dateline' } },
  { name: 'a dateline without a date', input: { title: '年度警情通报', body: '本报温州讯 今年以来,全市共接报警情1万起。' }, expected: { code: '330300' as ArticlePlace['code'], basis: 'dateline' } },
  { name: 'the publisher in the byline', input: { title: '年度警情通报', byline: '来源:普陀区公安分局', body: '今年以来,全区共接报警情1万起。' }, expected: { code: '330903' as ArticlePlace['code'], basis: 'publisher' } },
  { name: 'the publisher in the lead', input: { title: '年度警情通报', body: '记者从丽水市公安局获悉,今年以来,全市共接报警情1万起。' }, expected: { code: '331100' as ArticlePlace['code'], basis: 'publisher' } },
  { name: 'the publisher after 来源 at the end', input: { title: '年度警情通报', body: '今年以来,全市共接报警情1万起。\n其他内容。\n再有内容。\n来源:玉环市融媒体中心' }, expected: { code: '331083' as ArticlePlace['code'], basis: 'publisher' } },
  { name: 'no publisher from a photo credit further down', input: { title: '年度警情通报', body: '今年以来,全市共接报警情1万起。\n其他内容。\n再有内容。\n民警在巡逻。淳安县公安局供图' }, expected: { code: '', basis: 'none' } },
  { name: 'the web host spelling a prefecture', input: { title: '年度警情通报', body: '今年以来,全市共接报警情1万起。', url: 'https://gaj.jiaxing.gov.cn/art/2023/1/5/art_1.html' }, expected: { code: '330400' as ArticlePlace['code'], basis: 'url' } },
  { name: 'the web host spelling a district', input: { title: '调解工作', body: '全区共调解纠纷800件。', url: 'http://www.putuo.gov.cn/art/1.html' }, expected: { code: '330903' as ArticlePlace['code'], basis: 'url' } },
  { name: 'the web host spelling a county-level city', input: { title: '交通安全', body: '全市共发生事故120起。', url: 'http://yuhuan.gov.cn/x.html' }, expected: { code: '331083' as ArticlePlace['code'], basis: 'url' } },
  { name: 'a read the way locals read it (乐清 yueqing)', input: { title: '交通安全', body: '全市共发生事故120起。', url: 'http://www.yueqing.gov.cn/x.html' }, expected: { code: '330382' as ArticlePlace['code'], basis: 'url' } },
  { name: 'no place from a host that spells none', input: { title: '交通安全', body: '全市共发生事故120起。', url: 'https://www.163.com/dy/article/X.html' }, expected: { code: '', basis: 'none' } },
  { name: 'no place from a URL that is not one', input: { title: '交通安全', body: '全市共发生事故120起。', url: 'not a url' }, expected: { code: '', basis: 'none' } },
  { name: 'nothing at all', input: { title: '交通安全', body: '全市共发生事故120起。' }, expected: { code: '', basis: 'none' } },
];

describe('articlePlace', () => {
  for (const { name, input, expected } of cases) test(`takes ${name}`, () => assert.deepEqual(place(input), expected));
});
