/**
 * Finds the places a (folded) article text mentions, longest name first, left to right, and
 * resolves each to one code where the text allows: a township or village of several counties
 * takes the one the article names; a common-word short form (江山, 天台) counts only when a place
 * word follows it or the article names it in full; a dateline's place (本报杭州4月2日讯) is where
 * the reporter filed from, not what the story is about; a place people come from (温州籍) or, outside
 * Zhejiang, go to (赴云南) is not what a figure is about. Places outside Zhejiang are settled in
 * outside-places.ts (启东 only where the text says it is 南通's).
 */
import { getDivision } from '../regions/divisions';
import { AMBIGUOUS_SHORT, MAX_LENGTH, extendHash, gazetteer, hashSlot, type ContextWord, type PlaceLevel, type PlaceName } from './gazetteer';
import { settleOutside, type OutsideMention } from './outside-places';
import { DATELINE } from './paragraph-kind';

export type RegionMention =
  /** `labels`: a figure follows at once, as in a list of places (莲都区120支、青田县80支). */
  | {
    readonly kind: 'place'; readonly start: number; readonly end: number; readonly code: string; readonly level: PlaceLevel; readonly labels: boolean;
    /**
     * Inside brackets (台州市区(椒江、黄岩、路桥三区)) or one of several places where something was
     * done (在该市下城区等地抓获): an aside, not what the sentence is about.
     */
    readonly aside: boolean;
  }
  | { readonly kind: 'context'; readonly start: number; readonly end: number; readonly refers: ContextWord; readonly anaphoric: boolean }
  | OutsideMention;

// After a common-word short form, words that make it a place: 江山市, 天台警方, 三门县公安局.
const PLACE_AFTER = /^(?:市|县|区|警方|公安|法院|检察|交警|消防|人民|籍|境内|城区|辖区|全市|全县|当地|各地)/;
// A place named as a yardstick, not a subject: 居全省前列, 位居湖州第一, 浙江省前列.
const RANKING_AFTER = /^(?:前列|第[一二三四五六七八九十\d]|首位|之首|领先|排名|同类|平均)/;
const RANKING_BEFORE = /(?:居|位居|位列|列|排名|领跑|高于|低于|比|较|超过|超出|优于)$/;
// 全国/全省 naming an honour or a reach, not a subject: 全国平安县, 全省先进集体, 全国首个, 在全国推广.
const HONOUR_AFTER = /^(?:平安|文明|先进|优秀|模范|示范|首个|首家|首批|唯一|性|人大|政协|两会|劳模|劳动模范|五一|三八|十佳|百佳|双拥|卫生|综治|青年文明号|巾帼|推广|推行|复制|各地)/;
/** The words HONOUR_AFTER applies to. */
const WHOLE_AREA = new Set(['全国', '全省']);
/** The first character of a figure. */
const FIGURE_START = /[\d零〇一二两三四五六七八九十]/;
/** Village stems that are also campaign words: 平安村 is usually "a safe village". */
const COMMON_STEMS = /^(?:平安|和谐|文明|民主|幸福|先进|美丽|无毒|法治|新|东|西|南|北|中)(?:村|社区)$/;

// Where people come from, not where a figure is: 台湾籍14名, 温州籍犯罪嫌疑人.
const ORIGIN_AFTER = /^籍/;
// Places elsewhere that a figure's actors go to or work with, not the figure's own: 赴云南抓获, 来自江西, 联合上海警方.
const DESTINATION_BEFORE = /(?:赴|前往|奔赴|来自于?|逃往|逃至|潜逃至?|协同|会同|联合|配合)$/;
// One of several places where something happened: 在下城区等地抓获, 合肥、芜湖等城市, 下城區(qū)等地
// (a copy site's pinyin reading in brackets may stand between).
const SEVERAL_AFTER = /(?:\s*\([^()\u4e00-\u9fff]{1,8}\))?\s*等(?:地|城市|省市|省|市|县|区)/y;

export interface RawMention {
  readonly start: number;
  readonly end: number;
  readonly word: string;
  readonly name: PlaceName;
}

/** The hashes of the first 1…MAX_LENGTH characters at a position of the text scanned. */
const prefixHashes = new Int32Array(MAX_LENGTH + 1);

/**
 * The longest name at each position, left to right, a name's end being where the next is looked
 * for. A position passes the filter of its first two characters, then only the lengths of names
 * that start there are looked up, longest first, by the hash of that many characters.
 */
