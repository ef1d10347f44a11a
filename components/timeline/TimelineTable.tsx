import Link from 'next/link';
import type { TimelineData } from '@/lib/data/timeline-view';
import { t } from '@/lib/i18n';

/** The timeline's points as a table: the chart's alternative for screen readers and keyboards. */
export default function TimelineTable({ data }: { data: TimelineData }) {
  const m = t(data.lang).timeline;
  const rows = data.series.flatMap((s) => s.points.map((p) => ({ s, p })));
  if (rows.length === 0) return null;
  return (
    <details className="chart-table">
      <summary>{m.dataTable}</summary>
      <table className="data-table" data-testid="timeline-table">
        <caption>{data.measure.label}</caption>
        <thead>
          <tr>
            <th scope="col">{m.colDate}</th>
            <th scope="col">{m.colRegion}</th>
            <th scope="col">{m.colValue}</th>
            <th scope="col">{m.colBasis}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ s, p }) => (
            <tr key={`${s.code}-${p.factId}`}>
              <td>{p.date}</td>
              <th scope="row">{s.name}</th>
              <td><Link href={p.href}>{p.figure}</Link></td>
              <td>{p.basis === 'published' ? m.published : (data.lang === 'zh' ? `${m.periodEnd}（${p.period}）` : `${m.periodEnd} (${p.period})`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
