/**
 * A fact row as every download writes it (FigureFields): one builder, so the table, map and
 * timeline CSVs agree field by field. Pure.
 */
import { reviewStatusOf, type FactRecord } from '../schema';
import { formatFigure } from '../i18n/format';
import type { Lang } from '../view-state';
import { indicatorName, kindOf, signedValue } from './measures';
import { timelineDate } from './timeline-date';
import type { FigureFields } from './view-types';

export function figureFields(f: FactRecord, lang: Lang, factHref: (articleId: string, factId: string) => string): FigureFields {
  const at = timelineDate(f, f.published);
  return {
    factId: f.factId,
    href: factHref(f.articleId, f.factId),
    indicator: f.indicator,
    indicatorName: indicatorName(f.indicator, lang),
    kind: kindOf(f),
    value: signedValue(f),
    unit: f.unit,
    qualifier: f.qualifier,
    figure: formatFigure(f, lang),
    subject: f.subject,
    periodStart: f.periodStart,
    periodEnd: f.periodEnd,
    date: at?.date ?? '',
    basis: at?.basis ?? 'none',
    paper: f.paper,
    published: f.published,
    // The words around the figure (a bounded window of its sentence: lib/data/quote.ts).
    sentence: `${f.quote.before}${f.quote.figure}${f.quote.after}`,
    status: reviewStatusOf(f),
  };
}
