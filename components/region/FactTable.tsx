import Link from 'next/link';
import type { FactView } from '@/lib/data/region-view';
import Quote from '../common/Quote';
import { factHref, regionHref } from '../common/factHref';

/** One metric's statistics: figure, period, region, and the quote it comes from. */
export default function FactTable({ facts, showRegion }: { facts: readonly FactView[]; showRegion: boolean }) {
  return (
    <table className="data-table fact-table">
      <thead>
        <tr>
          {showRegion && <th scope="col" className="col-region">地区</th>}
          <th scope="col" className="col-subject">统计对象</th>
          <th scope="col" className="col-figure">数值</th>
          <th scope="col" className="col-period">时间</th>
          <th scope="col">原文</th>
        </tr>
      </thead>
      <tbody>
        {facts.map((f) => (
          <tr key={f.factId} data-fact={f.factId}>
            {showRegion && (
              <td>
                <Link href={regionHref(f.regionCode)}>{f.regionName}</Link>
              </td>
            )}
            <td>{f.subject || '—'}</td>
            <td className="figure-cell">
              <strong>{f.figure}</strong>
            </td>
            <td>{f.period}</td>
            <td className="quote-cell">
              <Quote quote={f.quote} />{' '}
              <Link href={factHref(f.articleId, f.factId)} className="small-link" data-testid="fact-link">
                查看原文
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
