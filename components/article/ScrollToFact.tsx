'use client';

import { useEffect } from 'react';

/** Scrolls the statistic named in the URL fragment (#fact-…) into view and marks it as current. */
export default function ScrollToFact() {
  useEffect(() => {
    const go = () => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      document.querySelectorAll('.fact-mark.is-target').forEach((el) => el.classList.remove('is-target'));
      if (!id.startsWith('fact-')) return;
      const el = document.getElementById(id);
      if (!el) return;
      el.classList.add('is-target');
      el.scrollIntoView({ block: 'center' });
    };
    go();
    window.addEventListener('hashchange', go);
    return () => window.removeEventListener('hashchange', go);
  }, []);
  return null;
}
