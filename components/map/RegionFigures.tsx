import Link from '@/components/common/PageLink';
import type { MapRegionDatum } from '@/lib/data/view-types';
import { t } from '@/lib/i18n';
import type { Lang } from '@/lib/view-state';

/** "3 figures": the map shows a region's latest; a click lists the latest few (MAX_LISTED), each linked to its sentence. */
export default function RegionFigures({ region, lang }: { region: MapRegionDatum; lang: Lang }) {
  const d = t(lang).dash.regions;
  if (region.count <= 1) return <>{region.count + region.belowFacts}</>;
  return (
    <details className="region-figures" data-testid="region-figures">
      <summary>{d.figures(region.count)}</summary>
      <ul>
        {region.figures.map((f) => (
          <li key={f.factId}>
            <Link href={f.href}>{f.figure}</Link> <span className="muted">{f.subject ? `${f.subject} · ` : ''}{f.period}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
