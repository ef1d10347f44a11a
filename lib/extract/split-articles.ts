/**
 * A page's paragraphs → articles. A headline starts an article: a short line followed within two
 * lines by a byline or a 本报讯 dateline, or a line of several decks ("龙泉有个 “红色星期三” 党员…").
 * Bylines are kept apart from the text; continuation markers (下转2版) and the page footer
 * (社址/邮编/零售价…) are dropped; a photo credit (通讯员 里尔 摄) closes a caption block, which
 * becomes an article of its own; short lines left dangling after an article (ads, teasers for
 * other pages) are page furniture, not text.
 */
import { DATELINE, hasHeadlineDecks, paragraphKind, type ParagraphKind } from './paragraph-kind';

export interface ArticleDraft {
  readonly title: string;
  readonly byline: string;
  /** Title first (when there is one), then the body paragraphs. */
  readonly paragraphs: readonly string[];
  readonly kind: 'article' | 'photo';
}

interface Building {
  titles: string[];
  bylines: string[];
  body: string[];
  kind: 'article' | 'photo';
}

/** `fold` (fold-text.ts) lets Traditional or full-width lines be recognised (本報訊 as a dateline). */
export function splitArticles(paragraphs: readonly string[], fold: (s: string) => string = (s) => s): ArticleDraft[] {
  const folded = paragraphs.map(fold);
  const kinds = folded.map(paragraphKind);
  const drafts: Building[] = [];
  const state: { current: Building | null } = { current: null };
  const start = (kind: Building['kind'] = 'article'): Building => {
    const b: Building = { titles: [], bylines: [], body: [], kind };
    drafts.push(b);
    state.current = b;
    return b;
  };
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const kind = kinds[i]!;
    if (kind === 'footer' || kind === 'marker') continue;
    const current = state.current;
    if (kind === 'photo-credit') {
      const caption = current ? takeCaption(current, fold) : [];
      const photo = start('photo');
      photo.titles.push(...caption.slice(0, 1));
      photo.body.push(...caption.slice(1));
      photo.bylines.push(p);
      state.current = null;
      continue;
    }
    if (kind === 'byline') {
      (current ?? start()).bylines.push(p);
      continue;
    }
    if (kind === 'short' && isHeadline(folded, kinds, i)) {
      const continuesTitle = current !== null && current.body.length === 0 && current.bylines.length === 0 && current.titles.length > 0;
      (continuesTitle ? current : start()).titles.push(p);
      continue;
    }
    (current ?? start()).body.push(p);
  }
  return drafts.map((d) => finish(d, fold)).filter((d): d is ArticleDraft => d !== null);
}

function isHeadline(paragraphs: readonly string[], kinds: readonly ParagraphKind[], i: number): boolean {
  if (hasHeadlineDecks(paragraphs[i]!)) return true;
  for (let j = i + 1; j <= i + 2 && j < paragraphs.length; j++) {
    if (kinds[j] === 'byline' || DATELINE.test(paragraphs[j]!)) return true;
    if (kinds[j] !== 'short') return false;
  }
  return false;
}

/** The short lines at the end of an article that belong to the photo whose credit follows. */
function takeCaption(b: Building, fold: (s: string) => string): string[] {
  let n = 0;
  while (n < 3 && n < b.body.length && b.body[b.body.length - 1 - n]!.length <= 60) {
    n++;
    // A caption has one title line (入伏): a short line above it is a teaser, not the caption.
    if (paragraphKind(fold(b.body[b.body.length - n]!)) === 'short') break;
  }
  return b.body.splice(b.body.length - n, n);
}

function finish(b: Building, fold: (s: string) => string): ArticleDraft | null {
  const body = [...b.body];
  const isShort = (p: string) => paragraphKind(fold(p)) === 'short';
  // Dangling short lines after the last complete paragraph: ads and teasers, not text.
  while (body.length > 1 && isShort(body[body.length - 1]!) && b.kind === 'article') body.pop();
  const title = b.titles.join(' ');
  // No body, or short lines only and no headline: page furniture, not an article.
  if (b.kind === 'article' && (body.length === 0 || (!title && body.every(isShort)))) return null;
  return {
    title,
    byline: b.bylines.join(' '),
    paragraphs: title ? [title, ...body] : body,
    kind: b.kind,
  };
}
