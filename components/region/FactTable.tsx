import Link from '@/components/common/PageLink';
import type { FactView } from '@/lib/data/region-view';
import Quote from '../common/Quote';
import ReviewMark from '../review/ReviewMark';
import { factHref, regionHref } from '../common/factHref';
import { t } from '@/lib/i18n';
import type { Lang } from '@/lib/view-state';

/** One metric's statistics: figure, period, region, and the quote it comes from. */
export default function FactTable({ facts, showRegion, lang = 'zh' }: { facts: readonly FactView[]; showRegion: boolean; lang?: Lang }) {
  const m = t(lang);
  return (
    <table className="data-table fact-table">
      <thead>
        <tr>
          {showRegion && <th scope="col" className="col-region">{m.article.region}</th>}
          <th scope="col" className="col-subject">{m.article.subject}</th>
          <th scope="col" className="col-figure">{m.article.figure}</th>
          <th scope="col" className="col-period">{m.article.period}</th>
          <th scope="col">{m.table.quote}</th>
        </tr>
      </thead>
      <tbody>
        {facts.map((f) => (
          <tr key={f.factId} data-fact={f.factId}>
            {showRegion && (
              <td data-label={m.article.region}>
                <Link href={regionHref(f.regionCode, lang)}>{f.regionName}</Link>
              </td>
            )}
            <td data-label={m.article.subject}>
              <div>{f.subject || '—'}</div>
              <div className="muted small">{f.indicatorName}</div>
            </td>
            <td className="figure-cell" data-label={m.article.figure}>
              <strong>{f.figure}</strong>
              <ReviewMark status={f.status} lang={lang} />
            </td>
            <td data-label={m.article.period}>{f.period}</td>
            <td className="quote-cell" data-label={m.table.quote}>
              <Quote quote={f.quote} />{' '}
              <Link href={factHref(f.articleId, f.factId, lang)} className="small-link" data-testid="fact-link"
                aria-label={`${m.region.open}: ${[f.regionName, f.indicatorName, f.figure, f.period].filter(Boolean).join(' ')}`}>
                {m.region.open}
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
