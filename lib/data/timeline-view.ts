/**
 * The timeline's payload, aggregated on the server: the selected measure over time in the time
 * window, one series per region (the regions with most figures; others on demand) — one region ×
 * one measure, so one indicator, never a mix. A figure about a period spans it (start to end); a
 * figure the text gives no period for sits at its publication date, flagged `basis: 'published'`.
 * With no measure ("count"), each series is the number of figures per month: coverage of the
 * sources, not a trend. A series with more figures than SERIES_POINTS is drawn as monthly (or
 * yearly) medians, each linking to the region; the table below lists every figure. Pure: built
 * from query results.
 */
import { METRICS, reviewStatusOf, type FactRecord, type Quote, type ReviewStatus } from '../schema';
import type { Bin, RegionCount } from '../db/queries';
import { firstDay, lastDay, type Lang } from '../view-state';
import type { TimeWindow } from './region-tree';
import { formatCompact, formatFigure, formatPeriod, measureLabel, periodOrReport, QUALIFIER_LABEL, unitName } from '../i18n/format';
import { indicatorName, signedValue, type MeasureOption } from './measures';
import { shortenQuote } from './quote';
import { figureFields } from './figure-fields';
import type { FigureFields } from './view-types';
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
  /** The sentence around the figure, cut to a readable length; null in count mode and for medians. */
  readonly quote: Quote | null;
  /** Where a click goes: the statistic in its article, or (count mode) the region page. */
  readonly href: string;
  readonly factId: string;
  /** What the figure counts, as the text says it (刑事立案, 平安志愿者). */
  readonly subject: string;
  /**
   * The statistic as downloads write it; null for a month's count or median. Absent from the
   * dashboard's copy (TimelineQuery.fields false): its downloads fetch the series from /api/timeline.
   */
  readonly fields?: FigureFields | null;
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
  readonly lang: Lang;
  /** The window the figures were chosen in. */
  readonly window?: TimeWindow;
  /** Each statistic's download fields (default true; the dashboard leaves them out, a third of its timeline's bytes). */
  readonly fields?: boolean;
}

/** What the database says for one timeline (lib/data/view-data.ts asks it). */
export interface TimelineRows {
  /** Facts of the measure in the window per region of the scope. */
  readonly regions: readonly RegionCount[];
  /** The regions drawn (drawnRegions). */
  readonly drawn: readonly RegionCount[];
  /** Dated facts of the drawn regions drawn point by point. */
  readonly facts: readonly FactRecord[];
  /** Per month (or year) summaries of the other drawn regions, and of all in count mode. */
  readonly bins: readonly Bin[];
}

export const DEFAULT_TOP = 5;
/** A series with more dated figures than this is drawn as medians per month (per year past this many months). */
export const SERIES_POINTS = 200;
const QUOTE_SIDE = 40;

/** Regions by how many figures they have (most first, then by code). */
export function rankRegions(regions: readonly RegionCount[]): RegionCount[] {
  return [...regions].sort((a, b) => b.facts - a.facts || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** The series to draw: `codes` when asked for (in rank order), else the `top` regions with most figures. */
export function drawnRegions(regions: readonly RegionCount[], codes?: readonly string[], top = DEFAULT_TOP): RegionCount[] {
  const ranked = rankRegions(regions);
  return codes ? ranked.filter((r) => codes.includes(r.code)) : ranked.slice(0, top);
}

/** How a drawn series is fetched: its figures one by one, or summarised per month or year. */
export function seriesGrain(r: RegionCount, counting: boolean): 'facts' | 7 | 4 {
  if (!counting && r.facts - r.undated <= SERIES_POINTS) return 'facts';
  const months = r.first && r.last ? (Number(r.last.slice(0, 4)) - Number(r.first.slice(0, 4))) * 12 + Number(r.last.slice(5, 7)) - Number(r.first.slice(5, 7)) + 1 : 0;
  return counting || months <= SERIES_POINTS ? 7 : 4;
}

const byDate = (a: TimelinePoint, b: TimelinePoint) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.factId < b.factId ? -1 : 1);

export function buildTimeline(
  rows: TimelineRows, q: TimelineQuery,
  names: (code: string, fallback: string) => string,
  hrefs: { fact(articleId: string, factId: string): string; region(code: string): string } = {
    fact: (a, f) => `/article/${encodeURIComponent(a)}#fact-${f}`,
    region: (c) => `/region/${c}`,
  },
): TimelineData {
  const m = q.measure?.measure;
  const lang = q.lang;
  const window = q.window ?? {};
  const msg = t(lang).timeline;
  const unit = m ? (lang === 'zh' ? m.unit : ` ${unitName(m.unit, lang)}`) : '';

  const withFields = q.fields ?? true;
  const factsBy = new Map<string, TimelinePoint[]>();
  const add = (code: string, p: TimelinePoint) => {
    const list = factsBy.get(code);
    if (list) list.push(p);
    else factsBy.set(code, [p]);
  };
  for (const f of rows.facts) {
    const span = timelineSpan(f, f.published);
    if (!span) continue;
    const point: TimelinePoint = {
      date: span.end, start: span.start, basis: span.basis, value: signedValue(f),
      figure: formatFigure(f, lang), compact: formatCompact(signedValue(f), f.qualifier, lang),
      qualifier: QUALIFIER_LABEL[lang][f.qualifier],
      period: periodOrReport(f.periodStart, f.periodEnd, f.published, lang),
      quote: shortenQuote(f.quote, QUOTE_SIDE), href: hrefs.fact(f.articleId, f.factId), factId: f.factId, subject: f.subject, status: reviewStatusOf(f),
      ...(withFields ? { fields: figureFields(f, lang, hrefs.fact) } : {}),
    };
    add(f.regionCode, point);
  }
  for (const b of rows.bins) {
    const value = m ? b.median : b.facts;
    const point: TimelinePoint = {
      date: lastDay(b.bin), start: firstDay(b.bin), basis: 'period', value,
      figure: m ? msg.medianTooltip(b.facts, `${formatCompact(value, 'exact', lang)}${unit}`) : msg.countTooltip(b.facts),
      compact: m ? formatCompact(value, 'exact', lang) : String(b.facts), qualifier: '',
      period: m ? formatPeriod(b.bin, b.bin, lang) : b.bin, quote: null, href: hrefs.region(b.code), factId: `${b.code}-${b.bin}`, subject: '',
      ...(withFields ? { fields: null } : {}),
    };
    add(b.code, point);
  }

  const drawn = new Set(rows.drawn.map((r) => r.code));
  const series: TimelineSeries[] = rows.drawn.map((r) => ({
    code: r.code, name: names(r.code, r.name), points: (factsBy.get(r.code) ?? []).sort(byDate), total: r.facts,
  }));
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
    others: rankRegions(rows.regions).filter((r) => !drawn.has(r.code)).map((r) => ({ code: r.code, name: names(r.code, r.name), count: r.facts })),
    undated: rows.drawn.reduce((n, r) => n + r.undated, 0),
    window: { ...(window.from ? { from: window.from } : {}), ...(window.to ? { to: window.to } : {}) },
    lang,
  };
}
