'use client';

import { useEffect, useState } from 'react';
import type { ZhejiangTopology } from '@/lib/charts/geo';

export const TOPOLOGY_URL = '/geo/zhejiang.topo.json';

let pending: Promise<ZhejiangTopology> | null = null;

/** Fetches the map's TopoJSON once per page load (then the browser cache serves it). */
function loadTopology(): Promise<ZhejiangTopology> {
  pending ??= fetch(TOPOLOGY_URL)
    .then((r) => {
      if (!r.ok) throw new Error(`${TOPOLOGY_URL}: HTTP ${r.status}`);
      return r.json() as Promise<ZhejiangTopology>;
    })
    .catch((e: unknown) => {
      pending = null; // let a later render retry
      throw e;
    });
  return pending;
}

export function useTopology(): { topology: ZhejiangTopology | null; error: string | null } {
  const [topology, setTopology] = useState<ZhejiangTopology | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    loadTopology().then(
      (t) => live && setTopology(t),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, []);
  return { topology, error };
}
