/**
 * What a figure counts, in a few words, for people reading the table: the noun after a count
 * (626支[平安志愿者队伍], 3000多位[公安民警]), else the clause before it without its time words,
 * verbs and direction words ([全省刑事案件]同比下降了13.7%, 2017年[安吉人民群众安全感和满意度]均取得99%).
 */

const MAX_LENGTH = 18;

// Where a noun after the figure stops: punctuation, 的/是/和, verbs that start the next phrase.
const NOUN_AFTER = /^[\u4e00-\u9fff()（）“”"]+?(?=[的是为在和与及等共同比较当现参开解,，。、;；:：!！?？\s]|成为|今年|去年|近年|目前|已|累计|全年|先后|分别|主动|积极|深入|走访|参与|$)/;
// Leading words of a clause that say when or how we know, not what: 1-6月, 今年以来, 据悉, 其中.
const LEADING = /^(?:[\s,，、:：]|\d{4}年(?:\d{1,2}(?:-\d{1,2})?月)?|\d{1,2}(?:-\d{1,2})?月(?:份)?|(?:今年|去年)以来|今年|去年|上半年|下半年|前三季度|第?[一二三四1-4]季度|该[市县区]|截至[^,，]*?(?:底|末)|据(?:悉|统计|了解)|目前|如今|其中|同时|此外|在)+/;
// Trailing words of a clause before the figure: 同比下降了, 均取得, 目前有, 达到, 共.
const TRAILING = /(?:比上月|较上月|环比|连续保持在|连续保持|保持在|保持|稳定在|连续|提高到|提升到|上升到|上升至|增加到|增长到|下降到|下降至|减少到|降低到|降至|升至|从|由|不少于|至少|不到|不足|将近|接近|大约|多于|高于|低于|少于|同比|环比|比去年|较去年|较上年|比上年|分别|均|共|总共|累计|目前|现有|已有|有|达到|发展到|增加到|增至|达|(?<![行作认成])为|是|超过|突破|取得|实现|下降|上升|增长|减少|降低|提高|提升|幅度|了|的|近|约|逾|超|在|以)+$/;
// Time words inside a clause: 开化县[1-8月]交通事故.
const TIME_INSIDE = /(?:\d{4}年)?\d{1,2}(?:-\d{1,2})?月(?:份)?|\d{4}年度?|(?:今年|去年)(?:以来)?|[上下]半年|(?:前|第)?[一二三四1-4]季度/g;
// Where a long clause may be cut, keeping what follows: 乐清市公安局交警大队今年共[查处酒驾违法行为].
const CUT_AFTER = /^.*(?:共|累计|今年|去年|已|的)/;

const cleanBefore = (before: string) => {
  // Only what follows the clause's last figure and its unit: "3.2万名、兼职网格员", "12.6万户、平安村".
  const tail = before.replace(LEADING, '').replace(TIME_INSIDE, '').replace(/^.*\d[万亿]?[余多]?[个件名位人支起家项次处所户条辆台套宗批场张部座间元%]/, '');
  const clause = tail.replace(LEADING, '').replace(TRAILING, '');
  if (clause.length <= MAX_LENGTH) return clause;
  const cut = clause.replace(CUT_AFTER, '').replace(TRAILING, '');
  return (cut.length >= 2 ? cut : clause).slice(-MAX_LENGTH);
};

/** The noun right after a count, which names what it counts: 274名[人民陪审员]、, 4起[命案积案],. */
export function nounAfter(after: string): string {
  return NOUN_AFTER.exec(after.replace(/^的/, ''))?.[0] ?? '';
}

/** `before`: the clause up to the figure; `after`: the text after the figure and its unit. */
export function describeSubject(before: string, after: string, isCount: boolean): string {
  const noun = nounAfter(after);
  if (isCount && noun.length >= 2) return noun.slice(0, MAX_LENGTH);
  const clause = cleanBefore(before.replace(/\s+/g, '').replace(/^[和及与、]/, ''));
  if (clause.length >= 2) return clause;
  return noun.length >= 2 ? noun.slice(0, 6) : clause;
}
