import Link from '@/components/common/PageLink';
import { t } from '@/lib/i18n';
import { hrefFor, type ViewState } from '@/lib/view-state';

export interface KindChoice {
  readonly kind: 'level' | 'change';
  /** The measure of that kind for the current metric (most data first), or null when none exists. */
  readonly id: string | null;
}

/** Levels or changes of the chosen metric: two links, the current one marked. */
export default function KindSwitch({ state, current, choices }: { state: ViewState; current: 'level' | 'change'; choices: readonly KindChoice[] }) {
  const m = t(state.lang);
  return (
    <nav className="kind-switch" aria-label={m.filters.kind} data-testid="kind-switch">
      {choices.map((c) =>
        c.kind === current || !c.id ? (
          <span key={c.kind} aria-current={c.kind === current ? 'true' : undefined} className={c.kind === current ? 'is-current' : 'is-disabled'}>
            {m.measure[c.kind]}
          </span>
        ) : (
          <Link key={c.kind} href={hrefFor('/', state, { metric: c.id })} scroll={false}>{m.measure[c.kind]}</Link>
        ),
      )}
    </nav>
  );
}
