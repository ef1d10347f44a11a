/**
 * What every /api/review route does first: JSON answers that are never cached, a bounded JSON
 * body, and the gate: writes need the app's own Origin (403) and a signed-in reviewer (401) who
 * has chosen their own password (403); reads need the reviewer.
 */
import { currentReviewer } from './auth';
import { crossOriginReason } from './same-origin';
import type { SignedIn } from './session';

export const BODY_LIMIT = 16 * 1024;

export function answer(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  if (status === 204) return new Response(null, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}

export const refuse = (status: number, error: string, headers?: Record<string, string>) => answer(status, { error }, headers);

/** The parsed JSON body, or a 4xx answer (too large, not JSON). */
export async function readJson(req: Request): Promise<unknown | Response> {
  if (!(req.headers.get('content-type') ?? '').toLowerCase().startsWith('application/json')) return refuse(415, 'send JSON (Content-Type: application/json)');
  if (Number(req.headers.get('content-length') ?? 0) > BODY_LIMIT) return refuse(413, 'the request is too large');
  const reader = req.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const r = await reader?.read();
    if (!r || r.done) break;
    size += r.value.length;
    if (size > BODY_LIMIT) {
      await reader!.cancel();
      return refuse(413, 'the request is too large');
    }
    chunks.push(r.value);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return refuse(400, 'the body is not JSON');
  }
}

/** A write from the app's own pages by a signed-in reviewer, or the answer refusing it. */
export async function requireWriter(req: Request, opts: { allowOneTimePassword?: boolean } = {}): Promise<SignedIn | Response> {
  const reason = crossOriginReason(req);
  if (reason) return refuse(403, `cross-origin write refused: ${reason}`);
  const reviewer = await currentReviewer();
  if (!reviewer) return refuse(401, 'sign in to review');
  if (reviewer.mustChangePassword && !opts.allowOneTimePassword) return refuse(403, 'choose your own password first');
  return reviewer;
}

export async function requireReader(): Promise<SignedIn | Response> {
  const reviewer = await currentReviewer();
  if (!reviewer) return refuse(401, 'sign in to review');
  if (reviewer.mustChangePassword) return refuse(403, 'choose your own password first');
  return reviewer;
}
