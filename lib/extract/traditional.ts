/**
 * Traditional → Simplified conversion with opencc-js, applied only to text that has Traditional
 * characters (most pages have none, and conversion costs about 20 MB/s). The conversion keeps
 * the length of the text, so offsets stay valid: where a phrase conversion would change it, the
 * text is converted character by character.
 */
import * as OpenCC from 'opencc-js/t2cn';
import ST_CHARACTERS from 'opencc-js/dict/STCharacters';
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';
import type { CharConverter } from './fold-text';

/**
 * Characters that exist only in Traditional script (獲, 萬, 個, 點, 瀏覽; about 3,000), from
 * opencc-js's own character table: those it converts that no Simplified character converts to
 * them. One is enough to call the converter on its line.
 */
const IS_HINT = new Uint8Array(0x10000);
const SIMPLIFIED = new Set(ST_CHARACTERS.split('|').map((pair) => pair.split(' ')[0]!));
for (const pair of TS_CHARACTERS.split('|')) {
  const [traditional = '', simplified = ''] = pair.split(' ');
  if (traditional.length === 1 && !simplified.includes(traditional) && !SIMPLIFIED.has(traditional)) IS_HINT[traditional.charCodeAt(0)] = 1;
}

/** A table lookup per code unit: a character-class regex this size is several times slower, and
 * every paragraph passes through here. */
function hasHint(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (IS_HINT[text.charCodeAt(i)] === 1) return true;
  return false;
}

let converter: ((s: string) => string) | null = null;

function convert(text: string): string {
  converter ??= OpenCC.Converter({ from: 'tw', to: 'cn' });
  return converter(text);
}

/** Converts line by line, and only the lines that have Traditional characters: a page with one
 * Traditional advert (中國銀行) costs one short conversion, not a whole-page one. */
export const toSimplified: CharConverter = (text) => {
  if (!hasHint(text)) return text;
  return text.split('\n').map(convertLine).join('\n');
};

function convertLine(line: string): string {
  if (!hasHint(line)) return line;
  const whole = convert(line);
  if (whole.length === line.length) return whole;
  return Array.from(line, (c) => {
    const s = convert(c);
    return s.length === c.length ? s : c;
  }).join('');
}

export function hasTraditional(text: string): boolean {
  return hasHint(text);
}
