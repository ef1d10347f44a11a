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
/** One chunk's code units, folded, reused: a text of 50 MB is never held again as an array. */
const units = new Uint16Array(CHUNK);

export function foldWidth(text: string): string {
  let first = 0;
  while (first < text.length && FOLDED[text.charCodeAt(first)] === 0) first++;
  if (first === text.length) return text;
  const parts = [text.slice(0, first)];
  for (let at = first; at < text.length; at += CHUNK) {
    const n = Math.min(CHUNK, text.length - at);
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(at + i);
      units[i] = FOLDED[c] || c;
    }
    parts.push(String.fromCharCode.apply(null, (n === CHUNK ? units : units.subarray(0, n)) as unknown as number[]));
  }
  return parts.join('');
}

export type CharConverter = (text: string) => string;

/** Width folding, then the script converter; the result always has the input's length. */
export function foldText(text: string, toSimplified: CharConverter): string {
  const folded = toSimplified(foldWidth(text));
  if (folded.length !== text.length) throw new Error('foldText: converter changed the text length');
  return folded;
}
