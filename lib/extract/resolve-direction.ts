/**
 * Whether a figure is a change, and which way (同比下降了13.7%, 同比增三成, 提高0.14个百分点), and
 * what it is compared with (同比 = year on year, 环比 = on the previous period, 比去年 = on last
 * year). A verb followed by 到/至/为 gives a level, not a change: 从850分增加到900分.
 */
import type { Comparison, Direction } from '../schema';

// "下降了", "下降幅度达到", "减少", "降低", "回落"
const DECREASE = /(?:下降|减少|降低|下滑|回落|下跌|减|降)/g;
// "上升", "增长", "提高", "增加", "提升", "增"
const INCREASE = /(?:上升|增长|提高|增加|提升|上涨|攀升|增|升)/g;
// "增加到", "提高至", "降为", "下降到"
const TO_LEVEL = /^(?:了)?(?:到|至|为)/;
const NOT_A_CHANGE = /新增|增设|升级|提升了?(?:服务|质量|水平)/;

function lastMatch(re: RegExp, text: string): RegExpExecArray | null {
  re.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m;
  return last;
}

/** `lead` is the clause text between the previous figure (or the clause start) and this figure. */
export function resolveDirection(lead: string): Direction {
  if (NOT_A_CHANGE.test(lead)) return 'none';
  const down = lastMatch(DECREASE, lead);
  const up = lastMatch(INCREASE, lead);
  const m = !down ? up : !up ? down : down.index > up.index ? down : up;
  if (!m) return 'none';
  if (TO_LEVEL.test(lead.slice(m.index + m[0].length))) return 'none';
  return m === down ? 'decrease' : 'increase';
}

/** What a change is measured against, from the sentence text before the figure. */
export function resolveComparison(before: string): Comparison {
  if (/同比|去年同期|上年同期/.test(before)) return 'yoy';
  if (/环比/.test(before)) return 'mom';
  if (/(?:比|较|与)(?:去年|上年|上一年|\d{4}年)/.test(before)) return 'vs_last_year';
  return '';
}
