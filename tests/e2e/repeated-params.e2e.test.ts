/**
 * A repeated parameter (?metric=a&metric=b) means its first value on every route: the pages, the
 * embeds, the JSON routes and the proxy (which reads lang and theme for <html>). Each route is
 * asked three ways, and the answer to "a then b" must be the answer to "a" and, for the measure,
 * differ from the answer to "b" (so the parameter is shown to matter on that route).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startServer, type TestServer } from './server';

/** The two measures compared: both have figures in the fixture data. */
const A = 'criminal_cases.change.%';
const B = 'volunteer_teams.level.支';

const ROUTES = ['/', '/region/330000', '/embed/map', '/embed/timeline', '/api/timeline?codes=330000,331181', '/api/map', '/embed/source?chart=timeline'];

/**
 * What a reader gets: a JSON answer as it is; a page's HTML without its scripts (the nonce changes
 * per request, and React's payload repeats the raw request URL for the client router).
 */
function stable(body: string, type: string | null): string {
  if (!type?.startsWith('text/html')) return body;
  return body.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '').replace(/ nonce="[^"]*"/g, '');
}

function withParams(route: string, params: string): string {
  return route + (route.includes('?') ? '&' : '?') + params;
}

describe('a repeated parameter resolves to its first value on every route', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await server?.stop();
  });

  async function body(path: string): Promise<string> {
    const r = await fetch(server.url + path);
    assert.equal(r.status, 200, `${path}\n${server.log().slice(-1500)}`);
    return stable(await r.text(), r.headers.get('content-type'));
  }

  for (const route of ROUTES) {
    test(`${route}: metric=a&metric=b is metric=a`, async () => {
      const a = encodeURIComponent(A);
      const b = encodeURIComponent(B);
      const [first, repeated, second] = await Promise.all([
        body(withParams(route, `metric=${a}`)),
        body(withParams(route, `metric=${a}&metric=${b}`)),
        body(withParams(route, `metric=${b}`)),
      ]);
      assert.equal(repeated, first);
      assert.notEqual(second, first, 'the measure changes what this route answers');
    });

    test(`${route}: lang=en&lang=zh is lang=en, from=2019&from=2017 is from=2019`, async () => {
      const [en, repeatedLang] = await Promise.all([body(withParams(route, 'lang=en')), body(withParams(route, 'lang=en&lang=zh'))]);
      assert.equal(repeatedLang, en);
      const [from, repeatedFrom] = await Promise.all([body(withParams(route, 'from=2019')), body(withParams(route, 'from=2019&from=2017'))]);
      assert.equal(repeatedFrom, from);
    });
  }

  test('the page language follows the first lang in <html lang>', async () => {
    const html = await body('/?lang=en&lang=zh');
    assert.match(html, /<html[^>]*\blang="en"/);
  });
});
