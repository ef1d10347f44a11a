/**
 * Article text → sentences with offsets. A sentence ends at 。!?; or a line break; closing
 * quotes and brackets after the stop belong to it ("…不缺位。”").
 */
import type { Sentence } from '../schema';

const END = /[。!！?？;；]+[”’」』)）]*|\n/g;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let paragraph = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) out.push({ text: body, start: start + lead, end: start + lead + body.length, paragraph });
  };
  END.lastIndex = 0;
  for (let m = END.exec(text); m; m = END.exec(text)) {
    const isBreak = m[0] === '\n';
    push(isBreak ? m.index : m.index + m[0].length);
    start = m.index + m[0].length;
    if (isBreak) paragraph++;
  }
  push(text.length);
  return out;
}

/** Clause boundaries inside a sentence: commas, colons and semicolons (not 、, which lists). */
export const CLAUSE_BREAK = /[,，:：;；]/;

/** Start of the clause containing offset `at` of `text`. */
export function clauseStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if (CLAUSE_BREAK.test(text[i]!)) return i + 1;
  return 0;
}

/** End (exclusive) of the clause containing offset `at` of `text`. */
export function clauseEnd(text: string, at: number): number {
  for (let i = at; i < text.length; i++) if (CLAUSE_BREAK.test(text[i]!) || /[。!！?？\n]/.test(text[i]!)) return i;
  return text.length;
}
