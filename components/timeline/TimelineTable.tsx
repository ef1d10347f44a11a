'use client';

import { useDetailsOpen } from '@/components/common/useDetailsOpen';
import Link from '@/components/common/PageLink';
import type { TimelineData } from '@/lib/data/timeline-view';
import { t } from '@/lib/i18n';

/**
 * The timeline's points as a table: the chart's alternative for screen readers and keyboards.
 * Its rows are drawn when it is opened, from the chart's own data (sent once): a decade of monthly
 * points is hundreds of rows that would otherwise double every view of the dashboard.
 */
export default function TimelineTable({ data }: { data: TimelineData }) {
  const m = t(data.lang).timeline;
  const { ref, open, onToggle } = useDetailsOpen();
  const rows = open ? data.series.flatMap((s) => s.points.map((p) => ({ s, p }))) : [];
  if (data.series.every((s) => s.points.length === 0)) return null;
  return (
    <details className="chart-table" ref={ref} onToggle={onToggle}>
      <summary>{m.dataTable}</summary>
      <table className="data-table stack-table" data-testid="timeline-table">
        <caption>{data.measure.label}</caption>
        <thead>
          <tr>
            <th scope="col">{m.colDate}</th>
            <th scope="col">{m.colRegion}</th>
            <th scope="col">{m.colValue}</th>
            <th scope="col">{m.colPeriod}</th>
            <th scope="col">{m.colBasis}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ s, p }) => (
            <tr key={`${s.code}-${p.factId}`}>
              <td data-label={m.colDate}>{p.date}</td>
              <th scope="row" data-label={m.colRegion}>{s.name}</th>
              <td data-label={m.colValue}><Link href={p.href}>{p.figure}</Link></td>
              <td data-label={m.colPeriod}>{p.start < p.date ? `${p.start} – ${p.date}` : p.period}</td>
              <td data-label={m.colBasis}>{p.basis === 'published' ? m.published : m.periodEnd}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
