/**
 * Chinese numerals → numbers: 三千 → 3000, 两千 → 2000, 十 → 10, 一百二十 → 120,
 * 三万五千 → 35000, 百万 → 1000000, 二〇一八 → 2018 (digit by digit).
 * Fractions and shares: 四分之三 → 75 (%), 百分之九十九 → 99 (%), 三成 → 30 (%), 一半 → 50 (%).
 */
export const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** Characters a Chinese numeral is made of. */
export const NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/** Parses a run of Chinese numeral characters; null when it is not a well-formed number. */
export function parseChineseNumeral(s: string): number | null {
  if (s.length === 0) return null;
  // Digit by digit, no units: 二〇一八 (a year) — only meaningful for 2+ digits.
  if (/^[零〇一二三四五六七八九]{2,}$/.test(s)) return Number([...s].map((c) => DIGITS[c]).join(''));
  let yi = 0; // the part before 亿, already × 1e8
  let wan = 0; // the part before 万 (below 亿), already × 1e4
  let section = 0; // the part below 万
  let digit: number | null = null;
  let lastSmall = Infinity; // 十/百/千 fall within a section: 三百二十, never 十十 or 三百千
  let seenWan = false;
  let seenYi = false;
  let at = 0;
  for (const c of s) {
    if (c in DIGITS) {
      if (digit !== null && digit !== 0) return null; // 三三 is not a number here
      digit = DIGITS[c]!;
    } else if (c in SMALL_UNITS) {
      const unit = SMALL_UNITS[c]!;
      if (unit >= lastSmall) return null;
      section += (digit ?? 1) * unit; // 十 alone is 10, 百 alone is 100
      digit = null;
      lastSmall = unit;
    } else if (c in BIG_UNITS) {
      const isYi = c === '亿';
      const value = (isYi ? wan : 0) + section + (digit ?? 0);
      if (isYi ? seenYi : seenWan) return null; // 万万, 亿亿
      if (value === 0 && at > 0) return null; // 亿万 is a word, not 100010000
      const scaled = (value === 0 ? 1 : value) * BIG_UNITS[c]!; // 万 alone → 1e4; 百万 → 100 × 1e4
      if (isYi) [yi, wan, seenYi, seenWan] = [scaled, 0, true, false];
      else [wan, seenWan] = [scaled, true];
      section = 0;
      digit = null;
      lastSmall = Infinity;
    } else {
      return null;
    }
    at++;
  }
  return yi + wan + section + (digit ?? 0);
}

/** 四分之三 → 75, 三分之一 → 33.3: a fraction as a percentage, rounded to 0.1. */
export function fractionToPercent(denominator: number, numerator: number): number | null {
  if (denominator <= 0 || numerator < 0 || numerator > denominator) return null;
  return Math.round((numerator / denominator) * 1000) / 10;
}
