import Link from 'next/link';
import type { PanelFigure } from '@/lib/data/view-types';
import { t } from '@/lib/i18n';
import type { Lang } from '@/lib/view-state';
import { factHref } from '../common/factHref';

/** Latest figure of each measure of one region (the 全省 panel, a prefecture's own figures). */
export default function FigureList({ figures, empty, lang }: { figures: readonly PanelFigure[]; empty: string; lang: Lang }) {
  if (figures.length === 0) return <p className="muted">{empty}</p>;
  const m = t(lang).panel;
  return (
    <ul className="figure-list">
      {figures.map((f) => (
        <li key={f.measureId}>
          <div className="figure-metric">{f.metricLabel}{f.subject ? ` · ${f.subject}` : ''}</div>
          <div className="figure-value">
            <Link href={factHref(f.articleId, f.factId, lang)}>{f.figure}</Link>
          </div>
          <div className="figure-meta">
            {f.period} · {m.meta(f.factCount, f.sourceCount)}
          </div>
        </li>
      ))}
    </ul>
  );
}
