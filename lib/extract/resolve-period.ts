/**
 * The time a figure is about, as ISO 8601 start/end, from the words before it, resolved against
 * the article's publication date (never the clock): 1-6月 → 2018-01/2018-06, 上半年, 今年以来,
 * 去年 → 2017, 2019年至2021年 → 2019/2021, 截至三季度末 → …/2018-09, 目前 → the month of publication.
 */
export interface Period {
  readonly start: string;
  readonly end: string;
}

export const NO_PERIOD: Period = { start: '', end: '' };

const pad = (n: number) => String(n).padStart(2, '0');
const ym = (y: number, m: number) => `${y}-${pad(m)}`;
const CN_QUARTER: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

interface Rule {
  /** Matches at the end of the text searched (the last period phrase before the figure wins). */
  readonly re: RegExp;
  /** Characters of which every match has one: a text with none of them is not searched. */
  readonly needs: string;
  readonly period: (m: RegExpExecArray, year: number, pub: { y: number; m: number; d: number } | null) => Period | null;
  /** A single month or day: in an earlier sentence it dates an event (将于10月举行), not a figure. */
  readonly event?: boolean;
}

/** Year named in the phrase, else the publication year; "去年" is the year before. */
function yearOf(word: string | undefined, year: number): number {
  if (!word) return year;
  if (word === '去年' || word === '上年') return year - 1;
  if (word === '今年' || word === '本年') return year;
  return Number(word.replace(/年度?$/, ''));
}

const YEAR = '(\\d{4}年度?|今年|去年|上年|本年)?';

const RULES: readonly Rule[] = [
  // "2019年1月至2021年12月", "2017年4月到7月"
  { needs: '年', re: /(\d{4})年(\d{1,2})月(?:至|到|-|~)(?:(\d{4})年)?(\d{1,2})月/g, period: (m) => ({ start: ym(+m[1]!, +m[2]!), end: ym(+(m[3] ?? m[1]!), +m[4]!) }) },
  // "2019年至2021年"
  { needs: '年', re: /(\d{4})年(?:至|到|-|~)(\d{4})年/g, period: (m) => ({ start: m[1]!, end: m[2]! }) },
  // "自2020年10月…以来", "2019年以来"
  { needs: '年', re: /(\d{4})年(?:(\d{1,2})月)?[^。]{0,30}以来/g, period: (m, _y, pub) => ({ start: m[2] ? ym(+m[1]!, +m[2]) : m[1]!, end: pub ? ym(pub.y, pub.m) : '' }) },
  // "1-6月", "1至6月", "今年1-9月"
  { needs: '月', re: new RegExp(`${YEAR}(\\d{1,2})\\s{0,3}(?:-|~|至|到)\\s{0,3}(\\d{1,2})月`, 'g'), period: (m, y) => ({ start: ym(yearOf(m[1], y), +m[2]!), end: ym(yearOf(m[1], y), +m[3]!) }) },
  // "上半年", "2014年上半年", "下半年"
  { needs: '半', re: new RegExp(`${YEAR}(上|下)半年`, 'g'), period: (m, y) => (m[2] === '上' ? { start: ym(yearOf(m[1], y), 1), end: ym(yearOf(m[1], y), 6) } : { start: ym(yearOf(m[1], y), 7), end: ym(yearOf(m[1], y), 12) }) },
  // "前三季度", "截至三季度末" (from the start of the year)
  { needs: '季', re: new RegExp(`${YEAR}(?:前|截至)(?:第)?([一二三四1-4])季度末?`, 'g'), period: (m, y) => ({ start: ym(yearOf(m[1], y), 1), end: ym(yearOf(m[1], y), CN_QUARTER[m[2]!]! * 3) }) },
  // "一季度", "第一季度", "今年第一季度"
  { needs: '季', re: new RegExp(`${YEAR}第?([一二三四1-4])季度`, 'g'), period: (m, y) => { const q = CN_QUARTER[m[2]!]!; return { start: ym(yearOf(m[1], y), q * 3 - 2), end: ym(yearOf(m[1], y), q * 3) }; } },
  // "今年以来", "去年以来": from the start of that year to publication
  { needs: '以', re: /(今年|去年|上年)以来/g, period: (m, y, pub) => ({ start: ym(yearOf(m[1], y), 1), end: pub ? ym(pub.y, pub.m) : String(y) }) },
  // "2017年4月", "去年9月"
  { needs: '月', re: new RegExp(`${YEAR}(\\d{1,2})月(?!\\d{1,2}日)`, 'g'), event: true, period: (m, y) => { const p = ym(m[1] ? yearOf(m[1], y) : y, +m[2]!); return { start: p, end: p }; } },
  // "2017年", "2014年度", "去年", "今年", "全年"; not the yardstick of a change (较去年提高, 比上年)
  { needs: '年', re: /(?<![比较与])(\d{4})年度?(?![\d月至到-])|(?<![比较与])去年(?!同期)|(?<![比较与])上年(?!同期)|今年/g, period: (m, y) => { const p = String(yearOf(m[0].startsWith('去') || m[0].startsWith('上') ? '去年' : m[1] ?? '今年', y)); return { start: p, end: p }; } },
  // "7月10日", "3月19日至20日" (a day in the publication year)
  { needs: '月', re: /(\d{1,2})月(\d{1,2})日/g, event: true, period: (m, y) => { const p = `${y}-${pad(+m[1]!)}-${pad(+m[2]!)}`; return { start: p, end: p }; } },
  // "目前", "现有", "如今", "截至目前": the month of publication
  { needs: '前现今', re: /目前|(?<!发)现有|如今|(?<!发)现已|截至目前|至今/g, period: (_m, _y, pub) => (pub ? { start: ym(pub.y, pub.m), end: ym(pub.y, pub.m) } : null) },
];

