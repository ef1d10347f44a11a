'use client';

import { useDetailsOpen } from '@/components/common/useDetailsOpen';
import type { TimelineData } from '@/lib/data/timeline-view';
import type { AddedRegions } from './useAddedRegions';

export interface MoreRegionsProps {
  readonly others: TimelineData['others'];
  /** The regions added, their loading state and the toggle (useAddedRegions). */
  readonly added: AddedRegions;
  readonly label: string;
  readonly loadingLabel: string;
}

/**
 * Regions beyond the top ones: ticking one adds its series (loaded by useAddedRegions). The boxes
 * are drawn once the list is opened (a county map has some ninety regions, which every view would
 * otherwise render and hydrate for a list that most readers never open).
 */
export default function MoreRegions({ others, added, label, loadingLabel }: MoreRegionsProps) {
  const { ref, open, onToggle } = useDetailsOpen();
  return (
    <details className="more-regions" data-testid="more-regions" ref={ref} onToggle={onToggle}>
      <summary>{label}</summary>
      <fieldset disabled={added.busy} aria-busy={added.busy}>
        <legend className="visually-hidden">{label}</legend>
        {open && others.map((o) => (
          <label key={o.code}>
            <input type="checkbox" checked={added.codes.includes(o.code)} onChange={(e) => added.toggle(o.code, e.target.checked)} />
            {o.name} <span className="muted small">({o.count})</span>
          </label>
        ))}
      </fieldset>
      {added.busy && <p className="muted small" role="status">{loadingLabel}</p>}
      {added.error && <p className="map-error" role="alert">{added.error}</p>}
    </details>
  );
}
