import path from 'node:path';
import type { InputProblem } from '@/lib/schema';
import type { Lang } from '@/lib/view-state';

/** Input problems (bad CSV rows) are reported, never silently dropped. */
export default function ProblemsNote({ problems, lang = 'zh' }: { problems: readonly InputProblem[]; lang?: Lang }) {
  if (problems.length === 0) return null;
  return (
    <details className="problems" data-testid="input-problems">
      <summary>{lang === 'zh' ? `${problems.length}条数据行有问题，未计入统计` : `${problems.length} data rows have problems and are not counted`}</summary>
      <ul>
        {problems.slice(0, 50).map((p, i) => (
          <li key={i}>
            <code>{path.basename(p.file)}:{p.line}</code> {p.reason}
          </li>
        ))}
      </ul>
    </details>
  );
}
