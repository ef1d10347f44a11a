/**
 * Raw page text → paragraphs, with OCR damage mended: line endings and stray markup removed,
 * and a paragraph broken mid-sentence (…禁毒教育基地、椒 / 江区下陈街道…, 《全国扫黑除恶专 /
 * 项斗争督导工作方案》) joined back to the next one.
 */
import { DATELINE, TERMINAL, hasHeadlineDecks, paragraphKind } from './paragraph-kind';

/** `fold` (fold-text.ts) lets Traditional or full-width lines be recognised (本報記者 as a byline). */
export function tidyPage(raw: string, fold: (s: string) => string = (s) => s): string[] {
  const lines = raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\*\*/g, '') // "**抓重点 补短板 强弱项**": markup left over from conversion
    .split('\n')
    .map((l) => l.replace(/[\t\u00a0]/g, ' ').replace(/^[\s\u3000]+|[\s\u3000]+$/g, '').replace(/ {2,}/g, ' '))
    .filter((l) => l.length > 0);
  const out: string[] = [];
  const outFolded: string[] = []; // out, folded: fold keeps lengths, so the two join alike
  for (const line of lines) {
    const prevFolded = outFolded[outFolded.length - 1];
    const folded = fold(line);
    if (prevFolded !== undefined && isBrokenOff(prevFolded) && paragraphKind(folded) === 'body' && !DATELINE.test(folded)) {
      out[out.length - 1] += line;
      outFolded[outFolded.length - 1] = prevFolded + folded;
    } else {
      out.push(line);
      outFolded.push(folded);
    }
  }
  return out;
}

/**
 * A paragraph that stops mid-sentence: no final punctuation, and either it ends on a comma or an
 * open bracket, or it is body text (has inner punctuation and some length) rather than a heading.
 */
function isBrokenOff(p: string): boolean {
  if (TERMINAL.test(p) || hasHeadlineDecks(p) || paragraphKind(p) !== 'short' && paragraphKind(p) !== 'body') return false;
  if (/[,，、《“(（:：;；]$/.test(p)) return true;
  return (p.length >= 12 && /[,，、:：;；]/.test(p)) || p.length > 60;
}
