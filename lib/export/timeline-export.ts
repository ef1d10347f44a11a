/**
 * The timeline's downloads besides the picture: its title (place, measure, window). Typed
 * structurally on the fields used, so it fits the dashboard's TimelineData. Pure and client-safe.
 */
import type { FigureFields } from '../data/view-types';
import { formatPeriod } from '../i18n/format';

export interface TimelinePointLike {
  readonly date: string;
  readonly value: number;
  /** The statistic as downloads write it; null for a month's count or median; absent when not sent (the dashboard's copy). */
  readonly fields?: FigureFields | null;
}

export interface TimelineLike {
  readonly mode: 'values' | 'count';
  readonly measure: { readonly id: string; readonly label: string; readonly unit: string };
  readonly series: readonly { readonly code: string; readonly name: string; readonly points: readonly TimelinePointLike[] }[];
  readonly window?: { readonly from?: string; readonly to?: string };
}

/** "丽水市 · 刑事案件 · 增减（%） · 时间线 · 2019年" / "… · timeline · 2019". */
export function timelineTitle(regionName: string, data: TimelineLike, lang: 'zh' | 'en' = 'zh'): string {
  const w = data.window ?? {};
  const when = w.from || w.to ? formatPeriod(w.from ?? '', w.to ?? '', lang) : '';
  return [regionName, data.measure.label, lang === 'en' ? 'timeline' : '时间线', when].filter(Boolean).join(' · ');
}
