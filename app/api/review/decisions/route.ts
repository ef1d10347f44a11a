/**
 * POST /api/review/decisions: confirm, reject, edit or add (lib/review/decide.ts). Answers 201
 * with the statistic as it now stands only once the rows are on disk.
 */
import { answer, readJson, refuse, requireWriter } from '@/lib/review/api';
import { correctionsPath } from '@/lib/review/config';
import { correctionsWriter } from '@/lib/review/corrections-store';
import { parseDecisionRequest, planDecision } from '@/lib/review/decide';
import { withDecisionLock } from '@/lib/review/decision-lock';
import { decisionTime } from '@/lib/review/decision-rows';
import { reviewItem, reviewProgress } from '@/lib/review/queue';
import { loadReviewState } from '@/lib/review/load-review';

export async function POST(req: Request): Promise<Response> {
  const me = await requireWriter(req);
  if (me instanceof Response) return me;
  const body = await readJson(req);
  if (body instanceof Response) return body;
  const request = parseDecisionRequest(body);
  if (typeof request === 'string') return refuse(422, request);
  return withDecisionLock(async () => {
    const file = correctionsPath();
    const plan = planDecision(request, loadReviewState(file), me.name, decisionTime(new Date()));
    if ('error' in plan) return refuse(plan.status, plan.error);
    await correctionsWriter(file).append(plan.rows);
    const state = loadReviewState(file);
    const fact = state.byId.get(plan.factId);
    return answer(201, { factId: plan.factId, fields: plan.rows.map((r) => r.field), item: fact ? reviewItem(fact, state) : null, progress: reviewProgress(state) });
  });
}
