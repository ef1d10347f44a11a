import type { ReviewMessages } from '@/lib/i18n/review-messages';
import type { Progress } from '@/lib/review/queue';

/** N of M reviewed, by indicator, and how many statistics each reviewer has decided. */
export default function ProgressView({ progress, m, indicatorLabel }: { progress: Progress; m: ReviewMessages['page']; indicatorLabel: (id: string) => string }) {
  return (
    <section className="rv-progress" aria-labelledby="rv-progress-title">
      <h2 id="rv-progress-title">{m.progress}</h2>
      <p id="rv-progress-total"><meter min={0} max={Math.max(1, progress.total)} value={progress.reviewed} /> {m.reviewedOf(progress.reviewed, progress.total)}</p>
      <details>
        <summary>{m.byIndicator}</summary>
        <table>
          <thead><tr><th scope="col">{m.colIndicator}</th><th scope="col">{m.colReviewed}</th></tr></thead>
          <tbody>
            {progress.byIndicator.map((x) => (
              <tr key={x.indicator}><td>{indicatorLabel(x.indicator)}</td><td>{x.reviewed} / {x.total}</td></tr>
            ))}
          </tbody>
        </table>
      </details>
      <h3>{m.byReviewer}</h3>
      {progress.byReviewer.length === 0 ? <p>{m.noDecisions}</p> : (
        <table id="rv-by-reviewer">
          <thead><tr><th scope="col">{m.colReviewer}</th><th scope="col">{m.colFacts}</th></tr></thead>
          <tbody>{progress.byReviewer.map((r) => <tr key={r.name}><td>{r.name}</td><td>{r.facts}</td></tr>)}</tbody>
        </table>
      )}
    </section>
  );
}
