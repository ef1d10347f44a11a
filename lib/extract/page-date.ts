/**
 * A page's publication date from its own text, for pages the manifest does not date: a full
 * date in the masthead or footer ("2018年7月18日 星期三", "2018-07-18").
 */
const FULL_DATE = /(20\d{2}|19\d{2})\s*(?:年|-|\/|\.)\s*(\d{1,2})\s*(?:月|-|\/|\.)\s*(\d{1,2})\s*日?/;

export function dateFromText(text: string): string {
  // Mastheads sit at the top of a page, the footer at the bottom; the body's dates are events.
  for (const part of [text.slice(0, 300), text.slice(-300)]) {
    const m = FULL_DATE.exec(part);
    if (!m) continue;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCMonth() === mo - 1 && date.getUTCDate() === d) return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
  return '';
}
