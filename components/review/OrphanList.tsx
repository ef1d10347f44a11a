import type { OrphanedDecisions } from '@/lib/schema';
import type { ReviewMessages } from '@/lib/i18n/review-messages';

/** Decisions whose statistic is gone: listed, never dropped in silence. */
export default function OrphanList({ orphans, m }: { orphans: readonly OrphanedDecisions[]; m: ReviewMessages['page'] }) {
  return (
    <section className="rv-orphans" id="review-orphans" aria-labelledby="rv-orphans-title">
      <h2 id="rv-orphans-title">{m.orphans(orphans.length)}</h2>
      {orphans.length === 0 ? <p>{m.noOrphans}</p> : (
        <>
          <p>{m.orphansHelp}</p>
          <ul>
            {orphans.map((o) => (
              <li key={o.factId} data-fact={o.factId}>
                <code>{o.factId}</code>: {o.reason}
                <ul>
                  {o.decisions.map((d) => (
                    <li key={d.line}>corrections.csv:{d.line} · {d.action}{d.field ? ` ${d.field}` : ''}{d.value ? ` = ${d.value}` : ''} · {d.reviewer} · {d.decidedAt}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
