/**
 * Traditional → Simplified conversion with opencc-js, applied only to text that has Traditional
 * characters (most pages have none, and conversion costs about 20 MB/s). The conversion keeps
 * the length of the text, so offsets stay valid: where a phrase conversion would change it, the
 * text is converted character by character.
 */
import * as OpenCC from 'opencc-js/t2cn';
import type { CharConverter } from './fold-text';

/** Common characters that exist only in Traditional script; one is enough to call the converter. */
const HINT_CHARS = '國萬個區縣開發與為這們來會時對說產業經關應總據數項維護審機統計長門東車執體報記電網詐騙辦銀鄉鎮級專處調隊員災財務視廣協參雙傳變嚴點樂書動實際質號當無過還進運達選邊島麗灣順龍臺溫餘願鐘歲於並';
const IS_HINT = new Uint8Array(0x10000);
for (const c of HINT_CHARS) IS_HINT[c.charCodeAt(0)] = 1;

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
