/** The choices of the review forms: regions in tree order and the indicators, labelled in the page's language. */
import { INDICATORS } from '../indicators';
import { NO_REGION_CODE } from '../schema';
import { PROVINCE, countiesOf, prefectures } from '../regions/divisions';
import type { Lang } from '../view-state';

export interface Option {
  readonly value: string;
  readonly label: string;
}

export function regionOptions(noRegion: string): Option[] {
  const out: Option[] = [{ value: PROVINCE.code, label: `${PROVINCE.name} ${PROVINCE.code}` }];
  for (const p of prefectures()) {
    out.push({ value: p.code, label: `${p.name} ${p.code}` });
    for (const c of countiesOf(p.code)) out.push({ value: c.code, label: `\u3000${c.name} ${c.code}` });
  }
  out.push({ value: NO_REGION_CODE, label: noRegion });
  return out;
}

export function indicatorOptions(lang: Lang): Option[] {
  return INDICATORS.map((i) => ({ value: i.id, label: lang === 'en' ? i.en : i.zh }));
}
