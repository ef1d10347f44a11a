/**
 * Where a figure sits in time: the end of the period it is about, else the date it was published
 * (flagged as such). Pure.
 */
import type { FactRow } from '../schema';
import { firstDay, lastDay } from '../view-state';

export type DateBasis = 'period' | 'published';

/** Where a figure sits on the time axis: the end of its period, else its publication date. */
export function timelineDate(f: Pick<FactRow, 'periodStart' | 'periodEnd'>, published: string | undefined): { date: string; basis: DateBasis } | null {
  const p = f.periodEnd || f.periodStart;
  if (p) return { date: lastDay(p), basis: 'period' };
  if (published) return { date: published, basis: 'published' };
  return null;
}

/** The span a figure covers on the time axis: its period (first to last day), else its publication day. */
export function timelineSpan(f: Pick<FactRow, 'periodStart' | 'periodEnd'>, published: string | undefined): { start: string; end: string; basis: DateBasis } | null {
  const at = timelineDate(f, published);
  if (!at) return null;
  return { start: at.basis === 'period' ? firstDay(f.periodStart || f.periodEnd) : at.date, end: at.date, basis: at.basis };
}

