import path from 'node:path';
import type { InputProblem } from '@/lib/schema';
import type { Lang } from '@/lib/view-state';

/** Input problems (bad CSV rows) are reported, never silently dropped: how many, and the first ones. */
export default function ProblemsNote({ total, shown, lang = 'zh' }: { total: number; shown: readonly InputProblem[]; lang?: Lang }) {
  if (total === 0) return null;
  return (
    <details className="problems" data-testid="input-problems">
      <summary>{lang === 'zh' ? `${total}条数据行有问题，未计入统计` : `${total} data rows have problems and are not counted`}</summary>
      <ul>
        {shown.slice(0, 50).map((p, i) => (
          <li key={i}>
            <code>{path.basename(p.file)}:{p.line}</code> {p.reason}
          </li>
        ))}
      </ul>
    </details>
  );
}
