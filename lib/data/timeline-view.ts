/**
 * The timeline's payload, aggregated on the server: the selected measure over time in the time
 * window, one series per region (the regions with most figures; others on demand) — one region ×
 * one measure, so one indicator, never a mix. A figure about a period spans it (start to end); a
 * figure the text gives no period for sits at its publication date, flagged `basis: 'published'`.
 * With no measure ("count"), each series is the number of figures per month: coverage of the
 * sources, not a trend.
 */
import { METRICS, reviewStatusOf, type FactRow, type ReviewStatus } from '../schema';
import { firstDay, lastDay, type Lang } from '../view-state';
import { inWindow, isWithin, type RegionTree, type TimeWindow } from './aggregate';
import type { Dataset } from './dataset';
import { figureFields } from './figure-fields';
import type { FigureFields } from './view-types';
import { formatCompact, formatFigure, measureLabel, periodOrReport, QUALIFIER_LABEL, unitName } from '../i18n/format';
import { indicatorName, matchesMeasure, signedValue, type MeasureOption } from './measures';
import { quoteOf, type Quote } from './region-view';
import { t } from '../i18n';

import { timelineDate, timelineSpan, type DateBasis } from './timeline-date';

export { timelineDate, timelineSpan, type DateBasis } from './timeline-date';

export interface TimelinePoint {
  /** YYYY-MM-DD: the last day of the period, or the publication date. */
  readonly date: string;
  /** YYYY-MM-DD: the first day of the period (= date for a publication date or a one-day period). */
  readonly start: string;
  readonly basis: DateBasis;
  /** Signed (a decrease is negative); a count of figures in count mode. */
  readonly value: number;
  /** The figure in words ("1.3万多人"); in count mode "12条统计". */
  readonly figure: string;
  readonly compact: string;
  readonly qualifier: string;
  readonly period: string;
  /** The sentence around the figure, cut to a readable length; null in count mode. */
  readonly quote: Quote | null;
  /** Where a click goes: the statistic in its article, or (count mode) the region page. */
  readonly href: string;
  readonly factId: string;
  /** What the figure counts, as the text says it (刑事立案, 平安志愿者). */
  readonly subject: string;
  /** The figure as downloads write it; null in count mode. */
  readonly fields: FigureFields | null;
  /** Whether a person has checked the figure; absent in count mode. */
  readonly status?: ReviewStatus;
}

export interface TimelineSeries {
  readonly code: string;
  /** 丽水市 (zh) / 丽水市 Lishui (en). */
  readonly name: string;
  readonly points: readonly TimelinePoint[];
  /** Figures of the region behind the series (in count mode, the sum of the points). */
  readonly total: number;
}

export interface TimelineData {
  readonly mode: 'values' | 'count';
  readonly measure: {
    readonly id: string; readonly label: string; readonly indicator: string; readonly kind: 'level' | 'change';
    readonly unit: string; readonly unitLabel: string; readonly color: string;
  };
  readonly series: readonly TimelineSeries[];
  /** Regions with figures that are not drawn yet, most figures first (loaded on demand). */
  readonly others: readonly { readonly code: string; readonly name: string; readonly count: number }[];
  /** Figures without any date (neither a period nor a publication date): not drawn. */
  readonly undated: number;
  /** The time window the figures were chosen in (also the axis' bounds). */
  readonly window: TimeWindow;
  readonly lang: Lang;
}

export interface TimelineQuery {
  readonly measure: MeasureOption | null;
  /** The region scope: the region and everything below it. */
  readonly region: string;
  readonly lang: Lang;
  /** Only figures about (or published in) this window. */
  readonly window?: TimeWindow;
  /** Draw these regions (on demand); default: the `top` regions with most figures. */
  readonly codes?: readonly string[];
  readonly top?: number;
}

export const DEFAULT_TOP = 5;
const QUOTE_SIDE = 40;

function shortQuote(q: Quote): Quote {
  const before = q.before.length > QUOTE_SIDE ? `…${q.before.slice(-QUOTE_SIDE)}` : q.before;
  const after = q.after.length > QUOTE_SIDE ? `${q.after.slice(0, QUOTE_SIDE)}…` : q.after;
  return { before, figure: q.figure, after };
}

const byDate = (a: TimelinePoint, b: TimelinePoint) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.factId < b.factId ? -1 : 1);

