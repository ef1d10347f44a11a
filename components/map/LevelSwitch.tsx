import Link from '@/components/common/PageLink';
import type { MapViewData } from '@/lib/data/view-types';
import { t } from '@/lib/i18n';
import { MAP_LEVELS, hrefFor, type ViewState } from '@/lib/view-state';

/** 地级 / 县级: which level colours the province map, each with how many regions have figures. */
export default function LevelSwitch({ view, state }: { view: MapViewData; state: ViewState }) {
  if (!view.levels) return null;
  const m = t(view.lang).dash.levels;
  const counts = view.levels;
  return (
    <nav className="kind-switch level-switch" aria-label={m.label} data-testid="level-switch">
      {MAP_LEVELS.map((level) => {
        const text = <>{m[level]} <span className="switch-count">{m.withData(counts[level])}</span></>;
        return level === view.level ? (
          <span key={level} aria-current="true" className="is-current" data-level={level}>{text}</span>
        ) : (
          <Link key={level} href={hrefFor('/', state, { level })} scroll={false} data-level={level}>{text}</Link>
        );
      })}
    </nav>
  );
}
