import { jsonProp } from '@/components/common/json-prop';
import { regionDisplay } from '@/lib/data/region-names';
import type { TimelineData } from '@/lib/data/timeline-view';
import { t } from '@/lib/i18n';
import type { ViewState } from '@/lib/view-state';
import TimelinePanel from './TimelinePanel';

/** The timeline card: heading, chart (client; its marker key is drawn in it), regions on demand, data table. */
export default function TimelineSection({ data, state, search }: { data: TimelineData; state: ViewState; search: string }) {
  const m = t(state.lang).timeline;
  const empty = data.series.every((s) => s.points.length === 0);
  return (
    <section className="timeline-card" aria-labelledby="timeline-title" data-testid="timeline">
      <h2 id="timeline-title">{m.title} · {data.measure.label}</h2>
      {empty ? (
        <p className="empty" data-testid="timeline-empty" role="status">{m.empty}</p>
      ) : (
        <>
          <p className="hint">
            {data.mode === 'count' ? `${m.pickMeasure} ` : ''}{m.windowNote}
          </p>
          <TimelinePanel data={jsonProp(data)} state={state} search={search} regionName={regionDisplay(state.region, state.region, state.lang)} />
        </>
      )}
    </section>
  );
}
