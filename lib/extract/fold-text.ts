/**
 * Folds display text into matching text of the SAME LENGTH, so offsets found in one index the
 * other: full-width digits, letters and punctuation → ASCII (１３．７％ → 13.7%), ideographic space
 * → space, Traditional → Simplified characters (converter injected, see traditional.ts).
 */
const PUNCT: Readonly<Record<string, string>> = {
  '，': ',', '：': ':', '；': ';', '（': '(', '）': ')', '！': '!', '？': '?', '～': '~', '－': '-', '—': '-', '　': ' ', '﹪': '%',
};

export function foldWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000\u2014\ufe6a]/g, (c) => PUNCT[c] ?? String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

export type CharConverter = (text: string) => string;

/** Width folding, then the script converter; the result always has the input's length. */
export function foldText(text: string, toSimplified: CharConverter): string {
  const folded = toSimplified(foldWidth(text));
  if (folded.length !== text.length) throw new Error('foldText: converter changed the text length');
  return folded;
}
