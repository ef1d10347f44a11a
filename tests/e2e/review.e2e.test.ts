/**
 * The reviewer's flow in Chromium: sign in with the one-time password, choose a password, then,
 * keyboard only, confirm one statistic, reject one, edit one's region and value, confirm and undo,
 * and add a missed figure by selecting it in the article. Each decision is checked in corrections.csv.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { parseCorrections } from '../../lib/review/parse-corrections';
import { openPage, useBrowserSession } from './browser';
import { reviewEnv, reviewerCli } from './review-helpers';

const NAME = '<b>林</b>&"审核"';
const PASSWORD = 'a long test passphrase';
const review = reviewEnv();
const session = useBrowserSession({ viewport: { width: 1280, height: 900 } }, 20_000, undefined, { env: review.env });

function decisions() {
  const file = path.join(review.dir, 'corrections.csv');
  const parsed = parseCorrections(readFileSync(file, 'utf8'), file);
  assert.deepEqual(parsed.problems, []);
  return parsed.decisions;
}

const currentFact = (page: Page) => page.getAttribute('.rv-item', 'data-fact');

/** Waits for a new message (after `seq`) that matches `re`: the decision was saved (or undone). */
async function saved(page: Page, seq: string | null, re = /已保存|已撤销/) {
  await page.waitForFunction(([s, r]) => {
    const el = document.getElementById('review-message');
    return !!el && el.dataset.seq !== s && new RegExp(r!).test(el.textContent ?? '');
  }, [seq, re.source] as const);
}

/** Presses `key` and waits until the decision is saved. */
async function decide(page: Page, key: string, re?: RegExp) {
  const seq = await page.getAttribute('#review-message', 'data-seq');
  await page.keyboard.press(key);
  await saved(page, seq, re);
}

/** Submits the open form with Enter in `field` and waits until it is saved and closed. */
async function submitForm(page: Page, field: string) {
  const seq = await page.getAttribute('#review-message', 'data-seq');
  await page.press(`#review-edit ${field}`, 'Enter');
  await saved(page, seq, /已保存/);
  await page.waitForSelector('#review-edit', { state: 'detached' });
}

/**
 * In the page: selects the first figure in the open article that is no statistic yet and returns
 * its text and offset. A string, because tsx would wrap named functions in a helper the page lacks.
 */
const SELECT_MISSED = `(async () => {
  const box = document.querySelector('.rv-context[data-article]');
  const a = await (await fetch('/api/review/article/' + box.dataset.article)).json();
  const re = /\\d+(?:多|余)?(?:名|位|人|起|支|个|件)/g;
  let m;
  while ((m = re.exec(a.text))) {
    const s = m.index, e = m.index + m[0].length;
    if (!a.facts.some((f) => f.start < e && s < f.end)) break;
  }
  if (!m) throw new Error('no missed figure in this article');
  const start = m.index, end = start + m[0].length;
  const spans = [...box.querySelectorAll('[data-o]')];
  const spanAt = (o) => spans.filter((x) => Number(x.dataset.o) <= o).at(-1);
  const range = document.createRange();
  const from = spanAt(start), to = spanAt(end - 1);
  range.setStart(from.firstChild, start - Number(from.dataset.o));
  range.setEnd(to.firstChild, end - Number(to.dataset.o));
  getSelection().removeAllRanges();
  getSelection().addRange(range);
  return { text: m[0], start };
})()`;

async function selectMissedFigure(page: Page): Promise<{ text: string; start: number }> {
  return page.evaluate(SELECT_MISSED) as Promise<{ text: string; start: number }>;
}

/** What the reviewer decided, for the readers' checks. */
const done = { confirmed: '', rejected: '', corrected: '', region: '', unreviewed: '', added: '', addedArticle: '' };

