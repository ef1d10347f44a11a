/**
 * Every name by which a Zhejiang region can be mentioned, for one pass over a text (find-regions.ts):
 * divisions with their short forms (龙泉市, 龙泉), old names (玉环县), townships and villages
 * (from the generated lib/extract/data/zhejiang-places.json, npm run build:regions), context
 * words (全省, 该县) and names of places outside Zhejiang: nationwide words (全国) and every other
 * province, prefecture and county with its short form (江苏, 南京市, 徐州, 崇明区, lib/extract/
 * data/outside-divisions.json).
 */
import { allDivisions } from '../regions/divisions';
import { OLD_NAMES } from '../regions/old-names';
import places from './data/zhejiang-places.json';
import { outsideDivisions, type OutsideLevel } from './outside-divisions';
import { COMMON_WORD_COUNTIES, NATIONWIDE } from './outside-words';

export type PlaceLevel = 'province' | 'prefecture' | 'county' | 'township' | 'village';
/** 全省/我省 → province; 全市/该市 → the city in context; 全县/该县 → the county; 全区 → the district. */
export type ContextWord = 'province' | 'city' | 'county' | 'district';

export type PlaceName =
  | {
    readonly kind: 'place'; readonly level: PlaceLevel; readonly codes: readonly string[]; readonly short: boolean; readonly fullName: string;
    /** Divisions outside Zhejiang spelt the same (普陀区 is also Shanghai's): the text must say which. */
    readonly elsewhere: readonly string[];
  }
  /** `anaphoric`: 该市/该县 point back at the place named last, 全市/我市 at the article's place. */
  | { readonly kind: 'context'; readonly refers: ContextWord; readonly anaphoric: boolean }
  /** A place outside Zhejiang; `level` 'nation' (全国) has no codes. `short`: 徐州 for 徐州市. */
  | { readonly kind: 'outside'; readonly level: OutsideLevel | 'nation'; readonly codes: readonly string[]; readonly short: boolean };

/**
 * Short forms that are also common words: they count only where context says they are places
 * (江山 "the country", 天台 "rooftop", 三门 "three doors", 西湖 the lake, 钱塘 the river…).
 */
export const AMBIGUOUS_SHORT: ReadonlySet<string> = new Set([
  '江山', '天台', '三门', '长兴', '江北', '西湖', '滨江', '南湖', '钱塘', '普陀', '定海', '上城', '临海', '海盐',
  '常山', '开化', '路桥', '玉环', '仙居', '衢江', '浦江', '文成', '平湖', '龙港', '象山', '新昌', '德清', '武义',
]);

const CONTEXT_WORDS: Readonly<Record<string, ContextWord>> = {
  全省: 'province', 我省: 'province', 该省: 'province', 本省: 'province', 省内: 'province',
  全市: 'city', 我市: 'city', 该市: 'city', 本市: 'city',
  全县: 'county', 我县: 'county', 该县: 'county', 本县: 'county',
  全区: 'district', 我区: 'district', 该区: 'district', 本区: 'district',
};

/** Adds `word` → `name`; a word already there keeps or merges what it names (merged). */
function insert(names: Map<string, PlaceName>, word: string, name: PlaceName): void {
  names.set(word, merged(names.get(word) ?? null, name));
}

/** What a word names when `name` is added to `old`. */
function merged(old: PlaceName | null, name: PlaceName): PlaceName {
  // A division name wins over a township or village of the same spelling; same-level names merge codes.
  if (old?.kind === 'outside' && name.kind === 'outside') return mergeOutside(old, name);
  // A Zhejiang name wins over a place elsewhere of the same spelling, and remembers it.
  if (old?.kind === 'outside' && name.kind === 'place') return { ...name, elsewhere: old.codes };
  if (old?.kind === 'place' && name.kind === 'outside') return { ...old, elsewhere: [...old.elsewhere, ...name.codes] };
  if (old?.kind === 'place' && name.kind === 'place') {
    if (rank(name.level) > rank(old.level)) return old;
    if (rank(name.level) === rank(old.level)) return { ...old, codes: [...new Set([...old.codes, ...name.codes])] };
  }
  if (old && old.kind !== 'place' && name.kind === 'place') return old;
  return name;
}

function rank(level: PlaceLevel | 'nation'): number {
  return ['nation', 'province', 'prefecture', 'county', 'township', 'village'].indexOf(level);
}

type Outside = PlaceName & { kind: 'outside' };

/** Two places elsewhere of one spelling (吉林 the province and 吉林 the city): one name, both codes. */
function mergeOutside(a: Outside, b: Outside): Outside {
  return {
    kind: 'outside', level: rank(a.level) <= rank(b.level) ? a.level : b.level,
    codes: [...new Set([...a.codes, ...b.codes])], short: a.short && b.short,
  };
}

