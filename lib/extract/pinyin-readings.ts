/**
 * Pinyin readings that copy sites print in brackets after a character (下城區(qū), 發(fā)案數,
 * 系統(tǒng)): noise that breaks names, keywords and units apart (萬(wàn)元). Only a bracketed
 * tone-marked syllable right after a Han character is a reading; (app) or (10) are not.
 */

// "區(qū)", "點(diǎn)", "們(mén)": a Han character, then one tone-marked pinyin syllable in brackets.
const CANDIDATE = /(?<=[\u3400-\u9fff])\(([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜḿńňǹ][a-zü]*)\)/g;

// A pinyin syllable, tone marks removed: initial (zh, ch, sh or one letter) and final ("qu", "dian", "lve").
const SYLLABLE = /^(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?(?:i(?:ao?|an|ang|e|u|ong?|ng?)?|u(?:ai?|an|ang|o|i|e|n)?|ü(?:e|n)?|v(?:e)?|a(?:i|o|n|ng)?|o(?:u|ng)?|e(?:i|n|ng|r)?|m|ng?)$/;

/** `text` with tone marks removed: qū → qu, lǜ → lü (the diaeresis stays). */
function toneless(text: string): string {
  return text.normalize('NFD').replace(/[\u0300\u0301\u0304\u030c]/g, '').normalize('NFC');
}

// Any tone-marked letter (a reading has one): "ū" in 區(qū).
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜḿńňǹ]/;

/** The [start, end) spans of readings in `text` (folded: brackets are ASCII), in order. */
export function pinyinReadings(text: string): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  // The usual text has no tone mark: CANDIDATE's look-behind would be tried at every character.
  if (!text.includes('(') || !TONE_MARK.test(text)) return out;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    if (SYLLABLE.test(toneless(m[1]!))) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}