function scan(text: string): RawMention[] {
  const { slots, slotMask, words, names, hashes, singles, bigrams, firsts, bigramMask, lengths } = gazetteer();
  const out: RawMention[] = [];
  const n = text.length;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    // The filter tests of gazetteer.ts (first characters; bigramSlot, one bit a slot), inlined: this
    // loop runs once per character of every article. (Names of one character, of which there are
    // none, are looked for only where a longer one may start.)
    if ((firsts[c >>> 5]! & (1 << (c & 31))) === 0) {
      i++;
      continue;
    }
    const slot = (Math.imul(c, 40503) ^ text.charCodeAt(i + 1)) & bigramMask;
    if ((bigrams[slot >>> 5]! & (1 << (slot & 31))) === 0) {
      i++;
      continue;
    }
    let end = -1;
    let name: PlaceName | undefined;
    // Lengths that fit before the end of the text (bits 0 to n - i).
    let mask = lengths[slot]! & (n - i >= MAX_LENGTH ? -1 : (1 << (n - i + 1)) - 1);
    if (mask !== 0) {
      const longest = 31 - Math.clz32(mask);
      for (let k = 0, h = 0; k < longest; k++) prefixHashes[k + 1] = h = extendHash(h, text.charCodeAt(i + k));
      while (mask !== 0 && !name) {
        const length = 31 - Math.clz32(mask);
        mask &= ~(1 << length);
        const h = prefixHashes[length]!;
        for (let slot = hashSlot(h, slotMask), e = slots[slot]!; e !== 0; slot = (slot + 1) & slotMask, e = slots[slot]!) {
          const word = words[e - 1]!;
          if (hashes[e - 1] === h && word.length === length && sameAt(text, i, word)) {
            name = names[e - 1];
            end = i + length;
            break;
          }
        }
      }
    }
    if (!name) {
      name = singles.get(c);
      end = i + 1;
    }
    if (name) {
      out.push({ start: i, end, word: text.slice(i, end), name });
      i = end;
    } else {
      i++;
    }
  }
  return out;
}

/** Whether `word` stands in `text` at `at` (which has room for it). */
function sameAt(text: string, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (text.charCodeAt(at + k) !== word.charCodeAt(k)) return false;
  return true;
}

/** Spans of datelines at paragraph starts: "本报杭州4月2日讯", "中新网杭州2月14日电". */
function datelineSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let at = 0;
  for (const para of text.split('\n')) {
    const m = DATELINE.exec(para);
    if (m) spans.push([at, at + m[0].length]);
    at += para.length + 1;
  }
  return spans;
}

export function findRegions(text: string): RegionMention[] {
  const raw = scan(text);
  const datelines = datelineSpans(text);
  let d = 0; // mentions come in order: the datelines before them are passed once
  const inDateline = (m: RawMention) => {
    while (d < datelines.length && datelines[d]![1] <= m.start) d++;
    const span = datelines[d];
    return span !== undefined && m.start >= span[0] && m.end <= span[1];
  };
  const isRanking = (m: RawMention) =>
    RANKING_AFTER.test(text.slice(m.end, m.end + 3)) || RANKING_BEFORE.test(text.slice(Math.max(0, m.start - 2), m.start)) ||
    (WHOLE_AREA.has(m.word) && HONOUR_AFTER.test(text.slice(m.end, m.end + 5)));
  const kept = raw.filter((m) => !inDateline(m) && !isRanking(m) && !ORIGIN_AFTER.test(text[m.end] ?? ''));
  // Counties and prefectures named unambiguously: the context that settles the rest.
  const named = new Set<string>();
  for (const m of kept) {
    if (m.name.kind !== 'place' || m.name.codes.length !== 1 || m.name.elsewhere.length > 0) continue;
    if (m.name.level === 'county' || m.name.level === 'prefecture') {
      if (m.name.short && AMBIGUOUS_SHORT.has(m.word)) continue;
      named.add(m.name.codes[0]!);
      const parent = getDivision(m.name.codes[0]!)?.parent;
      if (parent) named.add(parent);
    }
  }
  const outside = settleOutside(kept, text, named);
  const scanned: Scanned = { kept, text, outside };
  const several = severalPlaces(scanned);
  // Whether the text names a place in full somewhere, asked once per name (not once per mention).
  const fullNames = new Map<string, boolean>();
  const namedInFull = (name: string) => fullNames.get(name) ?? fullNames.set(name, text.includes(name)).get(name)!;
  const out: RegionMention[] = [];
  let goneTo = -1; // end of the last place gone to: 赴广西宾阳 goes on to 宾阳
  for (let i = 0; i < kept.length; i++) {
    const m = kept[i]!;
    const { start, end, name } = m;
    const elsewhere = outside[i];
    // Only places outside Zhejiang: 奔赴龙游县各大路口 is still the 龙游 volunteers' own county.
    if (elsewhere && (start === goneTo || DESTINATION_BEFORE.test(text.slice(Math.max(0, start - 3), start)))) {
      goneTo = end;
      continue;
    }
    if (elsewhere) out.push(several[i] ? { ...elsewhere, aside: true } : elsewhere);
    else if (name.kind === 'context') out.push({ kind: 'context', start, end, refers: name.refers, anaphoric: name.anaphoric });
    else if (name.kind === 'place') {
      const code = resolvePlace(m, scanned, named, i, namedInFull);
      if (code) out.push({ kind: 'place', start, end, code, level: name.level, labels: FIGURE_START.test(text[end] ?? ''), aside: inBrackets(text, start) || several[i]! });
    }
  }
  return out;
}

