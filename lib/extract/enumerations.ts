/**
 * Lists of figures that share a verb: "命案、七类恶性案件、侵财型案件同比分别下降8.22%、2.5%和17.1%"
 * gives each figure its own subject; "雨天发生事故106起,死亡28人,分别比去年同期上升186.5%和211%"
 * gives each change the subject of the earlier figure it refers to; "3911件8978人" is a pair.
 */

/** Between two figures of one list: "、", "和", "及", ",", nothing. */
export const LIST_GAP = /^[、,，和及与以及\s]*$/;

/** Where a list's shared verb begins: 分别, or a change verb, or 为/达. */
const LIST_VERB = /(?:同比|环比|比去年|比上年|较上年|较去年|比\d{4}年)?(?:分别|下降|减少|降低|上升|增长|提高|增加|为|达到|达)/;

/**
 * What joins the items of a list of subjects: 、, and 和/及/与/以及 where they are not part of a
 * word (参与率, 涉及, 及时, 和谐, 给与).
 */
const ITEM_JOIN = /、|以及|(?<![参给赠授])与(?!会)|(?<![涉普危波顾以])及(?!时)|(?<![平温缓调祥饱])和(?![谐平睦])/;

/**
 * Names of a fixed set of figures, said in one word: 平安建设“三率” are the sense of safety
 * (安全感满意率), awareness (知晓率) and participation (参与率), in that order.
 */
const ABBREVIATIONS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/三率[”"]?$/, ['安全感满意率', '知晓率', '参与率']],
];

/**
 * The subjects named before a list's verb, one per figure, or [] when the clause names none or
 * not as many as there are figures. `lead` is the clause text before the list's first figure.
 */
export function listSubjects(lead: string, count: number): string[] {
  const verb = LIST_VERB.exec(lead);
  const head = verb ? lead.slice(0, verb.index) : lead;
  const items = head.split(ITEM_JOIN).map((s) => s.replace(/^[\s,]+|[\s,]+$/g, '')).filter(Boolean);
  if (items.length === count) return items;
  const short = items.length === 1 ? ABBREVIATIONS.find(([word, names]) => names.length === count && word.test(items[0]!)) : undefined;
  return short ? [...short[1]] : [];
}
