/**
 * One huge paragraph (a page on one line) cannot make the sentence column huge: every statistic
 * quotes at most QUOTE_MAX characters around its figure, and its offsets still index the article
 * text, inside the quote.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { processPage } from '../../lib/extract/process-page';
import { QUOTE_MAX } from '../../lib/extract/split-sentences';
import { hostilePage } from '../../scripts/bench/hostile-pages';
import { testMeta } from './seed-pages';

// (Wrapped lines have no full stops: the article is one sentence of the whole page.)
for (const shape of ['one line', 'wrapped lines'] as const) {
  test(`a page of ${shape}: each sentence cell is a window of at most ${QUOTE_MAX} characters holding its figure`, () => {
    const r = processPage(new TextEncoder().encode(hostilePage(shape, 120_000)), testMeta('one-line.txt', '2019-03-21'));
    assert.ok(r.statistics.length > 0);
    const text = new Map(r.articles.map((a) => [a.id, a.text]));
    assert.ok(Math.max(...r.articles.map((a) => a.text.length)) > 50_000, 'one article holds most of the page');
    for (const s of r.statistics) {
      const article = text.get(s.articleId)!;
      assert.ok(s.sentence.length <= QUOTE_MAX, `${s.sentence.length} characters`);
      const at = article.lastIndexOf(s.sentence, s.start);
      assert.ok(at >= 0 && at <= s.start && s.end <= at + s.sentence.length, 'the quote is the article text around the figure');
      assert.match(article.slice(s.start, s.end), /^[\d一二两三四五六七八九十百千万亿零〇.,]/);
    }
  });
}
