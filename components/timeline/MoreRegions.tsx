'use client';

import { useState } from 'react';
import type { TimelineData, TimelineSeries } from '@/lib/data/timeline-view';
import { fetchTimeline } from './timeline-api';

export interface MoreRegionsProps {
  readonly others: TimelineData['others'];
  readonly shown: readonly string[];
  readonly label: string;
  readonly loadingLabel: string;
  readonly search: string;
  readonly onLoaded: (series: readonly TimelineSeries[]) => void;
}

/**
 * Regions beyond the top ones: ticking one loads its series from /api/timeline. The boxes are drawn
 * once the list is opened (a county map has some ninety regions, which every view would otherwise
 * render and hydrate for a list that most readers never open).
 */
export default function MoreRegions({ others, shown, label, loadingLabel, search, onLoaded }: MoreRegionsProps) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const toggle = async (code: string, on: boolean) => {
    const codes = on ? [...shown, code] : shown.filter((c) => c !== code);
    if (codes.length === 0) return onLoaded([]);
    setBusy(true);
    setError(null);
    try {
      onLoaded((await fetchTimeline(search, codes)).series);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <details className="more-regions" data-testid="more-regions" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{label}</summary>
      <fieldset disabled={busy} aria-busy={busy}>
        <legend className="visually-hidden">{label}</legend>
        {open && others.map((o) => (
          <label key={o.code}>
            <input type="checkbox" checked={shown.includes(o.code)} onChange={(e) => void toggle(o.code, e.target.checked)} />
            {o.name} <span className="muted small">({o.count})</span>
          </label>
        ))}
      </fieldset>
      {busy && <p className="muted small" role="status">{loadingLabel}</p>}
      {error && <p className="map-error" role="alert">{error}</p>}
    </details>
  );
}
