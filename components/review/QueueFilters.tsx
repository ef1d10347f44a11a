import type { ReviewMessages } from '@/lib/i18n/review-messages';
import { QUEUE_STATUSES, type QueueFilters as Filters } from '@/lib/review/queue';
import type { Option } from './review-types';

/** The queue's filters: a plain GET form, so every filtered queue is a link. */
export default function QueueFilters({ filters, m, status, regions, indicators, papers, lang }: {
  filters: Filters; m: ReviewMessages['page']; status: ReviewMessages['status']; regions: readonly Option[];
  indicators: readonly Option[]; papers: readonly string[]; lang: string;
}) {
  return (
    <form method="get" action="/review" className="rv-filters" aria-label={m.filters}>
      {lang !== 'zh' && <input type="hidden" name="lang" value={lang} />}
      <label>{m.statusFilter}
        <select name="status" defaultValue={filters.status}>
          {QUEUE_STATUSES.map((s) => <option key={s} value={s}>{s === 'all' ? m.all : status[s]}</option>)}
        </select>
      </label>
      <label>{m.region}
        <select name="region" defaultValue={filters.region}>
          <option value="">{m.anyRegion}</option>
          {regions.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      </label>
      <label>{m.indicator}
        <select name="indicator" defaultValue={filters.indicator}>
          <option value="">{m.anyIndicator}</option>
          {indicators.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      </label>
      <label>{m.paper}
        <select name="paper" defaultValue={filters.paper}>
          <option value="">{m.anyPaper}</option>
          {papers.map((p) => <option key={p} value={p}>{p}</option>)}
        </select>
      </label>
      <label>{m.from}<input name="from" defaultValue={filters.from} placeholder="YYYY-MM" size={10} pattern="\d{4}(-\d{2}(-\d{2})?)?" /></label>
      <label>{m.to}<input name="to" defaultValue={filters.to} placeholder="YYYY-MM" size={10} pattern="\d{4}(-\d{2}(-\d{2})?)?" /></label>
      <button type="submit">{m.apply}</button>
      <a href={lang === 'zh' ? '/review' : `/review?lang=${lang}`}>{m.reset}</a>
    </form>
  );
}
