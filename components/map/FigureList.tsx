import Link from 'next/link';
import type { PanelFigure } from '@/lib/data/view-types';
import { factHref } from '../common/factHref';

/** Latest figure of each measure of one region (the 全省 panel, a prefecture's own figures). */
export default function FigureList({ figures, empty }: { figures: readonly PanelFigure[]; empty: string }) {
  if (figures.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="figure-list">
      {figures.map((f) => (
        <li key={f.measureId}>
          <div className="figure-metric">{f.metricLabel}{f.subject ? ` · ${f.subject}` : ''}</div>
          <div className="figure-value">
            <Link href={factHref(f.articleId, f.factId)}>{f.figure}</Link>
          </div>
          <div className="figure-meta">
            {f.period} · {f.factCount}条统计 · {f.sourceCount}个来源
          </div>
        </li>
      ))}
    </ul>
  );
}
