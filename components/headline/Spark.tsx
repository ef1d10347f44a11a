import { sparkGeometry } from '@/lib/charts/spark';
import type { SparkPoint } from '@/lib/data/headline-view';

/** A measure's history as a small line, drawn on the server (no script, no layout shift). */
export default function Spark({ points, color, label }: { points: readonly SparkPoint[]; color: string; label: string }) {
  const g = sparkGeometry(points);
  if (!g) return null;
  const last = g.dots[g.dots.length - 1]!;
  return (
    <svg className="spark" width={g.width} height={g.height} viewBox={`0 0 ${g.width} ${g.height}`} role="img" aria-label={label}>
      {g.zero !== null && <line x1={0} x2={g.width} y1={g.zero} y2={g.zero} className="spark-zero" />}
      <path d={g.path} fill="none" stroke={color} strokeWidth={1.6} strokeLinejoin="round" />
      <circle cx={last.x} cy={last.y} r={2.6} fill={color} />
    </svg>
  );
}
