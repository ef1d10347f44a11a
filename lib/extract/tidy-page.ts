/**
 * Raw page text → paragraphs, with OCR damage mended: line endings and stray markup removed,
 * and a paragraph broken mid-sentence (…禁毒教育基地、椒 / 江区下陈街道…, 《全国扫黑除恶专 /
 * 项斗争督导工作方案》) joined back to the next one.
 */
import { DATELINE, TERMINAL, hasHeadlineDecks, paragraphKind } from './paragraph-kind';

/**
 * A paragraph this long is whole: no further line is joined to it. News paragraphs are under 350
 * characters; without a bound, a file of many short unpunctuated lines would be re-read at each
 * line joined to it, and its time would grow with the square of its length.
 */
const JOIN_MAX = 1000;

/** `fold` (fold-text.ts) lets Traditional or full-width lines be recognised (本報記者 as a byline). */
export function tidyPage(raw: string, fold: (s: string) => string = (s) => s): string[] {
  // Each replace only where its characters occur (an indexOf is many times faster than a regex's search).
  let text = raw.replace(/^\uFEFF/, '');
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  if (text.includes('**')) text = text.replace(/\*\*/g, ''); // "**抓重点 补短板 强弱项**": markup left over from conversion
  const blocks = text.split(/\n[ \t\u3000]*\n/);
  const lines = blocks.flatMap((block) => unwrap(
    block.split('\n')
      .map(tidyLine)
      .filter((l) => l.length > 0),
    fold,
  ));
  const out: string[] = [];
  const outFolded: string[] = []; // out, folded: fold keeps lengths, so the two join alike
  for (const line of lines) {
    const prevFolded = outFolded[outFolded.length - 1];
    const folded = fold(line);
    if (prevFolded !== undefined && prevFolded.length <= JOIN_MAX && isBrokenOff(prevFolded) && paragraphKind(folded) === 'body' && !DATELINE.test(folded)) {
      out[out.length - 1] += line;
      outFolded[outFolded.length - 1] = prevFolded + folded;
    } else {
      out.push(line);
      outFolded.push(folded);
    }
  }
  return out;
}

/** Tabs and no-break spaces as spaces, the ends trimmed (\s and \u3000), runs of spaces as one. */
function tidyLine(line: string): string {
  let l = line;
  if (l.includes('\t') || l.includes('\u00a0')) l = l.replace(/[\t\u00a0]/g, ' ');
  l = l.trim();
  return l.includes('  ') ? l.replace(/ {2,}/g, ' ') : l;
}

/**
 * A paragraph that stops mid-sentence: no final punctuation, and either it ends on a comma or an
 * open bracket, or it is body text (has inner punctuation and some length) rather than a heading.
 */
function isBrokenOff(p: string): boolean {
  if (TERMINAL.test(p) || hasHeadlineDecks(p)) return false;
  const kind = paragraphKind(p);
  if (kind !== 'short' && kind !== 'body') return false;
  if (/[,，、《“(（:：;；]$/.test(p)) return true;
  return p.length > 60 || (p.length >= 12 && /[,，、:：;；]/.test(p));
}

/**
 * Lines of one block (no blank line between them) that OCR wrapped at the column's width: a line
 * without final punctuation that is as long as the block's lines run (or ends on a comma) goes on
 * in the next one (…湖州市共创建平安 / 家庭12.6万户…). Subheads are short (阴雨天事故占半数以上)
 * and bylines, datelines and markers start lines of their own, so they stay apart.
 */
function unwrap(lines: readonly string[], fold: (s: string) => string): string[] {
  if (lines.length < 2) return [...lines];
  const width = lines.reduce((w, l) => Math.max(w, l.length), 0);
  const out: string[] = [];
  const outFolded: string[] = []; // out, folded, as in tidyPage
  for (const line of lines) {
    const prev = outFolded[outFolded.length - 1];
    const folded = fold(line);
    if (prev !== undefined && prev.length <= JOIN_MAX && wraps(prev, width) && startsOwnLine(folded) === false) {
      out[out.length - 1] += line;
      outFolded[outFolded.length - 1] = prev + folded;
    } else {
      out.push(line);
      outFolded.push(folded);
    }
  }
  return out;
}

/** A sentence's end, closing quotes and brackets after it: a bracket alone (平安村（社区）) is not one. */
const SENTENCE_END = /[。!！?？…][”’」』)）]*$/;

function wraps(p: string, width: number): boolean {
  if (SENTENCE_END.test(p) || p.length < 12) return false;
  const kind = paragraphKind(p);
  if (kind !== 'body' && kind !== 'short') return false;
  return /[,，、:：;；(（《“]$/.test(p) || p.length >= 0.6 * width;
}

function startsOwnLine(p: string): boolean {
  const kind = paragraphKind(p);
  return kind === 'byline' || kind === 'photo-credit' || kind === 'marker' || kind === 'footer' || DATELINE.test(p);
}
