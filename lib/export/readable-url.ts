/**
 * A URL as people read it on paper: percent-escapes of letters decoded (metric=志愿者 … rather
 * than %E5%BF%97…), while the characters that would change the URL's meaning when typed back
 * (& # = ? + / space, and % before two hex digits) stay escaped. Pure.
 */

const KEEP = /[&#=?+/\\\s"<>]/;
const HEX2 = /^[0-9A-Fa-f]{2}/;

export function readableUrl(url: string): string {
  return url.replace(/(?:%[0-9A-Fa-f]{2})+/g, (seq, offset: number) => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(seq);
    } catch {
      return seq;
    }
    const after = url.slice(offset + seq.length);
    const chars = [...decoded];
    return chars.map((ch, i) => {
      if (KEEP.test(ch) || ch.charCodeAt(0) < 0x20 || ch === '\u007f') return encodeURIComponent(ch);
      // A bare % is fine unless what follows would read as an escape.
      if (ch === '%') return HEX2.test(i === chars.length - 1 ? after : chars.slice(i + 1, i + 3).join('')) ? '%25' : '%';
      return ch;
    }).join('');
  });
}
