/**
 * Sentences that tell one case or one person's story: their figures are not statistics. "5月19日,
 * 警方一举抓获嫌疑人21名" (one arrest), "张某被骗3.5万元" (one victim), "该团伙…缴获电话机44部"
 * (one case's haul), "她参加了10多次培训" (one person). A story goes on into the paragraph's next
 * sentences until one speaks of a period or a whole place again (今年以来, 累计, 全市, 目前).
 */
import type { Sentence } from '../schema';

/** One case or one person, whatever else the sentence says: 张某, 某村, 一伙, 该团伙, 此案, 一名男子. */
const ONE_CASE = new RegExp([
  '某(?![些种项类])', // 张某, 鄒某等8名, 某村搬运队
  '一伙|该团伙|此团伙|(?:这|一)个[^,;。!?]{0,20}团伙|该案|此案|本案|该犯', // 打掉一个…涉恶团伙, 此案
  // 市民王女士, 一名男子 (not 女子巡逻队, not “龙游大爷”)
  '(?:女士|先生|男子|女子|小伙|大爷|老汉|老太|老伯)(?!”|[\\u4e00-\\u9fff]{0,6}(?:队|组|班))',
].join('|'));

/** An event's day, or one person's doing; a story unless the sentence also speaks of a period or a whole place. */
const ONE_DAY_OR_PERSON = new RegExp([
  '\\d{1,2}月\\d{1,2}日(?![讯电至到~-])', // 5月19日, 但不是 7月29日电 或 2月15日至21日
  '同日|当日|当天|当晚|次日|凌晨|深夜|傍晚|\\d{1,2}时许', // 同日, 当晚, 10时许
  // 一举抓获; 破获一起诈骗案 (not 十一起, not 未发生一起)
  '一举|(?<![\\d零〇一二两三四五六七八九十百千万])(?<!(?:未|没有|无)(?:发生过?)?)一起[^,;。!?]{0,12}案(?!件数)',
  // 帮助一名老人 (not 581名, 每一名, 第一名, 其中一名)
  '(?<![每第\\d,.零〇一二两三四五六七八九十百千万])(?<!其中)[一1][名位](?!以上|多)',
  '捐赠|捐款|捐助|赠送|慰问金', // 向灾区捐款2万元: one team's gift
  '(?<!其)[他她](?![们人乡])(?!(?:还|也|又|就)?(?:说|介绍|表示|告诉|坦言|透露|指出|称|谈到|认为|强调))', // 她成为了
  '自己', // 自己去年参加了20多次培训
].join('|'));

/** A period or a whole place: the sentence is about many cases (今年以来, 累计, 全市, 同比, 目前有). */
const MANY_CASES = /以来|年来|至今|累计|共计|总计|全年|截至|截止|全[省市县区国]|各地|各级|同比|环比|上半年|下半年|季度|\d+-\d+月|月份|期间|年度|总量|总数|年均|平均|每年|每月|每天|目前|现有/;

/** For each sentence, whether it tells one case or one person's story. */
export function oneCaseSentences(sentences: readonly Sentence[]): boolean[] {
  const isOneCase = oneCaseOf(sentences);
  return sentences.map((_, i) => isOneCase(i));
}

/**
 * Whether sentence i tells one case or one person's story, worked out only for the sentences asked
 * about (those with figures) and those before them in their paragraph that the answer depends on:
 * a story goes on into the next sentence, so a sentence neither ONE_CASE, ONE_DAY_OR_PERSON nor
 * MANY_CASES is what the one before it is. Each sentence is read at most once (linear, no recursion).
 */
export function oneCaseOf(sentences: readonly Sentence[]): (i: number) => boolean {
  const known = new Int8Array(sentences.length); // 0: not yet known, 1: a story, -1: not
  return (i) => {
    // Back to the first sentence whose answer does not hang on the one before it.
    let j = i;
    let value = false;
    for (; j >= 0; j--) {
      if (known[j] !== 0) {
        value = known[j] === 1;
        break;
      }
      const text = sentences[j]!.text;
      // story = ONE_CASE || ((story before || ONE_DAY_OR_PERSON) && !MANY_CASES)
      if (ONE_CASE.test(text)) {
        value = true;
        break;
      }
      if (MANY_CASES.test(text)) {
        value = false;
        break;
      }
      if (ONE_DAY_OR_PERSON.test(text)) {
        value = true;
        break;
      }
      if (j === 0 || sentences[j - 1]!.paragraph !== sentences[j]!.paragraph) {
        value = false; // a paragraph starts with no story
        break;
      }
    }
    for (let k = Math.max(j, 0); k <= i; k++) known[k] = value ? 1 : -1;
    return value;
  };
}
