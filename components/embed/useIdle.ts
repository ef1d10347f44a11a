'use client';

import { useEffect, useState } from 'react';

/**
 * False until the browser is idle after the first render: work that is not needed to show the
 * page (the pictures' chart options) waits for it, so it does not lengthen the load's long tasks.
 */
export function useIdle(timeoutMs = 2000): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(() => setIdle(true), { timeout: timeoutMs });
      return () => window.cancelIdleCallback(id);
    }
    const id = window.setTimeout(() => setIdle(true), 200);
    return () => window.clearTimeout(id);
  }, [timeoutMs]);
  return idle;
}
