/**
 * Region names for display and search: Chinese everywhere, pinyin beside them in English.
 * Server only (pinyin comes from npm pinyin-pro): pages pass the results to the browser.
 */
import { placeInitials, placePinyin } from '../i18n/pinyin';
import { allDivisions, getDivision } from '../regions/divisions';
import type { Lang } from '../view-state';

export interface RegionChoice {
  readonly code: string;
  readonly name: string;
  readonly pinyin: string;
  /** What the search matches against, lower case: name, short name, pinyin, initials. */
  readonly keys: string;
  readonly level: 'province' | 'prefecture' | 'county';
  /** Name of the prefecture a county belongs to ('' otherwise). */
  readonly parentName: string;
}

export function regionPinyin(code: string): string {
  const d = getDivision(code);
  return d ? placePinyin(d.shortName) : '';
}

/** "丽水市" in Chinese, "丽水市 Lishui" in English; the raw name for codes outside the table. */
export function regionDisplay(code: string, fallback: string, lang: Lang): string {
  const d = getDivision(code);
  if (!d) return fallback;
  return lang === 'en' ? `${d.name} ${placePinyin(d.shortName)}` : d.name;
}

let choices: RegionChoice[] | null = null;

/** Every division of Zhejiang (province, 11 prefectures, 90 counties) for the region picker. */
export function regionChoices(): readonly RegionChoice[] {
  choices ??= allDivisions().map((d) => {
    const py = placePinyin(d.shortName);
    const parent = d.level === 'county' && d.parent ? getDivision(d.parent)?.name ?? '' : '';
    return {
      code: d.code,
      name: d.name,
      pinyin: py,
      keys: [d.name, d.shortName, py.toLowerCase().replace(/'/g, ''), placeInitials(d.shortName)].join(' '),
      level: d.level,
      parentName: parent,
    };
  });
  return choices;
}
