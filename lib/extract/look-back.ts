/**
 * How far back from a figure the extractor reads, and the spans (places found, figures) that lie
 * that far back. News paragraphs are under 350 characters; a file of one endless paragraph (a
 * hostile or broken page) must not make every figure read all the text before it, or the time to
 * extract an article would grow with the square of its length.
 */
export const LOOK_BACK = 500;

interface Span {
  readonly start: number;
  readonly end: number;
}

/** How many of `spans` (sorted by start) start before `offset`: a binary search. */
export function countStartingBefore(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The spans that lie inside [from, to], of spans sorted by start (as find-regions and find-numbers
 * give them): two binary searches and a pass over those between, not over every span.
 */
export function spansWithin<T extends Span>(spans: readonly T[], from: number, to: number): T[] {
  const lo = countStartingBefore(spans, from);
  const hi = countStartingBefore(spans, to);
  return spans.slice(lo, hi).filter((s) => s.end <= to);
}
