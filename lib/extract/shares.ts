/**
 * Percentages that are a share of something rather than a rate of their own: a share of a total
 * is "other" (INDICATORS.md: 占事故总数的17.8%, 70%的治安案件, 发挥作用的超过90%), and a share of
 * survey respondents is a survey score (92%的受访学生了解毒品危害 → awareness).
 */
import type { IndicatorId } from '../indicators';

/** 占事故总数的17.8%, 占案件总量的四分之三, 占事故总数的半数以上,达50.6% */
const SHARE_OF_TOTAL = /占[^,;。]{0,12}(?:总数|总量|比例|比重)?的?$|占[^,;。]{0,8}(?:总数|总量)的?[^,;。\d]{0,6},达$/;
/** "发挥重要作用的超过90%", "参与巡逻的达60%": those who…, a share of them. */
const SHARE_OF_THOSE = /的(?:超过|占|达到|达|有|为|近|约|逾|不到)?$/;
/** "在全部刑事案件中作用率超过50%": among all cases, a share. */
export const AMONG = /在[^,;。]{0,20}中/;
/**
 * After the figure: "的治安案件都由纠纷而起", "的人为外来务工人员": a share of what follows; not
 * "下降13.7%的好成绩", "均取得99%以上的高分" (a rate, said with pride).
 */
const SHARE_OF_NEXT = /^的(?!高分|好成绩|成绩|佳绩|水平|目标|幅度|增幅|降幅|速度|新高|纪录|历史)/;
/** Before the figure: a change or a score ("同比下降", "满意率达"): a rate, not a share. */
const RATE_BEFORE = /(?:下降|上升|提高|增长|减少|降低|提升|增加)[^,;。]{0,6}$|(?:满意[率度]?|安全感|知晓率|参与率)[^,;。]{0,4}$/;
/**
 * After the figure: a share of survey respondents ("的受访中小学生…", "的被调查群众…"), or of
 * people saying what they think or know ("的群众对社会治安表示满意", "的居民知道报警电话").
 */
const RESPONDENTS = /^的(?:受访|被调查|受调查|参与调查|调查对象|被访)/;
const PEOPLE_SAYING = /^的(?:群众|居民|市民|民众|村民|学生|家长|网民|游客|人)[^,;。]{0,16}(?:满意|认为|表示|感到|觉得|知道|了解|知晓|参与|认可|支持)/;

/** What respondents said, most telling first: 了解毒品危害 → awareness, 表示满意 → other satisfaction. */
const SURVEY_ANSWERS: ReadonlyArray<readonly [RegExp, IndicatorId]> = [
  [/安全感|感到安全|觉得安全/, 'safety_satisfaction'],
  [/知晓|了解|知道|辨识|认识到|掌握/, 'awareness'],
  [/参与|参加/, 'participation'],
  [/满意|认可/, 'satisfaction_other'],
];

const PERCENT_UNITS: ReadonlySet<string> = new Set(['%', '‰']);

/**
 * The indicator of a percentage that is a share (other, or a survey score), or null. `before` is
 * its clause up to it, `after` the clause after it, `sentenceBefore` the sentence up to it.
 */
export function shareIndicator(before: string, after: string, unit: string, sentenceBefore = ''): IndicatorId | null {
  if (SHARE_OF_TOTAL.test(before) || SHARE_OF_TOTAL.test(sentenceBefore.slice(-40))) return 'other';
  if (!PERCENT_UNITS.has(unit)) return null;
  if (RESPONDENTS.test(after) || PEOPLE_SAYING.test(after)) return SURVEY_ANSWERS.find(([re]) => re.test(after))?.[1] ?? 'satisfaction_other';
  if (RATE_BEFORE.test(before)) return null;
  if (SHARE_OF_NEXT.test(after) || SHARE_OF_THOSE.test(before)) return 'other';
  return null;
}
