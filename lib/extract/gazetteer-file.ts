/**
 * The gazetteer (gazetteer.ts) as one file of bytes, so that an extraction worker reads it ready-made
 * instead of building it at every start (building: some 70 ms; reading: some 30 ms). The typed
 * arrays are stored as they are; the names as compact JSON (code lists shared by index, each name an
 * array of numbers, with its full name only where it is not the word itself: parsing strings is
 * what JSON.parse is slow at), rebuilt as objects of the same shape as the build makes.
 * The file says nothing of its sources: the caller keys its name on them (page-pool.ts keys it on
 * the worker bundle's hash) and rebuilds it when they change.
 */
import type { ContextWord, Gazetteer, PlaceLevel, PlaceName } from './gazetteer';
import type { OutsideLevel } from './outside-divisions';

const FORMAT = 1;

const PLACE_LEVELS: readonly PlaceLevel[] = ['province', 'prefecture', 'county', 'township', 'village'];
const CONTEXT_WORDS: readonly ContextWord[] = ['province', 'city', 'county', 'district'];
const OUTSIDE_LEVELS: ReadonlyArray<OutsideLevel | 'nation'> = ['province', 'prefecture', 'county', 'nation'];
/** Added to the index of a name's level (or of what a context word refers to): its kind. */
const PLACE = 0;
const CONTEXT = 8;
const OUTSIDE = 16;

/**
 * [PLACE + level, short, full name or 0 (the word itself), codes, elsewhere] | [CONTEXT + refers,
 * anaphoric] | [OUTSIDE + level, short, codes]; codes and elsewhere index `codeLists`.
 */
type Encoded = readonly (number | string)[];

interface Header {
  readonly format: number;
  readonly slotMask: number;
  readonly bigramMask: number;
  /** Element counts of slots, hashes, bigrams, firsts, lengths, in that order. */
  readonly arrays: readonly number[];
  /** Bytes of the names' JSON, then of the words (joined by line breaks). */
  readonly namesBytes: number;
  readonly wordsBytes: number;
}

interface Names {
  readonly codeLists: ReadonlyArray<readonly string[]>;
  readonly names: readonly Encoded[];
  readonly singles: ReadonlyArray<readonly [number, Encoded]>;
}

/** The gazetteer as bytes; null when it cannot be stored so (a word with a line break). */
export function encodeGazetteer(g: Gazetteer): Uint8Array | null {
  if (g.words.some((w) => w.includes('\n'))) return null;
  const listIndex = new Map<string, number>();
  const codeLists: (readonly string[])[] = [];
  const list = (codes: readonly string[]): number => {
    const key = codes.join(',');
    let i = listIndex.get(key);
    if (i === undefined) {
      i = codeLists.push(codes) - 1;
      listIndex.set(key, i);
    }
    return i;
  };
  const encode = (n: PlaceName, word: string): Encoded => {
    if (n.kind === 'place') return [PLACE + PLACE_LEVELS.indexOf(n.level), n.short ? 1 : 0, n.fullName === word ? 0 : n.fullName, list(n.codes), list(n.elsewhere)];
    if (n.kind === 'context') return [CONTEXT + CONTEXT_WORDS.indexOf(n.refers), n.anaphoric ? 1 : 0];
    return [OUTSIDE + OUTSIDE_LEVELS.indexOf(n.level), n.short ? 1 : 0, list(n.codes)];
  };
  const names: Names = {
    codeLists,
    names: g.names.map((n, i) => encode(n, g.words[i]!)),
    singles: [...g.singles].map(([c, n]) => [c, encode(n, String.fromCharCode(c))] as const),
  };
  // Every level is one the decoder knows (indexOf gives -1 for another).
  if ([...names.names, ...names.singles.map(([, e]) => e)].some((e) => (e[0] as number) % 8 < 0 || (e[0] as number) % 8 > 4)) return null;
  const namesBytes = Buffer.from(JSON.stringify(names));
  const wordsBytes = Buffer.from(g.words.join('\n'));
  const arrays = [g.slots, g.hashes, g.bigrams, g.firsts, g.lengths];
  const header: Header = {
    format: FORMAT, slotMask: g.slotMask, bigramMask: g.bigramMask, arrays: arrays.map((a) => a.length),
    namesBytes: namesBytes.length, wordsBytes: wordsBytes.length,
  };
  const headerBytes = Buffer.from(JSON.stringify(header));
  // [header length: 4 bytes][header, padded to 4 bytes][the arrays][the names][the words]
  const padded = (headerBytes.length + 3) & ~3;
  const head = Buffer.alloc(4 + padded, 0x20);
  head.writeUInt32LE(headerBytes.length, 0);
  headerBytes.copy(head, 4);
  return Buffer.concat([head, ...arrays.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength)), namesBytes, wordsBytes]);
}

/** The gazetteer read back from encodeGazetteer's bytes; null when they are not such bytes. */
export function decodeGazetteer(bytes: Uint8Array): Gazetteer | null {
  try {
    const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const headerLength = b.readUInt32LE(0);
    const header = JSON.parse(b.toString('utf8', 4, 4 + headerLength)) as Header;
    if (header.format !== FORMAT || header.arrays.length !== 5) return null;
    let at = 4 + ((headerLength + 3) & ~3);
    const ints = header.arrays.map((n) => {
      // Copied out: the file's buffer need not be aligned for an Int32Array view.
      const a = new Int32Array(n);
      Buffer.from(a.buffer).set(b.subarray(at, at + n * 4));
      at += n * 4;
      return a;
    });
    const names = JSON.parse(b.toString('utf8', at, at + header.namesBytes)) as Names;
    at += header.namesBytes;
    const words = b.toString('utf8', at, at + header.wordsBytes).split('\n');
    if (at + header.wordsBytes !== b.length || words.length !== names.names.length) return null;
    const lists = names.codeLists;
    const decode = (e: Encoded, word: string): PlaceName => {
      const tag = e[0] as number;
      if (tag < CONTEXT) {
        return { kind: 'place', level: PLACE_LEVELS[tag - PLACE]!, codes: lists[e[3] as number]!, short: e[1] === 1, fullName: e[2] === 0 ? word : e[2] as string, elsewhere: lists[e[4] as number]! };
      }
      if (tag < OUTSIDE) return { kind: 'context', refers: CONTEXT_WORDS[tag - CONTEXT]!, anaphoric: e[1] === 1 };
      return { kind: 'outside', level: OUTSIDE_LEVELS[tag - OUTSIDE]!, codes: lists[e[2] as number]!, short: e[1] === 1 };
    };
    const [slots, hashes, bigrams, firsts, lengths] = ints as [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];
    if (hashes.length !== words.length) return null;
    return {
      slots, slotMask: header.slotMask, words, names: names.names.map((e, i) => decode(e, words[i]!)), hashes,
      singles: new Map(names.singles.map(([c, e]) => [c, decode(e, String.fromCharCode(c))])), bigrams, firsts, bigramMask: header.bigramMask, lengths,
    };
  } catch {
    return null;
  }
}
