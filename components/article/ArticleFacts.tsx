import Link from '@/components/common/PageLink';
import type { FactView } from '@/lib/data/region-view';
import { t } from '@/lib/i18n';
import type { Lang } from '@/lib/view-state';
import { regionHref } from '../common/factHref';
import ReviewMark from '../review/ReviewMark';

/** The statistics of the article, each linking to its place in the text and to its region. */
export default function ArticleFacts({ facts, known, lang = 'zh' }: { facts: readonly FactView[]; known: ReadonlySet<string>; lang?: Lang }) {
  const m = t(lang).article;
  if (facts.length === 0) return <p className="muted">{m.none}</p>;
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{m.figure}</th>
          <th scope="col">{m.subject}</th>
          <th scope="col">{m.region}</th>
          <th scope="col">{m.period}</th>
        </tr>
      </thead>
      <tbody>
        {facts.map((f) => (
          <tr key={f.factId}>
            <td data-label={m.figure}>
              <a href={`#fact-${f.factId}`}>{f.figure}</a>
              <ReviewMark status={f.status} lang={lang} />
            </td>
            <td data-label={m.subject}>
              <div>{f.subject || '—'}</div>
              <div className="muted small">{f.indicatorName}</div>
            </td>
            <td data-label={m.region}>{known.has(f.regionCode) ? <Link href={regionHref(f.regionCode, lang)}>{f.regionName}</Link> : f.regionName || '—'}</td>
            <td data-label={m.period}>{f.period}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
