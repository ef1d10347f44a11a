import type { HeadlineCard, HeadlineData } from '@/lib/data/headline-view';
import { t } from '@/lib/i18n';
import type { Lang } from '@/lib/view-state';
import Spark from './Spark';

/** Cards shown at once; the others are one click away ("more indicators"). */
export const FIRST_CARDS = 8;

/**
 * What a policy reader sees first: the selected region's latest figure of each main indicator,
 * with its period, a spark of its history and a link to the sentence it comes from.
 */
export default function HeadlinePanel({ data, lang }: { data: HeadlineData; lang: Lang }) {
  const m = t(lang).dash.headline;
  return (
    <section className="headline" aria-labelledby="headline-title" data-testid="headline" data-region={data.code}>
      <h1 id="headline-title">{m.title(data.name)}</h1>
      <p className="headline-lead">{m.lead}</p>
      {data.cards.length === 0 && <p className="empty" data-testid="headline-empty">{m.empty(data.name)}</p>}
      {data.cards.length > 0 && <Cards cards={data.cards.slice(0, FIRST_CARDS)} lang={lang} />}
      {data.cards.length > FIRST_CARDS && (
        <details className="headline-more" data-testid="headline-more">
          <summary>{m.more(data.cards.length - FIRST_CARDS)}</summary>
          <Cards cards={data.cards.slice(FIRST_CARDS)} lang={lang} />
        </details>
      )}
      {(data.otherFigures > 0 || data.belowFigures > 0) && (
        <p className="headline-note">
          {data.belowFigures > 0 && m.below(data.belowFigures)} {data.otherFigures > 0 && m.others(data.otherFigures)}
        </p>
      )}
    </section>
  );
}

function Cards({ cards, lang }: { cards: readonly HeadlineCard[]; lang: Lang }) {
  const m = t(lang).dash.headline;
  return (
    <ul className="headline-cards">
      {cards.map((c) => (
        <li key={c.measureId} className="headline-card" data-indicator={c.indicator} data-measure={c.measureId}>
          <p className="card-name">{c.name}</p>
          <p className="card-figure">{c.figure}</p>
          <p className="card-subject">{c.subject}</p>
          <p className="card-meta">
            {c.period}
            {c.basis === 'published' && <> · {m.published}</>}
            {c.count > 1 && <> · {m.figures(c.count)}</>}
          </p>
          <div className="card-foot">
            <Spark points={c.spark} color={c.color} label={m.spark(c.name, c.spark.length)} />
            <a href={c.href} className="card-source" aria-label={m.sourceLabel(c.name, c.figure)} data-testid="headline-source">
              {m.source}
            </a>
          </div>
        </li>
      ))}
    </ul>
  );
}
