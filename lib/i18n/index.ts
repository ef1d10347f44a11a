/**
 * The dashboard in Chinese (default) and English: `t(lang)` gives the message table,
 * lib/i18n/format.ts the numbers and dates, lib/i18n/pinyin.ts (server only) place names.
 */
import type { Lang } from '../view-state';
import { MESSAGES, type Messages } from './messages';

export type { Messages } from './messages';
export type { Lang } from '../view-state';

export function t(lang: Lang): Messages {
  return MESSAGES[lang];
}

/** A region's name as shown: Chinese in both languages, with pinyin in English ("丽水市 Lishui"). */
export function regionLabel(name: string, pinyin: string | undefined, lang: Lang): string {
  return lang === 'en' && pinyin ? `${name} ${pinyin}` : name;
}
