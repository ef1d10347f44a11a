import { Suspense } from 'react';
import Dashboard from '@/components/dashboard/Dashboard';
import DashboardLoading from '@/components/dashboard/DashboardLoading';
import type { SearchParams } from '@/lib/view-state';

/**
 * The map, timeline and table (/?metric=&region=&from=&to=&paper=&lang=&theme=). The loading
 * state streams first; only this route has it, so other routes' 404s keep their status.
 */
export default function HomePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return (
    <Suspense fallback={<DashboardLoading />}>
      <Dashboard searchParams={searchParams} />
    </Suspense>
  );
}
