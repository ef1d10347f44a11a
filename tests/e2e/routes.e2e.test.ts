import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { internalHeaders } from './http-checks';
import { startServer, type TestServer } from './server';

describe('routes answer unknown and malformed addresses with the not-found page', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await server?.stop();
  });

  // Every dynamic route (article, region, the review API's article) and the static trees beside
  // them (embed, api, review), with each kind of bad percent-encoding: a bad hex pair, a lone %,
  // a byte that is not UTF-8, a cut-off UTF-8 sequence; and one that looks like a file.
  const malformed = ['%ZZ', '%', '%FF', '%E0%A4%A', '%ZZ.txt'];
  const bases = ['/article/', '/region/', '/embed/', '/embed/map/', '/api/', '/api/timeline/', '/api/map/', '/api/review/article/', '/review/', '/'];
  const cases: ReadonlyArray<[string, number]> = [
    ['/region/331181', 200],
    ['/region/330000', 200],
    ['/region/999999', 404],
    ['/region/abc', 404],
    ['/region/x.json', 404],
    ['/article/0000000000000', 404],
    ['/article/%25', 404],
    ['/article/x.txt', 404],
    ['/embed/x.png', 404],
    ...bases.flatMap((b) => malformed.map((m): [string, number] => [b + m, 404])),
  ];
  for (const [path, status] of cases) {
    test(`${path} → ${status}`, async () => {
      const r = await fetch(server.url + path, { redirect: 'manual' });
      assert.equal(r.status, status, `${path}\n${server.log().slice(-1500)}`);
      if (status === 404) assert.match(await r.text(), /未找到|not found/i, path);
      const internal = internalHeaders(r.headers);
      assert.deepEqual(internal, [], `${path} exposes ${internal.join(', ')}`);
      assert.ok(r.headers.get('content-security-policy'), `${path}: a Content-Security-Policy`);
    });
  }

  test('a malformed path answers HEAD with a 404 and no body', async () => {
    const r = await fetch(`${server.url}/article/%E0%A4%A`, { method: 'HEAD' });
    assert.equal(r.status, 404);
    assert.equal(await r.text(), '');
  });
});