/** A text's kept mentions and which of them are places elsewhere, for the helpers below. */
interface Scanned {
  readonly kept: readonly RawMention[];
  readonly text: string;
  readonly outside: ReadonlyArray<OutsideMention | null>;
}

/** Whether mentions a < b are neighbours in a list: 温岭、玉环, 义乌和东阳, 杭州以及宁波. */
function joined(s: Scanned, a: number, b: number): boolean {
  if (a < 0 || b >= s.kept.length) return false;
  const from = s.kept[a]!.end;
  const gap = s.kept[b]!.start - from;
  return gap === 1 ? '、和与及'.includes(s.text[from]!) : gap === 2 && s.text.startsWith('以及', from);
}

/** A sure place: a Zhejiang county or city by a name that is no word, or a place elsewhere. */
function isSure(s: Scanned, j: number): boolean {
  const m = s.kept[j]!;
  const n = m.name;
  return s.outside[j] !== null || (n.kind === 'place' && (n.level === 'county' || n.level === 'prefecture') && !(n.short && AMBIGUOUS_SHORT.has(m.word)));
}

function besidePlace(s: Scanned, i: number): boolean {
  return (joined(s, i - 1, i) && isSure(s, i - 1)) || (joined(s, i, i + 1) && isSure(s, i + 1));
}

/** Every place of a list that ends in 等地 is one of several: 在义乌、东阳等地. */
function severalPlaces(s: Scanned): boolean[] {
  const several = new Array<boolean>(s.kept.length);
  for (let i = 0; i < s.kept.length; i++) {
    SEVERAL_AFTER.lastIndex = s.kept[i]!.end;
    several[i] = SEVERAL_AFTER.test(s.text);
  }
  for (let i = s.kept.length - 2; i >= 0; i--) if (several[i + 1] && joined(s, i, i + 1)) several[i] = true;
  return several;
}

/** Brackets around an aside are at most this far apart: 台州市区(椒江、黄岩、路桥三区). */
const ASIDE_MAX = 40;

/** Whether `at` is inside a bracket pair of one line (folded text: ASCII brackets). */
function inBrackets(text: string, at: number): boolean {
  // Look no further back than an aside can reach: this runs for every place in every article.
  let open = -1;
  for (let i = at - 1; i >= Math.max(0, at - ASIDE_MAX) && open < 0; i--) {
    const c = text[i];
    if (c === ')' || c === '\n') return false;
    if (c === '(') open = i;
  }
  if (open < 0) return false;
  for (let i = at; i <= open + ASIDE_MAX && i < text.length; i++) if (text[i] === ')') return true;
  return false;
}

/** Mention i of `s`; listed beside a sure place (温岭、玉环), a common-word short form (玉环) is a place. */
function resolvePlace(m: RawMention, s: Scanned, named: ReadonlySet<string>, i: number, namedInFull: (name: string) => boolean): string | null {
  const text = s.text;
  const name = m.name;
  if (name.kind !== 'place') return null;
  if (name.level === 'township' || name.level === 'village') {
    const inContext = name.codes.filter((c) => named.has(c) || named.has(getDivision(c)?.parent ?? ''));
    if (inContext.length === 1) return inContext[0]!;
    if (name.codes.length === 1 && !(name.level === 'village' && COMMON_STEMS.test(m.word))) return name.codes[0]!;
    return null;
  }
  if (name.short && AMBIGUOUS_SHORT.has(m.word)) {
    const placeAfter = PLACE_AFTER.test(text.slice(m.end, m.end + 3));
    if (!placeAfter && !besidePlace(s, i) && !namedInFull(name.fullName)) return null;
  }
  return name.codes[0] ?? null;
}
