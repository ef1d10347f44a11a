/**
 * One source file's bytes → its articles and statistics: decode, tidy, split into articles,
 * fold for matching, extract. Pure apart from hashing; no file system.
 */
import type { Article, ArticlePlace, SourceMeta, Statistic } from '../schema';
import { NO_PLACE } from './article-place';
import { decodeBytes, type DecodedText, type TextEncoding } from './decode-bytes';
import { extractArticleAndPlace } from './extract-article';
import { matchText, sameLength } from './match-text';
import { articleId } from './ids';
import { dateFromText } from './page-date';
import { splitArticles } from './split-articles';
import { tidyPage } from './tidy-page';
import { toSimplified } from './traditional';

export interface PageResult {
  readonly articles: readonly Article[];
  readonly statistics: readonly Statistic[];
  readonly encoding: TextEncoding;
  readonly meta: SourceMeta;
  /** The file's own place: its lead article's (the first whose place is known). */
  readonly place: ArticlePlace;
}

/** `meta` from the manifest; a missing date is taken from the text where it can be. */
export function processPage(bytes: Uint8Array, meta: SourceMeta): PageResult {
  return processText(decodeBytes(bytes), meta);
}

/** processPage of a file's text, decoded already (decode-bytes.ts). */
export function processText({ text, encoding }: DecodedText, meta: SourceMeta): PageResult {
  if (text.includes('\u0000')) throw new Error('binary file (contains NUL bytes)');
  let pageMeta = meta;
  if (!meta.date) {
    const date = dateFromText(text);
    pageMeta = { ...meta, date, dateBasis: date ? 'text' : 'none' };
  }
  // Paragraph kinds are read without pinyin readings too (本報(bào)訊 is a dateline). The page's
  // lines are folded once each, though tidying and splitting ask for most of them more than once.
  const folded = new Map<string, string>();
  const fold = (s: string) => folded.get(s) ?? folded.set(s, matchText(s, toSimplified).text).get(s)!;
  const drafts = splitArticles(tidyPage(text, fold), fold);
  const articles: Article[] = [];
  const statistics: Statistic[] = [];
  let place: ArticlePlace = meta.region ? { code: meta.region as ArticlePlace['code'], basis: 'manifest' } : NO_PLACE;
  drafts.forEach((d, index) => {
    const title = d.title || (drafts.length === 1 ? pageMeta.title : '');
    const article: Article = {
      id: articleId(meta.source, index), source: meta.source, index, meta: pageMeta,
      title, byline: d.byline, text: d.paragraphs.join('\n'),
    };
    articles.push(article);
    // The article's text folded is its paragraphs' folds joined, as matchText folds each line on
    // its own (traditional.ts) and no reading or format character spans a line break; where a
    // paragraph lost characters to folding, matchText maps the offsets back.
    const paragraphs = d.paragraphs.map(fold);
    const whole = paragraphs.every((f, i) => f.length === d.paragraphs[i]!.length);
    const extracted = extractArticleAndPlace(article, whole ? sameLength(paragraphs.join('\n')) : matchText(article.text, toSimplified));
    statistics.push(...extracted.statistics);
    if (place.basis === 'none') place = extracted.place;
  });
  return { articles, statistics, encoding, meta: pageMeta, place };
}
