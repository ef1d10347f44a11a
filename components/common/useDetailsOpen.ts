'use client';

import { useCallback, useEffect, useRef, useState, type RefObject, type SyntheticEvent } from 'react';

/**
 * Whether a <details> is open, for content drawn only once it is: follows its toggle events, and
 * reads it once hydrated (a reader who opened it while the page's scripts were still loading,
 * as on a slow phone, gets its content instead of an open, empty box).
 */
export function useDetailsOpen(): { ref: RefObject<HTMLDetailsElement | null>; open: boolean; onToggle: (e: SyntheticEvent<HTMLDetailsElement>) => void } {
  const ref = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (ref.current?.open) setOpen(true);
  }, []);
  const onToggle = useCallback((e: SyntheticEvent<HTMLDetailsElement>) => setOpen(e.currentTarget.open), []);
  return { ref, open, onToggle };
}
