/**
 * The article page's text, cut into plain and highlighted pieces at the facts' offsets. Pure.
 */

export interface TextPiece {
  readonly text: string;
  /** Facts highlighting this piece, outermost first (several when figures overlap). */
  readonly factIds: readonly string[];
}

/**
 * Splits the article text at the facts' offsets into plain pieces and highlighted pieces.
 * Overlapping facts are merged into one highlighted piece carrying all their ids, so every fact
 * keeps an anchor (`#fact-<id>`).
 */
export function splitText(text: string, facts: readonly { readonly factId: string; readonly start: number; readonly end: number }[]): TextPiece[] {
  const spans = facts
    .filter((f) => f.start >= 0 && f.end <= text.length && f.end > f.start)
    .slice()
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const pieces: TextPiece[] = [];
  let pos = 0;
  let i = 0;
  while (i < spans.length) {
    const first = spans[i]!;
    let end = first.end;
    const ids = [first.factId];
    i++;
    while (i < spans.length && spans[i]!.start < end) {
      end = Math.max(end, spans[i]!.end);
      ids.push(spans[i]!.factId);
      i++;
    }
    if (first.start > pos) pieces.push({ text: text.slice(pos, first.start), factIds: [] });
    pieces.push({ text: text.slice(first.start, end), factIds: ids });
    pos = end;
  }
  if (pos < text.length) pieces.push({ text: text.slice(pos), factIds: [] });
  return pieces;
}
