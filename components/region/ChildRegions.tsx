import Link from '@/components/common/PageLink';
import type { RegionPageData } from '@/lib/data/region-view';
import { regionHref } from '../common/factHref';
import { t } from '@/lib/i18n';
import type { Lang } from '@/lib/view-state';

/** Sub-regions with their number of statistics. */
export default function ChildRegions({ data, lang = 'zh' }: { data: RegionPageData; lang?: Lang }) {
  if (data.children.length === 0) return null;
  const m = t(lang).region;
  const title = data.region.level === 'province' ? m.prefectures : m.counties;
  return (
    <section className="child-regions">
      <h2>{title}</h2>
      <ul>
        {data.children.map((c) => (
          <li key={c.code} className={c.factCount === 0 ? 'muted' : undefined}>
            <Link href={regionHref(c.code, lang)}>{c.name}</Link>
            <span className="count">{c.factCount}</span>
            {!c.hasShape && <span className="tag" title={m.noShapeTitle}>{m.noShape}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
