import path from 'node:path';
import type { InputProblem } from '@/lib/schema';

/** Input problems (bad CSV rows) are reported, never silently dropped. */
export default function ProblemsNote({ problems }: { problems: readonly InputProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <details className="problems" data-testid="input-problems">
      <summary>{problems.length}条数据行有问题，未计入统计</summary>
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
