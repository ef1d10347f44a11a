/**
 * Finds the figures in a (folded) text: a number with its unit and qualifier, and its offsets.
 * Dates, durations, ages, ordinals, ranges, codes and prices are not figures and are skipped.
 * Input must be folded (fold-text.ts): ASCII digits and punctuation, Simplified characters.
 */
import type { NumberMention, Qualifier } from '../schema';
import { DIGITS, NUMERAL_CHARS, fractionToPercent, parseChineseNumeral } from './chinese-numerals';
import { COUNT_UNITS, MONEY_UNITS, NON_STATISTIC_UNITS, unitAt } from './units';

// "1,234.5" | "13.7" | "三千" | "十余" (the 余 is read after) — one token, digits or words, read
// where it starts (sticky): findNumbers finds the starts by NUMBER_START.
const NUMBER = new RegExp(`(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)|([${NUMERAL_CHARS}]+)`, 'y');
/**
 * The characters a NUMBER starts with (ASCII digits and the numerals), by code unit: a table read
 * per character finds them several times faster than the regex's own search through the text.
 */
const NUMBER_START = new Uint8Array(0x10000);
for (const c of `0123456789${NUMERAL_CHARS}`) NUMBER_START[c.charCodeAt(0)] = 1;

/** Before a number: 超过3000 → more_than, 近万 → about, 不到10 → less_than. Longest first. */
const PRE_QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = [
  ['不少于', 'at_least'], ['至少', 'at_least'],
  ['超过', 'more_than'], ['突破', 'more_than'], ['多于', 'more_than'], ['高于', 'more_than'], ['逾', 'more_than'], ['超', 'more_than'],
  ['将近', 'about'], ['接近', 'about'], ['大约', 'about'], ['近', 'about'], ['约', 'about'],
  ['不到', 'less_than'], ['不足', 'less_than'], ['低于', 'less_than'], ['少于', 'less_than'],
];
/** After the unit: 99%以上 → more_than, 40周岁以下 → less_than, 100人左右 → about. */
const POST_QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = [
  ['以上', 'more_than'], ['之多', 'more_than'], ['多', 'more_than'],
  ['以下', 'less_than'], ['以内', 'less_than'], ['左右', 'about'], ['上下', 'about'],
];
/** Words that put a price before a number (零售价:1.50元): page furniture, not statistics. */
const PRICE_BEFORE = /(?:价|价格|售价|定价|票价|单价)[:：为是]?$/;
/** 零发案, 零命案: a count of zero, written as a word. */
const ZERO_WORDS: Readonly<Record<string, string>> = {
  零发案: '起', 零命案: '起', 零事故: '起', 零案件: '起', 零刑事案件: '起', 零火灾: '起', 零伤亡: '人', 零死亡: '人', 零上访: '人',
};
/** Before 一起: the event did not happen even once (未发生一起, 没有发生过一起, 无一起). */
const NOT_ONE = /(?:未|没有|没|无)(?:发生过?)?$/;
/** Idioms made of numerals that read as figures: 三五成群 is not 50%. */
const IDIOMS = /三五成群|一成不变|三番五次|三令五申|千方百计|千家万户|一五一十|七上八下|十全十美|万无一失|一心一意|一丝不苟|千千万万|成千上万|十有八九|百分之百/g;
/** A 成 that is a share (三成, 五成以上), not the start of a word (成为, 成功, 成员). */
const SHARE_CHENG = /^成(?![为功立本员果绩就熟长都群效型])/;

/** A rate's base after it: "12.62/10万" → unit /10万 (GOLD.md); the 10万 is no figure of its own. */
const RATE_BASE = /^\/(\d+|十|百|千)?万(?:人口|人)?/;
const BASE_DIGITS: Readonly<Record<string, string>> = { 十: '10', 百: '100', 千: '1000' };
/**
 * Before a figure printed without a unit, the thing it counts: "查处治安案件1326,", "发案数为85。".
 * Only these count nouns (and a clause end after the figure) make a bare number a statistic.
 */
const BARE_COUNT_BEFORE = /(?:案件|警情|事故|纠纷|火灾|起数|件数|人数|次数|宗数|数量|总数|总量|发案数|立案数|破案数|命案数)(?:为|达到|达|是|共|有)?$/;
/** A rate whose base its noun names, printed without a unit: "万车死亡率为1.52", "每10万人口发案数为3.1". */
const BASE_RATE_BEFORE = /(?:每(?:\d+|[十百千])?万人?|万车|十万人|亿元)[^,;。\d]{0,10}(?:率|数)(?:为|是|达到|达|降至|降到|下降到|升至|上升到)?$/;
/** What follows a bare figure: the clause ends, or the list goes on ("1326,同比", "85、"). */
const BARE_AFTER = /^(?:[,;。、)!?\n]|$)/;

