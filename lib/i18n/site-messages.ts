/** Text of the page frame (skip link, footer) and of /about, in Chinese and English. */
import type { Lang } from '../view-state';

export interface SiteText {
  readonly skip: string;
  readonly extracted: (date: string) => string;
  readonly noData: string;
  readonly about: string;
  readonly authoritative: string;
}

const SITE: Readonly<Record<Lang, SiteText>> = {
  zh: {
    skip: '跳到正文',
    extracted: (d) => `数据抽取于 ${d}`,
    noData: '尚无抽取数据',
    about: '数据说明与引用',
    authoritative: '数据来自报纸版面自动抽取，请以原文为准。',
  },
  en: {
    skip: 'Skip to content',
    extracted: (d) => `Data extracted on ${d}`,
    noData: 'No data extracted yet',
    about: 'About the data and how to cite',
    authoritative: 'Extracted automatically from newspaper pages; the original text is authoritative.',
  },
};

export function siteText(lang: Lang): SiteText {
  return SITE[lang];
}
