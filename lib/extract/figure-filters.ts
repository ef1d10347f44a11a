/**
 * Figures that are language, not statistics, judged from their context in the sentence:
 * "一名党员", "1个无会日" (one of something), "老朱多了2个身份" (an anecdote's small count),
 * "“两个高水平”" (a slogan in quotes), "多地出现了零命案" (a figure about unnamed places).
 */
import type { NumberMention } from '../schema';
import { unitKind } from './units';

const SMALL_COUNT_UNITS = new Set(['人', '次', '个', '家', '份', '项', '支', '条', '位', '张', '部', '场', '批', '所', '处', '座', '间', '户']);
/** Clauses where even a small count is a statistic: "死亡3人", "发生2起命案". */
const COUNTABLE_EVENTS = /死亡|受伤|伤亡|遇难|命案|案件|事故|火灾|发案|立案/;
/** Subjects that are an unnamed subset of places: 多地, 多个县, 部分地区. */
const UNNAMED_PLACES = /多地|多个(?:县|区|市|乡镇|地方)|部分(?:地区|县|市|乡镇)|一些地方|有的地方|个别地方/;
/** What follows a 个-count of a plan's parts (4个方面, 三个环节): structure, not a statistic. */
const PARTS_AFTER = /^(?:方面|环节|层面|步骤|阶段|原则|领域|维度|板块)/;
/**
 * The map of the province restated (在全省11个设区市、90个县(市、区)开展…): Zhejiang has 11
 * prefectures and 90 county-level units. A smaller count of them (18个县(市、区)被命名为…) is news.
 */
const DIVISIONS_AFTER: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(?:设区市|地级市|地市)/, 11],
  [/^(?:县[(（]?市|县市区|县区)/, 90],
];
/** Quoted text this short is a slogan or a name: “两个高水平”, “100-1=0”, “五优”. */
const SLOGAN_MAX = 12;
/** Right before an ordinal or a streak: 十一届[六次]全会 (the sixth), 连续[5次]获评, 居前[3位]. */
const ORDINAL_BEFORE: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/届$/, /次$/],
  [/连续$/, /[次届]$/],
  [/(?:前|排名|排在)$/, /[位名]$/],
];
/** Page furniture counters before a figure: "浏览次数:3572次", "阅读 5.2万", "点击数(1234)". */
const COUNTER_BEFORE = /(?:阅读|浏览|点击|访问|人气|评论|点赞|在看|转发|分享|收藏)(?:次数|量|数)?\s*[:(]?\s*$/;
const COUNTER_SIGN = /[:(\s]$/;
/** Page furniture counters after a figure: "1523次浏览", "5.2万人阅读", "326 点赞". */
const COUNTER_AFTER = /^\s?(?:浏览|阅读|点击|点赞|评论|转发|收藏)(?![量数率])/;
/**
 * A threshold that names a kind of thing, not how many there were: 600元以上的案件, 3人以上团伙,
 * 百万元以上案件, 5000人次以上规模. Shares (90%以上的村) stay: they are how many.
 */
const THRESHOLD_AFTER = /^(?:的|规模|标准|级别|案件|案|团伙|企业|单位|项目|事故|火灾)/;
const THRESHOLD_RAW = /(?:以上|以下|以内)$/;

/** Things seized in a case, counted: "缴获作案用手机35部、银行卡120张" (an inventory, not a statistic). */
const HAUL = /作案(?:工具|用)|赃物/;
const OBJECT_UNITS: ReadonlySet<string> = new Set(['部', '台', '辆', '张', '把', '块', '箱', '瓶', '套', '个', '件']);

export function isLanguageNotStatistic(n: NumberMention, clauseBefore: string, clauseAfter: string, text: string): boolean {
  const kind = unitKind(n.unit);
  // One of something (一名党员, 1个无会日), except one case counted (亡人火灾有1起).
  if (kind === 'count' && n.value === 1 && n.qualifier === 'exact' && !(n.written === 'digits' && COUNTABLE_EVENTS.test(clauseBefore + clauseAfter))) return true;
  if (kind === 'count' && n.value < 4 && n.qualifier === 'exact' && SMALL_COUNT_UNITS.has(n.unit) &&
      !COUNTABLE_EVENTS.test(clauseBefore + clauseAfter)) return true;
  if (UNNAMED_PLACES.test(clauseBefore)) return true;
  if (n.unit === '个' && PARTS_AFTER.test(clauseAfter)) return true;
  if (n.unit === '个' && DIVISIONS_AFTER.some(([after, all]) => n.value === all && after.test(clauseAfter))) return true;
  const near = clauseBefore.slice(-40); // what names a figure stands close to it; a run-on clause is not read whole
  if (ORDINAL_BEFORE.some(([before, raw]) => before.test(near) && raw.test(n.raw))) return true;
  const lead = text.slice(Math.max(0, n.start - 8), n.start);
  if (OBJECT_UNITS.has(n.unit) && HAUL.test(clauseBefore.slice(-80))) return true;
  if ((COUNTER_BEFORE.test(lead) && COUNTER_SIGN.test(lead)) || COUNTER_AFTER.test(clauseAfter)) return true;
  if ((kind === 'count' || kind === 'money') && THRESHOLD_RAW.test(n.raw) && THRESHOLD_AFTER.test(clauseAfter)) return true;
  return insideShortQuote(text, n.start);
}

/** Whether `at` is inside a quotation of at most SLOGAN_MAX characters: only that far is searched. */
function insideShortQuote(text: string, at: number): boolean {
  // The quote's ends are at most SLOGAN_MAX + 1 apart, so the open quote is no further back.
  let open = -1;
  for (let i = Math.min(at, text.length - 1); i >= Math.max(0, at - SLOGAN_MAX - 1) && open < 0; i--) {
    if (text[i] === '”') return false;
    if (text[i] === '“') open = i;
  }
  if (open < 0) return false;
  for (let i = at; i <= open + SLOGAN_MAX + 1 && i < text.length; i++) if (text[i] === '”') return true;
  return false;
}