/** Every figure in `text`, in order. */
export function findNumbers(text: string): NumberMention[] {
  const masked = text.replace(IDIOMS, (m) => '\u0000'.repeat(m.length));
  const found: NumberMention[] = [];
  // Each starts with 零, which most texts do not have: one search instead of one per word.
  for (const [word, unit] of masked.includes('零') ? Object.entries(ZERO_WORDS) : []) {
    for (let at = masked.indexOf(word); at >= 0; at = masked.indexOf(word, at + 1)) {
      found.push({ start: at, end: at + 1, raw: '零', value: 0, unit, qualifier: 'exact', written: 'words' });
    }
  }
  let covered = 0; // end of the last figure: its 万 (1.3万余人) is not a figure of its own
  for (let at = 0; at < masked.length; at++) {
    if (NUMBER_START[masked.charCodeAt(at)] === 0) continue;
    NUMBER.lastIndex = at;
    const m = NUMBER.exec(masked)!; // a digit or a numeral always starts one
    const next = at + m[0].length;
    if (at >= covered) {
      const mention = m[1] !== undefined ? readDigits(masked, at, m[1]) : readWords(masked, at, m[2]!);
      if (mention) {
        found.push(mention);
        covered = mention.end;
      }
    }
    at = next - 1; // the next token starts after this one, as a global search would go on
  }
  return found.sort((a, b) => a.start - b.start);
}

function readDigits(text: string, start: number, token: string): NumberMention | null {
  const before = text[start - 1] ?? '';
  const after = text[start + token.length] ?? '';
  // Part of a code, file name, time or expression: B-005, IMG_0023, 0571-8521, 100-1=0, 17~21时, 11:30.
  if (/[A-Za-z_\-~=+×/:.]/.test(before)) return null;
  const base = after === '/' ? RATE_BASE.exec(text.slice(start + token.length, start + token.length + 8)) : null;
  if (base) {
    const unit = `/${BASE_DIGITS[base[1] ?? ''] ?? base[1] ?? ''}万`;
    return withPostQualifier(text, start, start + token.length + base[0].length, Number(token.replace(/,/g, '')), unit, preQualifier(text, start), 'digits');
  }
  if (/[A-Za-z_\-~=+×/:]/.test(after)) return null;
  // 第5次 (an ordinal); 每10万人 (a rate's base, not a count).
  if (before === '第' || before === '每' || PRICE_BEFORE.test(text.slice(Math.max(0, start - 4), start))) return null;
  // 9成, 8成以上: tenths written in digits, as a percentage.
  if (/^[1-9]$/.test(token) && SHARE_CHENG.test(text.slice(start + 1))) {
    return withPostQualifier(text, start, start + 2, Number(token) * 10, '%', preQualifier(text, start), 'digits');
  }
  return readTail(text, start, start + token.length, Number(token.replace(/,/g, '')), 'digits');
}

function readWords(text: string, start: number, token: string): NumberMention | null {
  if (text[start - 1] === '第' || text[start - 1] === '每') return null; // 第一方阵, 第三季度; 每十万人
  const end = start + token.length;
  // 未发生一起刑事案件, 没有发生一起事故: none at all, a count of zero like 零发案.
  if (token === '一' && text[end] === '起' && NOT_ONE.test(text.slice(Math.max(0, start - 5), start))) {
    return { start, end: end + 1, raw: '一起', value: 0, unit: '起', qualifier: 'exact', written: 'words' };
  }
  // 四分之三, 百分之九十九: a share, as a percentage.
  const frac = /^分之([零〇一二两三四五六七八九十百]+)(?:点([零〇一二三四五六七八九]+))?/.exec(text.slice(end));
  if (frac) {
    const den = parseChineseNumeral(token);
    const num = parseChineseNumeral(frac[1]!);
    if (den === null || num === null || (frac[2] && den !== 100)) return null;
    // 百分之九十九点五: the decimals are read digit by digit.
    const decimals = frac[2] ? Number(`0.${Array.from(frac[2], (c) => DIGITS[c]).join('')}`) : 0;
    const value = den === 100 ? num + decimals : fractionToPercent(den, num);
    if (value === null) return null;
    const stop = end + frac[0].length;
    return withPostQualifier(text, start, stop, value, '%', preQualifier(text, start), 'words');
  }
  // Words need a digit (一…九, 两) or a leading 十: 千 alone (千家万户) or 万 alone (万人) is no
  // figure, unless a qualifier says it is one (近万人, 超千起).
  // 五六起, 七八人, 一两个: "five or six", a guess in conversation, not a figure (and never 56).
  if (/^[一二两三四五六七八九]{2}$/.test(token)) return null;
  const hasDigit = /[一二两三四五六七八九]/.test(token) || token.startsWith('十');
  // 千余名, 百余支, 万余人 (a round number and more), 上千场 (upwards of a thousand), 近万人, 超千起.
  const round = /^[百千万]$/.test(token);
  if (round && text[start - 1] === '上') return readTail(text, start - 1, end, parseChineseNumeral(token)!, 'words', 'more_than');
  // 万名志愿者, 千名民警: a round number of people, about that many.
  if ((token === '万' || token === '千') && text[end] === '名' && preQualifier(text, start) === 'exact') {
    return readTail(text, start, end, parseChineseNumeral(token)!, 'words', 'about');
  }
  if (!hasDigit && !(round && (preQualifier(text, start) !== 'exact' || /^[余多]/.test(text.slice(end))))) return null;
  // 三成, 五成以上: tenths, as a percentage.
  if (/^[一二两三四五六七八九]$/.test(token) && SHARE_CHENG.test(text.slice(end))) {
    return withPostQualifier(text, start, end + 1, parseChineseNumeral(token)! * 10, '%', preQualifier(text, start), 'words');
  }
  // 一半 after 占/超/近/达 or before 以上/左右: half, as a percentage.
  if (token === '一' && text[end] === '半' && (/[占超近达过]/.test(text[start - 1] ?? '') || /^半(?:以上|左右)/.test(text.slice(end)))) {
    return withPostQualifier(text, start, end + 1, 50, '%', preQualifier(text, start), 'words');
  }
  const value = parseChineseNumeral(token);
  if (value === null) return null;
  return readTail(text, start, end, value, 'words');
}