function parseDate(date: string): { y: number; m: number; d: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? { y: +m[1]!, m: +m[2]!, d: +m[3]! } : null;
}

/** "较2017年的1210起": a year right before the figure is the figure's own, yardstick or not. */
function ownYear(before: string): Period | null {
  const own = /(\d{4})年(?:的|底|末)?$/.exec(before.slice(-7));
  return own ? { start: own[1]!, end: own[1]! } : null;
}

/** The period a rule's match names, against the publication date; null when it names none. */
function periodOf(rule: Rule, m: RegExpExecArray, published: string): Period | null {
  const pub = parseDate(published);
  const year = pub?.y ?? NaN;
  const needsYear = Number.isNaN(year) && !/\d{4}/.test(m[0]);
  const p = needsYear ? null : rule.period(m, year, pub);
  return p && !p.start.includes('NaN') ? p : null;
}

const rulesFor = (scopesOnly: boolean) => (scopesOnly ? RULES.filter((r) => !r.event) : RULES);

/**
 * The period named last in `before` (the text preceding the figure, nearest context last): the
 * one ending last, the earlier rule on ties. `published` is the article's date (YYYY-MM-DD) or ''.
 * `scopesOnly`: skip single months and days, for text before the figure's own sentence. Reads all
 * of `before`: for the figures of one text, PeriodIndex gives the same answers reading it once.
 */
export function resolvePeriod(before: string, published: string, scopesOnly = false): Period {
  const own = ownYear(before);
  if (own) return own;
  let best: { at: number; period: Period } | null = null;
  for (const rule of rulesFor(scopesOnly)) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(before); m; m = rule.re.exec(before)) {
      const end = m.index + m[0].length;
      if (best && end <= best.at) continue;
      const p = periodOf(rule, m, published);
      if (p) best = { at: end, period: p };
    }
  }
  return best?.period ?? NO_PERIOD;
}

/**
 * How far past its start any rule can read (the longest match, 自2016年10月…30 characters…以来,
 * plus a lookahead): a search that starts further than this before the end of a text sees the same
 * characters in the text and in any longer one, so it finds the same match in both.
 */
const REACH = 48;

/** One rule's matches over a whole text, in order, with their periods (null: not a period). */
interface RuleMatches {
  readonly starts: number[];
  readonly ends: number[];
  readonly periods: Array<Period | null>;
  /** lastValid[k]: the last match at or before k with a period, or -1. */
  readonly lastValid: number[];
}

/**
 * The periods named in a text, found once, for asking what was named last before any offset in
 * it: each question costs a binary search and a rescan of the last REACH characters, so a sentence
 * or paragraph of any length is read in time linear in its length, not once per figure. The answer
 * at `x` is exactly resolvePeriod(text.slice(0, x)).
 */
export class PeriodIndex {
  private readonly rules: readonly Rule[];
  private readonly found: readonly RuleMatches[];

  constructor(private readonly text: string, private readonly published: string, scopesOnly = false) {
    // Only the rules whose characters the text has (most sentences name no period): a text before
    // an offset is part of this one, so the others find nothing there either.
    this.rules = rulesFor(scopesOnly).filter((rule) => hasAnyOf(text, rule.needs));
    this.found = this.rules.map((rule) => {
      const found: RuleMatches = { starts: [], ends: [], periods: [], lastValid: [] };
      rule.re.lastIndex = 0;
      for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
        found.starts.push(m.index);
        found.ends.push(m.index + m[0].length);
        const p = periodOf(rule, m, published);
        found.periods.push(p);
        found.lastValid.push(p ? found.periods.length - 1 : (found.lastValid[found.lastValid.length - 1] ?? -1));
      }
      return found;
    });
  }

  /** resolvePeriod(text.slice(0, x)): the period named last before offset `x`. */
  before(x: number): Period {
    const before = this.text.slice(0, x);
    const own = ownYear(before);
    if (own) return own;
    let best: { at: number; period: Period } | null = null;
    for (const [i, rule] of this.rules.entries()) {
      const f = this.found[i]!;
      // Matches that start this far back read only text before x: the same as in text[0, x).
      const safe = x - REACH;
      const k = countBelow(f.starts, safe);
      const valid = k > 0 ? f.lastValid[k - 1]! : -1;
      let last: { at: number; period: Period } | null = valid >= 0 ? { at: f.ends[valid]!, period: f.periods[valid]! } : null;
      // The rest as a search of text[0, x) would find them, from where the indexed ones end.
      rule.re.lastIndex = Math.max(k > 0 ? f.ends[k - 1]! : 0, safe, 0);
      for (let m = rule.re.exec(before); m; m = rule.re.exec(before)) {
        const p = periodOf(rule, m, this.published);
        if (p) last = { at: m.index + m[0].length, period: p };
      }
      if (last && (!best || last.at > best.at)) best = last;
    }
    return best?.period ?? NO_PERIOD;
  }
}

function hasAnyOf(text: string, chars: string): boolean {
  for (const c of chars) if (text.includes(c)) return true;
  return false;
}

/** How many of the ascending `values` are below `limit`. */
function countBelow(values: readonly number[], limit: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
