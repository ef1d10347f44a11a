import Link from '@/components/common/PageLink';
import { t } from '@/lib/i18n';
import { hrefFor, type ViewState } from '@/lib/view-state';

export default function Pagination({ state, page, pages }: { state: ViewState; page: number; pages: number }) {
  const m = t(state.lang).table;
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label={m.page(page, pages)} data-testid="table-pages">
      {page > 1 ? <Link href={hrefFor('/', state, { page: page - 1 })} scroll={false} rel="prev">{m.prev}</Link> : <span className="is-disabled">{m.prev}</span>}
      <span aria-current="page">{m.page(page, pages)}</span>
      {page < pages ? <Link href={hrefFor('/', state, { page: page + 1 })} scroll={false} rel="next" data-testid="next-page">{m.next}</Link> : <span className="is-disabled">{m.next}</span>}
    </nav>
  );
}
