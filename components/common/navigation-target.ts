/** What a click on the page asks for, as LinkNavigator sees it. */
export interface ClickLike {
  readonly defaultPrevented: boolean;
  readonly button: number;
  readonly metaKey: boolean;
  readonly ctrlKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  readonly target: EventTarget | null;
}

interface AnchorLike {
  readonly href: string;
  readonly target: string;
  hasAttribute(name: string): boolean;
  getAttribute(name: string): string | null;
}

interface ElementLike {
  closest(selector: string): unknown;
}

/** A plain left click: no other button, no modifier (new tab, window or download), not handled yet. */
export function isPlainClick(e: Omit<ClickLike, 'target'>): boolean {
  return !e.defaultPrevented && e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
}

/**
 * Where a click should navigate on the client (path, query and hash, and whether to scroll to the
 * top), or null when the browser should handle it: not a plain left click, already handled, not
 * on an app link (`a[data-nav]`), opening another window or a download, another origin, or only
 * a jump to an anchor of the page that is shown.
 */
export function navigationTarget(e: ClickLike, current: string): { href: string; scroll: boolean } | null {
  if (!isPlainClick(e)) return null;
  const el = e.target as ElementLike | null;
  if (!el || typeof el.closest !== 'function') return null;
  const a = el.closest('a[data-nav]') as AnchorLike | null;
  if (!a) return null;
  if ((a.target && a.target !== '_self') || a.hasAttribute('download')) return null;
  let url: URL;
  let here: URL;
  try {
    url = new URL(a.href, current);
    here = new URL(current);
  } catch {
    return null;
  }
  if (url.origin !== here.origin) return null;
  if (url.hash && url.pathname === here.pathname && url.search === here.search) return null;
  return { href: `${url.pathname}${url.search}${url.hash}`, scroll: a.getAttribute('data-nav-scroll') !== 'false' };
}
