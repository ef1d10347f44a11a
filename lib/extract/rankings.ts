/**
 * A place's rank is not a count: "火灾起数居前3位的,依次为…", "排名前十位", "位列全省前五名" say
 * where places stand, not how many people (位/名) there are.
 */
import type { NumberMention } from '../schema';

// A ranking verb, a few words (全省, 全国), then 前: 居前, 位居全省前, 排名前, 位列全国前.
const RANK_BEFORE = /(?:居|位居|位列|排名|排在|名列|列|进入|跻身)[^\d,，。;；、]{0,4}前$/;
// The rank's counter: [3位], [十名], [五强].
const RANK_COUNTER = /[位名强]$/;

/** `clauseBefore`: the clause up to the figure. */
export function isRank(n: NumberMention, clauseBefore: string): boolean {
  return RANK_COUNTER.test(n.raw) && RANK_BEFORE.test(clauseBefore);
}
