import type { MetricGroup } from '@/lib/data/region-view';
import LazyBarChart from '../charts/LazyBarChart';
import FactTable from './FactTable';

export default function MetricSection({ group, showRegion }: { group: MetricGroup; showRegion: boolean }) {
  return (
    <section className="metric-section" id={`metric-${group.metric}`} data-metric={group.metric}>
      <h2>
        <span className="metric-dot" style={{ background: group.color }} aria-hidden />
        {group.label}
        <span className="count">{group.facts.length}条</span>
      </h2>
      {group.charts.length > 0 && (
        <div className="chart-row">
          {group.charts.map((s) => (
            <figure key={s.measureId} className="small-chart">
              <figcaption>{s.label}</figcaption>
              <LazyBarChart series={s} color={group.color} />
            </figure>
          ))}
        </div>
      )}
      <FactTable facts={group.facts} showRegion={showRegion} />
    </section>
  );
}