function build(): Map<string, PlaceName> {
  const root = new Map<string, PlaceName>();
  for (const w of NATIONWIDE) insert(root, w, { kind: 'outside', level: 'nation', codes: [], short: false });
  for (const [w, refers] of Object.entries(CONTEXT_WORDS)) insert(root, w, { kind: 'context', refers, anaphoric: w.startsWith('该') });
  for (const d of outsideDivisions()) {
    insert(root, d.name, { kind: 'outside', level: d.level, codes: [d.code], short: false });
    // 公安, 平安, 合作: a county elsewhere by a short name that is an everyday word is no name at all.
    if (d.shortName === d.name || (d.level === 'county' && COMMON_WORD_COUNTIES.has(d.shortName))) continue;
    insert(root, d.shortName, { kind: 'outside', level: d.level, codes: [d.code], short: true });
  }
  for (const d of allDivisions()) {
    const place = (short: boolean) => ({ kind: 'place', level: d.level, codes: [d.code], short, fullName: d.name, elsewhere: [] }) as const;
    insert(root, d.name, place(false));
    if (d.shortName !== d.name) insert(root, d.shortName, place(true));
  }
  for (const [name, { code }] of Object.entries(OLD_NAMES)) {
    insert(root, name, { kind: 'place', level: 'county', codes: [code], short: false, fullName: name, elsewhere: [] });
  }
  // Some 25,000 names: the names of one county share its list of codes, and all an empty list of
  // places elsewhere (never changed: merged() makes new lists), which halves the garbage of a build.
  const none: readonly string[] = [];
  for (const [level, table] of [['township', places.townships], ['village', places.villages]] as const) {
    for (const [county, names] of Object.entries(table as Record<string, string>)) {
      const codes = [county];
      for (const name of names.split('|')) insert(root, name, { kind: 'place', level, codes, short: false, fullName: name, elsewhere: none });
    }
  }
  return root;
}

export interface Gazetteer {
  /**
   * Every name of two or more characters (龙泉市, 龙泉, 锦溪镇, 全省, 江苏) by the hash of its
   * characters (nameHash), so that a text is looked up where it stands, without cutting a string
   * out of it: an open-addressed table (`slots`, probed from hashSlot(h) on), whose slot holds
   * 1 + the name's index in `words`, `names` and `hashes` (0: empty). Typed arrays, several times
   * faster to probe than a Map: this is asked at every text position that may start a name.
   */
  readonly slots: Int32Array;
  readonly slotMask: number;
  readonly words: readonly string[];
  readonly names: readonly PlaceName[];
  readonly hashes: Int32Array;
  /** The names of one character, by its code unit. */
  readonly singles: ReadonlyMap<number, PlaceName>;
  /**
   * A hashed filter of every name's first two characters, one bit a slot (128 kB, so it stays in
   * the core's cache while several threads scan): most text positions start no name.
   */
  readonly bigrams: Int32Array;
  /**
   * One bit a code unit: set when a name of two or more characters starts with it (8 kB, in the
   * core's first-level cache): half the characters of a text start none, and skip the pair filter.
   */
  readonly firsts: Int32Array;
  readonly bigramMask: number;
  /**
   * By the same slot: bit L set when a name of L characters (2 to 31) starts with a pair of
   * characters of that slot, so that only those lengths are looked up.
   */
  readonly lengths: Int32Array;
}

const BIGRAM_BITS = 20;
/** Names are at most this long (a longer one would be left out of `lengths`: build() refuses it). */
export const MAX_LENGTH = 31;

/** The filter slot of the two code units `a`, `b`. */
function bigramSlot(a: number, b: number): number {
  return (Math.imul(a, 40503) ^ b) & ((1 << BIGRAM_BITS) - 1);
}

/** The hash of a name, one code unit after another (find-regions.ts inlines it): h·31 + c. */
export const extendHash = (h: number, c: number): number => (Math.imul(h, 31) + c) | 0;
/** The first slot of `slots` probed for hash `h` (the table's mask applied). */
export const hashSlot = (h: number, mask: number): number => (Math.imul(h, 0x9e3779b1) >>> 12) & mask;

function nameHash(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = extendHash(h, word.charCodeAt(i));
  return h;
}

let cached: Gazetteer | null = null;

/**
 * Uses `g` as this process's gazetteer, one made ready before (gazetteer-file.ts) from the same
 * sources, instead of building it; no effect once the gazetteer is there.
 */
export function provideGazetteer(g: Gazetteer): void {
  cached ??= g;
}

/** The gazetteer, built once per process (about 26,000 names) unless one was provided. */
export function gazetteer(): Gazetteer {
  if (!cached) {
    const words: string[] = [];
    const names: PlaceName[] = [];
    const singles = new Map<number, PlaceName>();
    const bigrams = new Int32Array(1 << (BIGRAM_BITS - 5));
    const firsts = new Int32Array(1 << 11);
    const lengths = new Int32Array(1 << BIGRAM_BITS);
    build().forEach((name, word) => { // forEach: no [word, name] pair made per entry
      if (word.length === 1) {
        singles.set(word.charCodeAt(0), name);
        return;
      }
      if (word.length > MAX_LENGTH) throw new Error(`gazetteer: a name longer than ${MAX_LENGTH} characters: ${word}`);
      words.push(word);
      names.push(name);
      const slot = bigramSlot(word.charCodeAt(0), word.charCodeAt(1));
      bigrams[slot >>> 5]! |= 1 << (slot & 31);
      firsts[word.charCodeAt(0) >>> 5]! |= 1 << (word.charCodeAt(0) & 31);
      lengths[slot]! |= 1 << word.length;
    });
    // At most half full, so a probe ends within a slot or two.
    const slotMask = (1 << Math.max(4, 32 - Math.clz32(words.length * 2 - 1))) - 1;
    const slots = new Int32Array(slotMask + 1);
    const hashes = new Int32Array(words.length);
    for (let i = 0; i < words.length; i++) hashes[i] = nameHash(words[i]!);
    for (let i = 0; i < words.length; i++) {
      let slot = hashSlot(hashes[i]!, slotMask);
      while (slots[slot] !== 0) slot = (slot + 1) & slotMask;
      slots[slot] = i + 1;
    }
    cached = { slots, slotMask, words, names, hashes, singles, bigrams, firsts, bigramMask: (1 << BIGRAM_BITS) - 1, lengths };
  }
  return cached;
}
