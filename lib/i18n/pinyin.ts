/**
 * Pinyin of Zhejiang place names, for English readers and for the region search.
 * Server-side only (npm pinyin-pro carries a dictionary the browser should not download):
 * pages pass the strings to client components as data.
 */
import { pinyin } from 'pinyin-pro';

/** Place names the dictionary reads the common way, not the local one. */
const PLACE_READINGS: Readonly<Record<string, string>> = {
  '乐清': 'Yueqing',
  '莲都': 'Liandu',
  '丽水': 'Lishui',
  '台州': 'Taizhou',
  '天台': 'Tiantai',
  '长兴': 'Changxing',
  '嵊州': 'Shengzhou',
  '嵊泗': 'Shengsi',
};

const cache = new Map<string, string>();

/**
 * "丽水" → "Lishui", "临安" → "Lin'an" (an apostrophe where a syllable starting with a vowel
 * follows another, as in official romanisation). Non-Chinese characters are kept.
 */
export function placePinyin(shortName: string): string {
  const known = PLACE_READINGS[shortName];
  if (known) return known;
  const hit = cache.get(shortName);
  if (hit !== undefined) return hit;
  const syllables = pinyin(shortName, { toneType: 'none', type: 'array', nonZh: 'consecutive' });
  const joined = syllables
    .map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s))
    .join('');
  const out = joined.charAt(0).toUpperCase() + joined.slice(1);
  cache.set(shortName, out);
  return out;
}

/** Initials for quick search: "丽水" → "ls". */
export function placeInitials(shortName: string): string {
  return pinyin(shortName, { pattern: 'first', toneType: 'none', type: 'array' }).join('').toLowerCase();
}
