/**
 * Traditional → Simplified conversion with opencc-js, applied only to text that has Traditional
 * characters (most pages have none, and conversion costs about 20 MB/s). The conversion keeps
 * the length of the text, so offsets stay valid: where a phrase conversion would change it, the
 * text is converted character by character.
 */
import * as OpenCC from 'opencc-js/t2cn';
import type { CharConverter } from './fold-text';

/** Common characters that exist only in Traditional script; one is enough to call the converter. */
const TRADITIONAL_HINT = /[國萬個區縣開發與為這們來會時對說產業經關應總據數項維護審機統計長門東車執體報記電網詐騙辦銀鄉鎮級專處調隊員災財務視廣協參雙傳變嚴點樂書動實際質號當無過還進運達選邊島麗灣順龍臺溫餘願鐘歲]/;

let converter: ((s: string) => string) | null = null;

function convert(text: string): string {
  converter ??= OpenCC.Converter({ from: 'tw', to: 'cn' });
  return converter(text);
}

export const toSimplified: CharConverter = (text) => {
  if (!TRADITIONAL_HINT.test(text)) return text;
  const whole = convert(text);
  if (whole.length === text.length) return whole;
  return Array.from(text, (c) => {
    const s = convert(c);
    return s.length === c.length ? s : c;
  }).join('');
};

export function hasTraditional(text: string): boolean {
  return TRADITIONAL_HINT.test(text);
}
