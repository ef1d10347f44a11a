import Link from '@/components/common/PageLink';
import type { MapViewData } from '@/lib/data/view-types';
import { t } from '@/lib/i18n';
import { factHref, regionHref } from '../common/factHref';

/** Figures of counties without a map shape (临平区, 钱塘区, 龙港市): counted, listed, never dropped. */
export default function ShapelessNote({ view }: { view: MapViewData }) {
  const m = t(view.lang);
  const count = view.shapeless.reduce((n, s) => n + s.figures.length, 0);
  if (count === 0) return null;
  return (
    <section className="note" data-testid="shapeless-note">
      <p>{m.shapeless(count)}</p>
      <ul>
        {view.shapeless.map((s) => (
          <li key={s.code}>
            <Link href={regionHref(s.code, view.lang)}>{s.name}</Link>{m.countedOn(s.countedOnName)}：
            {s.figures.map((f, i) => (
              <span key={f.factId}>
                {i > 0 && '；'}
                <Link href={factHref(f.articleId, f.factId, view.lang)}>{f.figure}</Link>
                <span className="muted">（{f.period}）</span>
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
