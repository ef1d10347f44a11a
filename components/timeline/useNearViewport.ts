'use client';

import { useEffect, useState, type RefObject } from 'react';

/**
 * True once `ref`'s element comes within a screen's height of the viewport (and from then on).
 * A chart far below the fold on a phone is then loaded and drawn when the reader gets near it,
 * not during the page load it would otherwise block.
 */
export function useNearViewport(ref: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    if (near) return;
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return;
    }
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setNear(true);
    }, { rootMargin: '100% 0px 100% 0px' });
    io.observe(el);
    return () => io.disconnect();
  }, [ref, near]);
  return near;
}
