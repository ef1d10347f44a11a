import type { AnchorHTMLAttributes } from 'react';

export interface PageLinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  readonly href: string;
  /** false: keep the scroll position (a filter or a sort on the same page); default: scroll to the top. */
  readonly scroll?: boolean;
}

/**
 * A link to another page of the app: a plain `<a>`, marked `data-nav` so that LinkNavigator (one
 * listener for the whole page) turns a plain click into a client-side navigation.
 *
 * Not next/link: each of those is a client component with its own state, ref and context, and
 * the dashboard draws hundreds of links (each region's figures, the tables), so they cost more
 * main-thread time on load and on every redraw than everything else on the page. Nor any
 * prefetch: every page is rendered per request from the database, and Next.js's prefetch of each
 * link that scrolls into view asked the server once per link (78 requests for one view of the
 * dashboard) for nothing a click would not fetch anyway.
 */
export default function PageLink({ scroll = true, ...props }: PageLinkProps) {
  return <a {...props} data-nav="" data-nav-scroll={scroll ? undefined : 'false'} />;
}
