/**
 * A fact row as every download writes it (FigureFields): one builder, so the table, map and
 * timeline CSVs agree field by field. Pure.
 */
import { reviewStatusOf, type ArticleRecord, type FactRow } from '../schema';
import { formatFigure } from '../i18n/format';
import type { Lang } from '../view-state';
import { indicatorName, kindOf, signedValue } from './measures';
import { timelineDate } from './timeline-date';
import type { FigureFields } from './view-types';

export function figureFields(f: FactRow, article: ArticleRecord | undefined, lang: Lang, factHref: (articleId: string, factId: string) => string): FigureFields {
  const at = timelineDate(f, article?.date);
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
    paper: article?.paper ?? '',
    published: article?.date ?? '',
    sentence: f.sentence,
    status: reviewStatusOf(f),
  };
}
