import Link from 'next/link';
import type { MapViewData } from '@/lib/data/view-types';
import { factHref, regionHref } from '../common/factHref';

/** Figures of counties without a map shape (临平区, 钱塘区, 龙港市): counted, listed, never dropped. */
export default function ShapelessNote({ view }: { view: MapViewData }) {
  const count = view.shapeless.reduce((n, s) => n + s.figures.length, 0);
  if (count === 0) return null;
  return (
    <section className="note" data-testid="shapeless-note">
      <p>
        {count}个统计所在地区无图形，已计入所属地市：
      </p>
      <ul>
        {view.shapeless.map((s) => (
          <li key={s.code}>
            <Link href={regionHref(s.code)}>{s.name}</Link>（计入{s.countedOnName}）：
            {s.figures.map((f, i) => (
              <span key={f.factId}>
                {i > 0 && '；'}
                <Link href={factHref(f.articleId, f.factId)}>{f.figure}</Link>
                <span className="muted">（{f.period}）</span>
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
