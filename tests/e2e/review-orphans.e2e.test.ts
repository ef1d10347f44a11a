/**
 * Decisions survive re-extraction, and a decision whose article text changed is listed, never
 * dropped: a reviewer confirms two statistics through the API, the text of one of them is edited
 * in the raw page and `npm run extract` runs again over the same output folder, and /review (as
 * the reviewer sees it in Chromium) and its queue API list exactly that decision as orphaned while
 * the other stays confirmed on the public article page.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import Papa from 'papaparse';
import type { Browser } from 'playwright-core';
import { extract, read, sampleCorpus, tempDir } from '../cli/helpers';
import { launchChromium } from './browser';
import { activeReviewer, reviewEnv, type Client } from './review-helpers';
import { startServer, type TestServer } from './server';

type Row = Record<string, string>;
const rows = (csv: string) => Papa.parse<Row>(csv, { header: true, skipEmptyLines: true }).data;

describe('a changed article text orphans its decision; the others are kept', () => {
  const input = sampleCorpus();
  const out = tempDir('zj-e2e-orphans-');
  const review = reviewEnv();
  let server: TestServer;
  let browser: Browser;
  let reviewer: Client;
  let changed: Row;
  let kept: Row;

  before(async () => {
    const first = extract(['--input', input, '--out', out], { REVIEW_DATA_DIR: review.dir });
    assert.equal(first.status, 0, first.stderr);
    const facts = rows(read(out, 'facts.csv'));
    // Two statistics of different pages: one will have its text changed, the other not.
    changed = facts[0]!;
    kept = facts.find((f) => f.source !== changed.source)!;
    assert.ok(kept, 'the sample corpus has statistics on two pages');
    server = await startServer({ env: { ...review.env, DATA_DIR: out } });
    browser = await launchChromium();
    reviewer = await activeReviewer(server.url, review.dir, 'ann');
  }, { timeout: 300_000 });
  after(async () => {
    await browser?.close().catch(() => {});
    await server?.stop();
  });

  test('confirm two, change one sentence in the raw page, extract again: one orphan listed, one kept', { timeout: 180_000 }, async () => {
    for (const f of [changed, kept]) {
      const r = await reviewer.post('/api/review/decisions', { action: 'confirm', factId: f.fact_id });
      assert.equal(r.status, 201, await r.text());
    }

    // The reporter's figure is corrected in the page: the sentence before it changes length, so
    // the statistic's position (and id) changes, as it does when a page is re-OCR'd.
    const page = path.join(input, changed.source!);
    const text = readFileSync(page, 'utf8');
    const at = text.indexOf(changed.sentence!.slice(0, 12));
    assert.ok(at >= 0, 'the statistic\'s sentence is in its page');
    writeFileSync(page, `${text.slice(0, at)}（更正）${text.slice(at)}`);
    const again = extract(['--input', input, '--out', out], { REVIEW_DATA_DIR: review.dir });
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, new RegExp(`orphaned 1 decision group\\(s\\)[^\\n]*\\n  ${changed.fact_id}:`));
    const ids = new Set(rows(read(out, 'facts.csv')).map((f) => f.fact_id));
    assert.equal(ids.has(changed.fact_id!), false, 'the changed statistic has a new id');
    assert.equal(ids.has(kept.fact_id!), true, 'the other statistic keeps its id');

    const queue = await reviewer.get('/api/review/queue?status=all');
    assert.equal(queue.status, 200);
    const { orphans } = (await queue.json()) as { orphans: Array<{ factId: string }> };
    assert.deepEqual(orphans.map((o) => o.factId), [changed.fact_id]);

    // The reviewer's page, in Chromium, with the reviewer's session.
    const context = await browser.newContext({ locale: 'zh-CN' });
    try {
      const [name, value] = reviewer.cookie.split('=') as [string, string];
      await context.addCookies([{ name, value, url: server.url }]);
      const tab = await context.newPage();
      await tab.goto(`${server.url}/review`);
      const listed = await tab.locator('#review-orphans li[data-fact]').evaluateAll((els) => els.map((e) => ({ id: e.getAttribute('data-fact'), text: e.textContent ?? '' })));
      assert.deepEqual(listed.map((l) => l.id), [changed.fact_id]);
      assert.match(listed[0]!.text, /corrections\.csv:\d+ · confirm · ann/);

      // The kept decision still shows on the public article page.
      await tab.goto(`${server.url}/article/${kept.article_id}`);
      const mark = tab.locator(`mark#fact-${kept.fact_id}`);
      assert.equal(await mark.getAttribute('data-review'), 'confirmed');
    } finally {
      await context.close();
    }
  });
});
