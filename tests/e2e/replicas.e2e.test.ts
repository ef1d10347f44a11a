/**
 * Past one machine: servers are stateless over one read-only stats.duckdb, so replicas behind a
 * load balancer answer a URL the same way. Two servers (scripts/serve.ts) on two ports, one data folder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { e2eDataDir, startServer } from './server';

const T = { timeout: 240_000 };

/** A page without what differs per request by design: the CSP nonce, wherever it is repeated. */
function stable(html: string): string {
  const nonce = /nonce="([^"]+)"/.exec(html)?.[1];
  return nonce ? html.split(nonce).join('NONCE') : html;
}

test('two replicas over the same database answer the same URL identically', T, async (t) => {
  const dir = e2eDataDir().dir;
  const a = await startServer({ env: { DATA_DIR: dir } });
  t.after(() => a.stop());
  const b = await startServer({ env: { DATA_DIR: dir } });
  t.after(() => b.stop());
  assert.notEqual(a.url, b.url);
  for (const url of ['/api/timeline?codes=330100,331100,331181&metric=count', '/?region=331100&lang=en', '/region/331100', '/embed/map?metric=count', '/api/map?level=county&lang=en']) {
    const [ra, rb] = await Promise.all([fetch(a.url + url), fetch(b.url + url)]);
    assert.deepEqual([ra.status, rb.status], [200, 200], url);
    const [ta, tb] = [await ra.text(), await rb.text()];
    assert.ok(ta.length > 200, url);
    assert.ok(stable(ta) === stable(tb), `${url} differs between replicas`);
  }
});
