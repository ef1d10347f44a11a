import Link from 'next/link';
import type { FactView } from '@/lib/data/region-view';
import { regionHref } from '../common/factHref';

/** The statistics of the article, each linking to its place in the text and to its region. */
export default function ArticleFacts({ facts, known }: { facts: readonly FactView[]; known: ReadonlySet<string> }) {
  if (facts.length === 0) return <p className="muted">本文未抽取到统计。</p>;
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">数值</th>
          <th scope="col">统计对象</th>
          <th scope="col">地区</th>
          <th scope="col">时间</th>
        </tr>
      </thead>
      <tbody>
        {facts.map((f) => (
          <tr key={f.factId}>
            <td>
              <a href={`#fact-${f.factId}`}>{f.figure}</a>
            </td>
            <td>{f.subject || '—'}</td>
            <td>{known.has(f.regionCode) ? <Link href={regionHref(f.regionCode)}>{f.regionName}</Link> : f.regionName || '—'}</td>
            <td>{f.period}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
