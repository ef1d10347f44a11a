import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startServer, type TestServer } from './server';

describe('routes answer unknown and malformed addresses with the not-found page', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await server?.stop();
  });

  const cases: ReadonlyArray<[string, number]> = [
    ['/region/331181', 200],
    ['/region/330000', 200],
    ['/region/999999', 404],
    ['/region/abc', 404],
    ['/region/%E0%A4%A', 404],
    ['/article/%ZZ', 404],
    ['/article/%E0%A4%A', 404],
    ['/article/0000000000000', 404],
  ];
  for (const [path, status] of cases) {
    test(`${path} → ${status}`, async () => {
      const r = await fetch(server.url + path);
      assert.equal(r.status, status, `${path}\n${server.log().slice(-1500)}`);
      if (status === 404) assert.match(await r.text(), /未找到|not found/i);
    });
  }
});
