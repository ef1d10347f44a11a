import Link from '@/components/common/PageLink';
import { t } from '@/lib/i18n';
import { hrefFor, type SortKey, type ViewState } from '@/lib/view-state';

/** A column header that sorts the table: a link (keyboard reachable), aria-sort on the column. */
export default function SortHeader({ state, sortKey, label, className }: { state: ViewState; sortKey: SortKey; label: string; className?: string }) {
  const active = state.sort === sortKey;
  const nextDir = active && state.dir === 'desc' ? 'asc' : 'desc';
  return (
    <th scope="col" className={className} aria-sort={active ? (state.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <Link href={hrefFor('/', state, { sort: sortKey, dir: nextDir })} scroll={false} title={t(state.lang).table.sortBy(label)} data-testid={`sort-${sortKey}`}>
        {label}
        <span aria-hidden="true">{active ? (state.dir === 'asc' ? ' ▲' : ' ▼') : ' ↕'}</span>
      </Link>
    </th>
  );
}
