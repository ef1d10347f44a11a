import type { MetricGroup } from '@/lib/data/region-view';
import LazyBarChart from '../charts/LazyBarChart';
import FactTable from './FactTable';
import { t } from '@/lib/i18n';
import type { Lang } from '@/lib/view-state';

export default function MetricSection({ group, showRegion, lang = 'zh', tableHref }: { group: MetricGroup; showRegion: boolean; lang?: Lang; tableHref: string }) {
  return (
    <section className="metric-section" id={`metric-${group.metric}`} data-metric={group.metric}>
      <h2>
        <span className="metric-dot" style={{ background: group.color }} aria-hidden />
        {group.label}
        <span className="count">{t(lang).region.count(group.total)}</span>
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
      <FactTable facts={group.facts} showRegion={showRegion} lang={lang} />
      {group.total > group.facts.length && (
        <p className="muted small">{t(lang).region.latestOf(group.facts.length, group.total)} <a href={tableHref}>{t(lang).region.inTable}</a></p>
      )}
    </section>
  );
}
