/**
 * The words around a figure, as lists, tables and tooltips quote them: a window of at most
 * QUOTE_SIDE characters on each side of the figure, cut at its sentence's ends, so no page grows
 * with the length of one paragraph (an OCR page without punctuation is one "sentence" of a
 * megabyte). Pure; constant work per fact apart from one indexOf in the article text.
 */
import type { Quote } from '../schema';

export type { Quote } from '../schema';

/** Characters kept on each side of the figure. */
export const QUOTE_SIDE = 60;
/** The longest figure quoted in full (a figure is a few characters; a bad offset is not). */
const FIGURE_MAX = 40;

const ELLIPSIS = '…';

function tail(s: string, n: number): string {
  return s.length > n ? `${ELLIPSIS}${s.slice(s.length - n)}` : s;
}

function head(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n)}${ELLIPSIS}` : s;
}

/** The window around `figure` at `at` in `sentence`. */
function around(sentence: string, at: number, figure: string, side: number): Quote {
  return {
    before: tail(sentence.slice(Math.max(0, at - side - 1), at), side),
    figure: head(figure, FIGURE_MAX),
    after: head(sentence.slice(at + figure.length, at + figure.length + side + 1), side),
  };
}

/**
 * The quote of the figure at [start, end) of the article text, in its sentence. The sentence is
 * found where it covers the figure (a sentence printed twice is quoted where the figure is); a
 * sentence not found there is searched for the figure; neither: the sentence's start, bounded.
 */
export function quoteWindow(sentence: string, articleText: string | undefined, start: number, end: number, side = QUOTE_SIDE): Quote {
  const figure = articleText ? articleText.slice(start, end) : '';
  if (articleText && figure && sentence) {
    // The only occurrences that can cover [start, end) begin in [end - sentence.length, start].
    const at = articleText.indexOf(sentence, Math.max(0, end - sentence.length));
    if (at >= 0 && at <= start && end <= at + sentence.length) return around(sentence, start - at, figure, side);
    const i = sentence.indexOf(figure);
    if (i >= 0) return around(sentence, i, figure, side);
  }
  return { before: head(sentence, 2 * side), figure: '', after: '' };
}

/** A shorter window of a quote (tooltips): at most `side` characters each side. */
export function shortenQuote(q: Quote, side: number): Quote {
  const before = q.before.startsWith(ELLIPSIS) ? q.before.slice(1) : q.before;
  const after = q.after.endsWith(ELLIPSIS) ? q.after.slice(0, -1) : q.after;
  return {
    before: before.length > side ? tail(before, side) : q.before,
    figure: q.figure,
    after: after.length > side ? head(after, side) : q.after,
  };
}
