import Link from '@/components/common/PageLink';

export interface CrumbLink {
  readonly name: string;
  /** Omitted for the current page. */
  readonly href?: string;
}

/** 浙江省 › 丽水市 › 龙泉市 — the last item is the current place. */
export default function Breadcrumb({ items, label = '位置' }: { items: readonly CrumbLink[]; label?: string }) {
  return (
    <nav className="breadcrumb" aria-label={label} data-testid="breadcrumb">
      <ol>
        {items.map((c, i) => {
          const last = i === items.length - 1;
          return (
            <li key={`${i}-${c.name}`}>
              {last || !c.href ? (
                <span aria-current={last ? 'location' : undefined}>{c.name}</span>
              ) : (
                <Link href={c.href}>{c.name}</Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
