import Link from 'next/link';
import type { ComponentProps } from 'react';

/**
 * A link to another page of the app: next/link (client-side navigation) without prefetching.
 * Every page is rendered per request from the database, so Next.js's prefetch of each link that
 * scrolls into view asks the server once per link (78 requests for one view of the dashboard,
 * crowding out the reader's own click on a browser's six connections) and saves nothing a click
 * would not fetch anyway.
 */
export default function PageLink({ prefetch = false, ...props }: ComponentProps<typeof Link>) {
  return <Link prefetch={prefetch} {...props} />;
}