export function buildTimeline(
  ds: Dataset, tree: RegionTree, q: TimelineQuery,
  names: (code: string, fallback: string) => string = (c, f) => tree.get(c)?.name ?? f,
  hrefs: { fact(articleId: string, factId: string): string; region(code: string): string } = {
    fact: (a, f) => `/article/${encodeURIComponent(a)}#fact-${f}`,
    region: (c) => `/region/${c}`,
  },
): TimelineData {
  const m = q.measure?.measure;
  const lang = q.lang;
  const window = q.window ?? {};
  const inScope = ds.facts.filter((f) =>
    (!m || matchesMeasure(f, m))
    && (q.region === tree.province.code || isWithin(f.regionCode, q.region, tree))
    && inWindow(f, ds.articleById.get(f.articleId), window));

  const byRegion = new Map<string, FactRow[]>();
  for (const f of inScope) {
    const list = byRegion.get(f.regionCode) ?? [];
    list.push(f);
    byRegion.set(f.regionCode, list);
  }
  const ranked = [...byRegion].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  const wanted = q.codes
    ? ranked.filter(([code]) => q.codes!.includes(code))
    : ranked.slice(0, q.top ?? DEFAULT_TOP);
  const drawn = new Set(wanted.map(([c]) => c));

  let undated = 0;
  const series: TimelineSeries[] = wanted.map(([code, facts]) => {
    const name = names(code, facts[0]!.regionName);
    if (!m) {
      // Count mode: figures per month.
      const months = new Map<string, number>();
      for (const f of facts) {
        const at = timelineDate(f, ds.articleById.get(f.articleId)?.date);
        if (!at) continue;
        const month = at.date.slice(0, 7);
        months.set(month, (months.get(month) ?? 0) + 1);
      }
      const points = [...months].map(([month, n]): TimelinePoint => ({
        date: lastDay(month), start: firstDay(month), basis: 'period', value: n,
        figure: t(lang).timeline.countTooltip(n), compact: String(n), qualifier: '',
        period: month, quote: null, href: hrefs.region(code), factId: `${code}-${month}`, subject: '', fields: null,
      })).sort(byDate);
      return { code, name, points, total: facts.length };
    }
    const points: TimelinePoint[] = [];
    for (const f of facts) {
      const article = ds.articleById.get(f.articleId);
      const span = timelineSpan(f, article?.date);
      if (!span) continue;
      points.push({
        date: span.end, start: span.start, basis: span.basis, value: signedValue(f),
        figure: formatFigure(f, lang), compact: formatCompact(signedValue(f), f.qualifier, lang),
        qualifier: QUALIFIER_LABEL[lang][f.qualifier],
        period: periodOrReport(f.periodStart, f.periodEnd, article?.date ?? '', lang),
        quote: shortQuote(quoteOf(f, article)), href: hrefs.fact(f.articleId, f.factId), factId: f.factId, subject: f.subject, status: reviewStatusOf(f),
        fields: figureFields(f, article, lang, hrefs.fact),
      });
    }
    return { code, name, points: points.sort(byDate), total: facts.length };
  });
  for (const [code, facts] of byRegion) {
    if (!drawn.has(code)) continue;
    for (const f of facts) if (!timelineDate(f, ds.articleById.get(f.articleId)?.date)) undated++;
  }

  const measure = q.measure
    ? {
        id: q.measure.id, label: measureLabel(q.measure.measure, lang), indicator: indicatorName(q.measure.measure.indicator, lang),
        kind: q.measure.measure.kind, unit: q.measure.measure.unit, unitLabel: unitName(q.measure.measure.unit, lang),
        color: METRICS[q.measure.measure.metric].color,
      }
    : { id: 'count', label: t(lang).measure.count, indicator: t(lang).measure.countShort, kind: 'level' as const, unit: '条', unitLabel: lang === 'zh' ? '条' : 'figures', color: '#1f5f99' };

  return {
    mode: m ? 'values' : 'count',
    measure,
    series,
    others: ranked.filter(([c]) => !drawn.has(c)).map(([code, facts]) => ({ code, name: names(code, facts[0]!.regionName), count: facts.length })),
    undated,
    window: { ...(window.from ? { from: window.from } : {}), ...(window.to ? { to: window.to } : {}) },
    lang,
  };
}
