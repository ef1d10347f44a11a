'use client';

import { useCallback, useEffect, useState } from 'react';
import { embedStateToSearch, type EmbedState } from './embed-state';
import type { EmbedChart } from './embed-urls';
import { whenIdle } from '@/components/common/when-idle';

/** The source line of a view, from the server (GET /embed/source); `codes`: only these regions' facts. */
export async function fetchSourceLine(chart: EmbedChart, state: EmbedState, codes?: readonly string[]): Promise<string> {
  const search = embedStateToSearch(state);
  const only = codes ? `&codes=${codes.map(encodeURIComponent).join(',')}` : '';
  const r = await fetch(`/embed/source${search ? `${search}&` : '?'}chart=${chart}${only}`);
  if (!r.ok) throw new Error(`source line: HTTP ${r.status}`);
  return ((await r.json()) as { text: string }).text;
}

/**
 * The source line of the chart in view (null until it arrives), and a getter for downloads that
 * waits for it. `state` (and `codes`) must be memoised: a new object fetches again. The line is
 * asked for once the browser is idle, after the new view is drawn.
 */
export function useSourceLine(
  chart: EmbedChart, state: EmbedState, codes?: readonly string[],
): { source: string | null; getSource: () => Promise<string> } {
  const [source, setSource] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const cancel = whenIdle(() => {
      fetchSourceLine(chart, state, codes).then((s) => live && setSource(s), () => live && setSource(null));
    });
    return () => {
      live = false;
      cancel();
    };
  }, [chart, state, codes]);
  const getSource = useCallback(
    () => (source !== null ? Promise.resolve(source) : fetchSourceLine(chart, state, codes)),
    [source, chart, state, codes],
  );
  return { source, getSource };
}
