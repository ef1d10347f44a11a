/**
 * GET /api/review/article/<id>: an article's text with every statistic's place and status, for
 * reading a figure in context and selecting a missed one. Reviewers only.
 */
import { answer, refuse, requireReader } from '@/lib/review/api';
import { ID_PATTERN } from '@/lib/review/field-values';
import { loadReviewState } from '@/lib/review/load-review';

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const me = await requireReader();
  if (me instanceof Response) return me;
  const { id } = await params;
  if (!ID_PATTERN.test(id)) return refuse(404, 'no such article');
  const state = loadReviewState();
  const article = state.dataset.articleById.get(id);
  if (!article) return refuse(404, 'no such article');
  const facts = state.result.facts
    .filter((f) => f.articleId === id)
    .map((f) => ({ factId: f.factId, start: f.start, end: f.end, status: f.status }));
  return answer(200, { articleId: id, title: article.title, paper: article.paper, date: article.date, text: article.text, facts });
}
