/**
 * Folds display text into matching text of the SAME LENGTH, so offsets found in one index the
 * other: full-width digits, letters and punctuation → ASCII (１３．７％ → 13.7%), ideographic space
 * → space, Traditional → Simplified characters (converter injected, see traditional.ts).
 */
const PUNCT: Readonly<Record<string, string>> = {
  '，': ',', '：': ':', '；': ';', '（': '(', '）': ')', '！': '!', '？': '?', '～': '~', '－': '-', '—': '-', '　': ' ', '﹪': '%',
};

/**
 * By code unit, what it folds to (0: itself): U+FF01–U+FF5E → ASCII, then PUNCT (the ideographic
 * space, the em dash, the small percent sign). A table read per code unit: a replace calling a
 * function per match is slow on text with a full-width comma every few characters.
 */
const FOLDED = new Uint16Array(0x10000);
for (let c = 0xff01; c <= 0xff5e; c++) FOLDED[c] = c - 0xfee0;
for (const [from, to] of Object.entries(PUNCT)) FOLDED[from.charCodeAt(0)] = to.charCodeAt(0);

/** Code units turned back into a string this many at a time (String.fromCharCode's argument list). */
const CHUNK = 8192;

export function foldWidth(text: string): string {
  let first = 0;
  while (first < text.length && FOLDED[text.charCodeAt(first)] === 0) first++;
  if (first === text.length) return text;
  const units = new Uint16Array(text.length - first);
  for (let i = first; i < text.length; i++) {
    const c = text.charCodeAt(i);
    units[i - first] = FOLDED[c] || c;
  }
  const parts = [text.slice(0, first)];
  for (let at = 0; at < units.length; at += CHUNK) parts.push(String.fromCharCode.apply(null, units.subarray(at, at + CHUNK) as unknown as number[]));
  return parts.join('');
}

export type CharConverter = (text: string) => string;

/** Width folding, then the script converter; the result always has the input's length. */
export function foldText(text: string, toSimplified: CharConverter): string {
  const folded = toSimplified(foldWidth(text));
  if (folded.length !== text.length) throw new Error('foldText: converter changed the text length');
  return folded;
}