/** After the number: 余/多, 万/亿, then the unit and a qualifier (1.3万余人, 5600余万元, 99%以上). */
function readTail(text: string, start: number, numberEnd: number, value: number, written: 'digits' | 'words', before: Qualifier = preQualifier(text, start)): NumberMention | null {
  // One typeset space may stand between a number and its unit: "提高 1.2 个百分点".
  let at = text[numberEnd] === ' ' && text[numberEnd + 1] !== ' ' ? numberEnd + 1 : numberEnd;
  let qualifier = before;
  if (text[at] === '余' || (text[at] === '多' && text[at + 1] !== '于')) {
    qualifier = 'more_than';
    at++;
  }
  const unitWord = unitAt(text, at);
  // 万/亿 after a word numeral only follows 余/多 (十余万人); the token itself already took 三万.
  if (unitWord === '' && (text[at] === '万' || text[at] === '亿')) {
    value *= text[at] === '万' ? 1e4 : 1e8;
    at++;
    if (text[at] === '余' || text[at] === '多') {
      qualifier = 'more_than';
      at++;
    }
    return finish(text, start, at, value, unitAt(text, at), qualifier, written);
  }
  return finish(text, start, at, value, unitWord, qualifier, written);
}

function finish(text: string, start: number, at: number, value: number, unitWord: string, qualifier: Qualifier, written: 'digits' | 'words'): NumberMention | null {
  if (unitWord === '') return bareCount(text, start, at, value, qualifier, written);
  if (NON_STATISTIC_UNITS.includes(unitWord)) return null;
  // 十分 = very; 5分钟; 10时15分 (a time of day).
  if (unitWord === '分' && (written === 'words' || /^[钟之]/.test(text.slice(at + 1)) || /[时点]/.test(text[start - 1] ?? ''))) return null;
  if (unitWord === '%') return withPostQualifier(text, start, at + 1, value, '%', qualifier, written);
  if (unitWord in MONEY_UNITS) return withPostQualifier(text, start, at + unitWord.length, value * MONEY_UNITS[unitWord]!, '元', qualifier, written);
  return withPostQualifier(text, start, at + unitWord.length, value, COUNT_UNITS[unitWord]!, qualifier, written);
}

/** A figure printed without a unit after the noun it counts ("查处治安案件1326,"): unit ''. */
function bareCount(text: string, start: number, at: number, value: number, qualifier: Qualifier, written: 'digits' | 'words'): NumberMention | null {
  if (written !== 'digits' || value >= 1e6 || !BARE_AFTER.test(text.slice(at, at + 1))) return null;
  if (!BARE_COUNT_BEFORE.test(text.slice(Math.max(0, start - 6), start)) && !BASE_RATE_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return null;
  return { start, end: at, raw: text.slice(start, at), value: round(value), unit: '', qualifier, written };
}

function withPostQualifier(text: string, start: number, end: number, value: number, unit: string, qualifier: Qualifier, written: 'digits' | 'words'): NumberMention {
  const rest = text.slice(end, end + 2);
  for (const [word, q] of POST_QUALIFIERS) {
    // 多 after a unit (5米多) qualifies only when no noun follows it (多名 would be a new count).
    if (rest.startsWith(word) && !(word === '多' && /[\u4e00-\u9fff]/.test(rest[1] ?? ''))) {
      return { start, end: end + word.length, raw: text.slice(start, end + word.length), value: round(value), unit, qualifier: q, written };
    }
  }
  return { start, end, raw: text.slice(start, end), value: round(value), unit, qualifier, written };
}

function preQualifier(text: string, start: number): Qualifier {
  const before = text.slice(Math.max(0, start - 3), start);
  for (const [word, q] of PRE_QUALIFIERS) if (before.endsWith(word)) return q;
  return 'exact';
}

/** Removes floating-point noise from scaling: 1.3 × 1e4 = 13000.000000000002 → 13000. */
function round(value: number): number {
  return Number.isInteger(value) ? value : Number(value.toPrecision(12));
}
