'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { navigationTarget } from './navigation-target';

/**
 * Client-side navigation for the app's links (PageLink's `<a data-nav>`), with one click listener
 * on the document instead of a component per link. A click that the browser should handle itself
 * (another tab, a download, another site, a modifier key, a jump within the page) is left alone;
 * without JavaScript every link is an ordinary link.
 */
export default function LinkNavigator() {
  const router = useRouter();
  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      const target = navigationTarget(e, window.location.href);
      if (!target) return;
      e.preventDefault();
      router.push(target.href, { scroll: target.scroll });
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [router]);
  return null;
}