describe('/review in Chromium', () => {
  test('sign in, confirm, reject, edit region and value, undo, add a missed figure', { timeout: 180_000 }, async () => {
    const otp = reviewerCli(review.dir, 'add', NAME);
    const { page, problems } = await openPage(session.context);
    await page.goto(`${session.server.url}/review`);
    assert.match(page.url(), /\/review\/sign-in$/);
    await page.fill('input[name=name]', NAME);
    await page.fill('input[name=password]', otp);
    await page.press('input[name=password]', 'Enter');
    await page.waitForURL(/\/review\/password$/);
    await page.fill('input[name=password]', PASSWORD);
    await page.fill('input[name=repeat]', PASSWORD);
    await page.press('input[name=repeat]', 'Enter');
    await page.waitForURL(/\/review$/);
    await page.waitForSelector('.rv-item');

    // The name is text, never markup.
    assert.equal(await page.textContent('#review-signed-in'), `审核员：${NAME}`);
    assert.equal(await page.locator('#review-signed-in b').count(), 0);

    // A save that fails says so and keeps the statistic.
    const first = await currentFact(page);
    const before = problems.length;
    await page.route('**/api/review/decisions', (r) => r.fulfill({ status: 500, contentType: 'application/json', body: '{"error":"disk full"}' }));
    await decide(page, 'y', /保存失败.*disk full/);
    assert.equal(await currentFact(page), first);
    await page.unroute('**/api/review/decisions');
    problems.splice(before); // the browser logs the 500 it was given

    // y: confirm the first statistic; the next one shows once it is saved.
    await decide(page, 'y');
    const second = await currentFact(page);
    assert.notEqual(second, first);
    assert.deepEqual(decisions().map((d) => [d.factId, d.action, d.reviewer]), [[first, 'confirm', NAME]]);

    // n: reject the second.
    await decide(page, 'n');
    const third = await currentFact(page);
    assert.deepEqual(decisions().at(-1) && [decisions().at(-1)!.factId, decisions().at(-1)!.action], [second, 'reject']);

    // e: edit the third one's region and value.
    await page.keyboard.press('e');
    await page.waitForSelector('#review-edit');
    const oldRegion = await page.inputValue('#review-edit select[name=region_code]');
    const region = oldRegion === '330100' ? '330200' : '330100';
    await page.selectOption('#review-edit select[name=region_code]', region);
    await page.fill('#review-edit input[name=value]', '4321');
    await submitForm(page, 'input[name=value]');
    const edits = decisions().filter((d) => d.factId === third && d.action === 'edit');
    assert.deepEqual(edits.map((d) => [d.field, d.value]), [['region_code', region], ['value', '4321']]);
    await page.keyboard.press('k');
    assert.equal(await currentFact(page), third);
    assert.equal(await page.getAttribute('.rv-item', 'data-status'), 'corrected');
    assert.match(await page.textContent('.rv-item [data-field=value]') ?? '', /4321/);
    await page.keyboard.press('j');

    // y then u: the confirmation is taken back and the statistic shows again, unreviewed.
    const fourth = await currentFact(page);
    await decide(page, 'y');
    assert.notEqual(await currentFact(page), fourth);
    await decide(page, 'u', /已撤销/);
    assert.equal(await currentFact(page), fourth);
    assert.equal(await page.getAttribute('.rv-item', 'data-status'), 'unreviewed');
    assert.deepEqual(decisions().slice(-2).map((d) => [d.factId, d.action, d.withdraws]), [[fourth, 'confirm', false], [fourth, 'confirm', true]]);

    // c, select, a: add a figure the extractor missed.
    await page.keyboard.press('c');
    await page.waitForSelector('.rv-context[data-article] [data-o]');
    const missed = await selectMissedFigure(page);
    await page.keyboard.press('a');
    await page.waitForSelector('#review-edit');
    assert.match(await page.textContent('#review-edit h3') ?? '', new RegExp(missed.text));
    assert.equal(await page.inputValue('#review-edit input[name=value]'), /^\d+/.exec(missed.text)![0]);
    await page.selectOption('#review-edit select[name=indicator]', 'personnel_other');
    await submitForm(page, 'input[name=unit]');
    const added = decisions().filter((d) => d.action === 'add');
    assert.deepEqual(added.filter((d) => ['start', 'text', 'indicator'].includes(d.field)).map((d) => d.value), [String(missed.start), missed.text, 'personnel_other']);
    assert.equal(await page.locator(`.rv-item[data-fact="${added[0]!.factId}"]`).count(), 0, 'the reviewer stays on the statistic they were checking');
    await page.keyboard.press('j');
    assert.equal(await currentFact(page), added[0]!.factId);
    assert.equal(await page.getAttribute('.rv-item', 'data-status'), 'added');

    Object.assign(done, {
      confirmed: first, rejected: second, corrected: third, region, unreviewed: fourth,
      added: added[0]!.factId, addedArticle: added.find((d) => d.field === 'article_id')!.value,
    });

    // Progress counts the reviewer's statistics.
    assert.match(await page.textContent('#rv-by-reviewer') ?? '', /4/);
    assert.deepEqual(problems, []);
  });

  test('readers see each result: dashboard table, region page, article page, embed and CSV; reviewed=1 hides unreviewed figures', { timeout: 120_000 }, async () => {
    assert.ok(done.added, 'the reviewer flow ran');
    const { page, problems } = await openPage(session.context);
    const base = session.server.url;
    const mark = (factId: string) => page.getAttribute(`tr[data-fact="${factId}"] .review-mark`, 'data-review');

    // The dashboard with reviewed=1: only what a person checked, each with its mark, the filter ticked.
    await page.goto(`${base}/?metric=count&reviewed=1`);
    const rows = await page.locator('[data-testid=facts-table] tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-fact')));
    assert.deepEqual(new Set(rows), new Set([done.confirmed, done.corrected, done.added]));
    assert.equal(await mark(done.confirmed), 'confirmed');
    assert.equal(await mark(done.corrected), 'corrected');
    assert.equal(await mark(done.added), 'added');
    assert.match(await page.getAttribute(`tr[data-fact="${done.corrected}"] .review-mark`, 'title') ?? '', /已更正/);
    assert.match(await page.textContent(`tr[data-fact="${done.corrected}"] .figure-cell`) ?? '', /4321/);
    assert.equal(await page.isChecked('[data-testid=reviewed-only]'), true);
    assert.match(await page.textContent('[data-testid=review-legend]') ?? '', /已确认.*已更正.*已补充/);
    assert.match(await page.getAttribute(`tr[data-fact="${done.added}"] [data-testid=table-fact-link]`, 'href') ?? '', /reviewed=1/);

    // Its CSV: the same rows with their status.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv').click()]);
    // (Every figure download shares one English column set: the status as its code.)
    const csv = Papa.parse<Record<string, string>>(readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true });
    assert.ok(csv.meta.fields?.includes('review_status'));
    assert.deepEqual(csv.data.map((r) => r.review_status).sort(), ['added', 'confirmed', 'corrected']);

    // Without it: every figure but the rejected one; the unreviewed one marked as such.
    await page.goto(`${base}/?metric=count&region=${done.region}`);
    assert.equal(await page.isChecked('[data-testid=reviewed-only]'), false);
    assert.equal(await mark(done.corrected), 'corrected');
    await page.goto(`${base}/?metric=count`);
    const total = Number(/\d+/.exec(await page.textContent('[data-testid=table-total]') ?? '')![0]);
    const extracted = Papa.parse<Record<string, string>>(readFileSync(path.join(session.server.data.dir, 'facts.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
    assert.equal(total, extracted.length, 'one rejected, one added');
    await page.check('[data-testid=reviewed-only]');
    await page.waitForURL(/reviewed=1/);
    await page.waitForFunction(() => /^\D*3\D*$/.test(document.querySelector('[data-testid=table-total]')?.textContent ?? ''));

    // The corrected figure on the page of its new region.
    await page.goto(`${base}/region/${done.region}`);
    assert.match(await page.textContent(`tr[data-fact="${done.corrected}"]`) ?? '', /4321/);
    assert.equal(await mark(done.corrected), 'corrected');
    assert.equal(await page.locator(`tr[data-fact="${done.rejected}"]`).count(), 0);

    // The article page: the added figure highlighted with its mark; the rejected one is not highlighted.
    await page.goto(`${base}/article/${done.addedArticle}`);
    assert.equal(await page.getAttribute(`#fact-${done.added}`, 'data-review'), 'added');
    assert.match(await page.getAttribute(`#fact-${done.added}`, 'title') ?? '', /已补充/);
    assert.equal(await page.locator(`#fact-${done.rejected}`).count(), 0);
    assert.equal(await page.locator('[data-testid=review-legend]').count(), 1);
    const unreviewedArticle = extracted.find((f) => f.fact_id === done.unreviewed)!.article_id;
    await page.goto(`${base}/article/${unreviewedArticle}`);
    assert.equal(await page.getAttribute(`#fact-${done.unreviewed}`, 'data-review'), 'unreviewed');
    await page.goto(`${base}/article/${unreviewedArticle}?reviewed=1`);
    assert.equal(await page.locator(`#fact-${done.unreviewed}`).count(), 0, 'reviewed=1: unreviewed figures are not highlighted');

    // The embed honours reviewed=1 and says so.
    await page.goto(`${base}/embed/map?metric=count&reviewed=1`);
    const source = await page.textContent('[data-testid=embed-source]') ?? '';
    assert.match(source, /仅含人工审核过的数字/);
    assert.match(await page.getAttribute('[data-testid=embed-dashboard-link]', 'href') ?? '', /reviewed=1/);
    await page.goto(`${base}/embed/map?metric=count`);
    assert.doesNotMatch(await page.textContent('[data-testid=embed-source]') ?? '', /仅含/);
    assert.deepEqual(problems, []);
  });
});
