/**
 * The units a figure can carry, as readonly tables. A figure needs a unit to be a statistic:
 * a bare number (110, 12345) is a name or a code, not a count.
 */

/** Units of counts, normalised as GOLD.md says: 名/位/人 → 人, 百分点 → 个百分点, 平方千米 → 平方公里. */
export const COUNT_UNITS: Readonly<Record<string, string>> = {
  个百分点: '个百分点', 百分点: '个百分点', 个千分点: '个千分点', 千分点: '个千分点', '‰': '‰',
  // "下降0.12个十万分点" (a rate per 100,000 changing), "个万分点"
  个十万分点: '个十万分点', 十万分点: '个十万分点', 个万分点: '个万分点', 万分点: '个万分点',
  平方公里: '平方公里', 平方千米: '平方公里',
  人次: '人次', 户次: '户次', 家次: '家次',
  人: '人', 名: '人', 位: '人',
  支: '支', 件: '件', 起: '起', 个: '个', 次: '次', 家: '家', 份: '份', 项: '项', 处: '处',
  所: '所', 座: '座', 条: '条', 辆: '辆', 户: '户', 间: '间', 台: '台', 套: '套', 宗: '宗',
  批: '批', 场: '场', 吨: '吨', 公斤: '公斤', 千克: '公斤', 公里: '公里', 分: '分', 张: '张', 部: '部',
};

/** Money: the value is scaled to 元 (1.3万元 → 13000 元). */
export const MONEY_UNITS: Readonly<Record<string, number>> = { 元: 1, 万元: 1e4, 亿元: 1e8 };

/**
 * Units that make a number a date, a time, a duration or an age: never a statistic
 * (3月19日, 2017年, 3个月, 4小时, 11点, 45岁).
 */
export const NON_STATISTIC_UNITS: readonly string[] = [
  '个多月', '个月', '个季度', '季度', '周岁', '岁', '年度', '年', '月', '日', '天', '小时', '分钟', '秒', '周', '星期',
  '时', '点', '号', '期', '版', '届', '代', '级',
];

/** Every unit word, longest first, for matching right after a number. */
export const UNIT_WORDS: readonly string[] = [
  ...Object.keys(COUNT_UNITS), ...Object.keys(MONEY_UNITS), ...NON_STATISTIC_UNITS, '%',
].sort((a, b) => b.length - a.length || a.localeCompare(b));

/** Changes of a rate, in points: 个百分点, 个千分点, 个万分点, 个十万分点. */
const POINTS: ReadonlySet<string> = new Set(['个百分点', '个千分点', '个万分点', '个十万分点']);

export type UnitKind = 'count' | 'money' | 'percent' | 'points' | 'rate' | 'none';

export function unitKind(unit: string): UnitKind {
  if (unit === '%' || unit === '‰') return 'percent';
  if (POINTS.has(unit)) return 'points';
  if (unit.startsWith('/')) return 'rate'; // 12.62/10万
  if (unit === '元') return 'money';
  if (unit === '') return 'none';
  return 'count';
}

/** Unit words by their first character, longest first: one lookup per figure, not one per unit. */
const UNITS_BY_FIRST: ReadonlyMap<string, readonly string[]> = UNIT_WORDS.reduce((m, u) => {
  m.set(u[0]!, [...(m.get(u[0]!) ?? []), u]);
  return m;
}, new Map<string, string[]>());

/** The unit word at `text[at…]`, longest first, or ''. */
export function unitAt(text: string, at: number): string {
  for (const u of UNITS_BY_FIRST.get(text[at] ?? '') ?? []) if (text.startsWith(u, at)) return u;
  return '';
}
