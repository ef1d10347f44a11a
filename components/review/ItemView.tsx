import type { ReviewMessages } from '@/lib/i18n/review-messages';
import type { ReviewItem } from '@/lib/review/queue';
import OffsetText from './offset-text';

/** One statistic to check: its paragraph (sentence and figure highlighted) and the extracted fields beside it. */
export default function ItemView({ item, m, indicatorLabel, qualifierLabel }: {
  item: ReviewItem; m: ReviewMessages; indicatorLabel: string; qualifierLabel: string;
}) {
  const q = m.queue;
  const ranges = [
    { start: item.sentenceStart, end: item.sentenceEnd, className: 'rv-sentence' },
    { start: item.start, end: item.end, className: 'rv-figure' },
  ];
  const period = item.periodStart || item.periodEnd ? `${item.periodStart || '…'} – ${item.periodEnd || '…'}` : '—';
  return (
    <div className="rv-item" data-fact={item.factId} data-status={item.status}>
      <div className="rv-text">
        <p className="rv-paragraph" data-article={item.articleId} lang="zh">
          <OffsetText text={item.paragraph.text} base={item.paragraph.start} ranges={ranges} />
        </p>
        <p className="rv-source">
          {q.source}: {item.articleTitle || '—'} · {item.paper || '—'} · {item.date || '—'} ·{' '}
          <a href={`/article/${encodeURIComponent(item.articleId)}#fact-${item.factId}`} target="_blank" rel="noopener">{q.openArticle}</a>
        </p>
      </div>
      <dl className="rv-fields">
        <div><dt>{q.region}</dt><dd data-field="region_code">{item.regionName || '—'} <code>{item.regionCode}</code></dd></div>
        <div><dt>{q.indicator}</dt><dd data-field="indicator">{indicatorLabel}</dd></div>
        <div><dt>{q.value}</dt><dd data-field="value"><strong>{item.value}</strong> {item.unit}</dd></div>
        <div><dt>{q.qualifier}</dt><dd data-field="qualifier">{qualifierLabel}</dd></div>
        <div><dt>{q.direction}</dt><dd data-field="direction">{m.direction[item.direction as keyof ReviewMessages['direction']] ?? item.direction}</dd></div>
        <div><dt>{q.period}</dt><dd data-field="period">{period}</dd></div>
        <div><dt>{q.subject}</dt><dd data-field="subject">{item.subject || '—'}</dd></div>
        <div><dt>{q.confidence}</dt><dd>{item.confidence.toFixed(2)}</dd></div>
      </dl>
      <p className="rv-status">
        <span className={`review-mark review-${item.status}`} title={m.statusHelp[item.status]}>{m.status[item.status]}</span>
        {item.decided && <span className="rv-decided"> {q.decidedBy(item.decided.reviewer, item.decided.at.replace('T', ' ').replace('Z', ' UTC'))}</span>}
      </p>
    </div>
  );
}
