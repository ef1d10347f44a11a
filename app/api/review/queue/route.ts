/**
 * GET /api/review/queue?status=&region=&indicator=&paper=&from=&to=&after=: a page of the review
 * queue (lowest confidence first), the progress and the orphaned decisions. Reviewers only.
 */
import { answer, requireReader } from '@/lib/review/api';
import { parseQueueFilters, reviewProgress, reviewQueue } from '@/lib/review/queue';
import { loadReviewState } from '@/lib/review/load-review';

export async function GET(req: Request): Promise<Response> {
  const me = await requireReader();
  if (me instanceof Response) return me;
  const params = new URL(req.url).searchParams;
  const state = loadReviewState();
  const page = reviewQueue(state, parseQueueFilters((k) => params.get(k)), (params.get('after') ?? '').slice(0, 200));
  return answer(200, { ...page, progress: reviewProgress(state), orphans: state.result.orphans });
}
