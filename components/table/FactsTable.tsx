import Link from '@/components/common/PageLink';
import Quote from '@/components/common/Quote';
import type { TableData } from '@/lib/data/table-view';
import { t } from '@/lib/i18n';
import ReviewLegend from '@/components/review/ReviewLegend';
import ReviewMark from '@/components/review/ReviewMark';
import { hrefFor, type ViewState } from '@/lib/view-state';
import DownloadCsv from './DownloadCsv';
import Pagination from './Pagination';
import SortHeader from './SortHeader';

export interface FactsTableProps {
  readonly state: ViewState;
  readonly table: TableData;
  /** For the empty state: the region's name and the window in words. */
  readonly regionName: string;
  readonly windowText: string;
  readonly csvName: string;
}

/** The filtered statistics, one page at a time; every row links to its highlighted sentence. */
export default function FactsTable({ state, table, regionName, windowText, csvName }: FactsTableProps) {
  const m = t(state.lang).table;
  const tl = t(state.lang).timeline;
  if (table.total === 0) {
    return <p className="empty" data-testid="table-empty" role="status">{m.empty(regionName, windowText)}</p>;
  }
  return (
    <div className="facts-table-wrap">
      <div className="table-tools">
        <span data-testid="table-total">{m.caption(table.total)}</span>
        <DownloadCsv rows={table.rows} filename={csvName} label={m.download} />
      </div>
      <table className="data-table fact-table" data-testid="facts-table">
        <caption>{m.title} · {m.page(table.page, table.pages)}</caption>
        <thead>
          <tr>
            <SortHeader state={state} sortKey="region" label={m.region} className="col-region" />
            <th scope="col" className="col-subject">{m.subject}</th>
            <SortHeader state={state} sortKey="value" label={m.figure} className="col-figure" />
            <SortHeader state={state} sortKey="date" label={m.period} className="col-period" />
            <th scope="col">{m.quote}</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => (
            <tr key={r.factId} data-fact={r.factId} data-date={r.date} data-value={r.value}>
              <th scope="row" data-label={m.region}>{r.region}</th>
              <td data-label={m.subject}>
                <div>{r.subject}</div>
                <div className="muted small row-measure">{r.measure}</div>
              </td>
              <td className="figure-cell" data-label={m.figure}>
                <Link href={r.href} data-testid="table-fact-link">{r.figure}</Link>
                <ReviewMark status={r.status} lang={state.lang} />
              </td>
              <td data-label={m.period}>
                {r.period}
                {r.basis === 'published' && <span className="marker marker-published" title={tl.published}> △<span className="visually-hidden">{tl.published}</span></span>}
              </td>
              <td className="quote-cell" data-label={m.quote}>
                <Quote quote={r.quote} />
                <div className="muted small">{r.paper}</div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination state={state} page={table.page} pages={table.pages} />
      <ReviewLegend lang={state.lang} reviewed={state.reviewed} toggleHref={hrefFor('/', state, { reviewed: !state.reviewed })} />
    </div>
  );
}
