/**
 * Invisible format characters (Unicode Cf: zero-width space and joiners, bidi overrides and
 * isolates, soft hyphens, stray BOMs) sprinkled through a page, inside words and figures, change
 * nothing the extractor finds; they never reach a subject, and every offset still indexes the
 * article text as written (with them), so the highlight shows the figure.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { processPage, type PageResult } from '../../lib/extract/process-page';
import { formatCharacters, matchText, originSpan } from '../../lib/extract/match-text';
import { toSimplified } from '../../lib/extract/traditional';
import { SEED_000, SEED_003, seedMeta, seedText } from './seed-pages';

const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u202e', '\u2066', '\u2069', '\u00ad', '\ufeff', '\u{e0041}'];
const CF = /\p{Cf}/u;

/** `text` with an invisible character after every third code unit but line breaks (never inside a surrogate pair). */
function sprinkle(text: string): string {
  let out = '';
  let k = 0;
  for (const ch of text) {
    out += ch;
    if (ch !== '\n' && ++k % 3 === 0) out += INVISIBLE[k % INVISIBLE.length];
  }
  return out;
}

const shown = (r: PageResult) => r.statistics.map((s) => {
  const article = r.articles.find((a) => a.id === s.articleId)!;
  return { value: s.value, unit: s.unit, region: s.regionCode, indicator: s.indicator, subject: s.subject, figure: article.text.slice(s.start, s.end).replace(/\p{Cf}/gu, '') };
});

for (const seed of [SEED_000, SEED_003]) {
  test(`${seed}: format characters everywhere change no statistic, never reach a subject, and offsets index the text as written`, () => {
    const clean = processPage(new TextEncoder().encode(seedText(seed)), seedMeta(seed));
    const dirty = processPage(new TextEncoder().encode(sprinkle(seedText(seed))), seedMeta(seed));
    assert.ok(clean.statistics.length > 3);
    assert.deepEqual(shown(dirty), shown(clean));
    for (const s of dirty.statistics) assert.ok(!CF.test(s.subject), JSON.stringify(s.subject));
    // The article text keeps what the file had: offsets are into it, not into a cleaned copy.
    assert.ok(dirty.articles.some((a) => CF.test(a.text)));
  });
}

test('the match text has no format character, and each of its offsets maps back to the same character', () => {
  const display = '杭\u200b州市刑事案件同比下降1\u202e3.7%,\u{e0041}破获1200起';
  const m = matchText(display, toSimplified);
  assert.equal(m.text, '杭州市刑事案件同比下降13.7%,破获1200起');
  for (let i = 0; i < m.text.length; i++) assert.equal(display[m.origin(i)], m.text[i]);
  const at = m.text.indexOf('13.7%');
  const [start, end] = originSpan(m, at, at + 5);
  assert.equal(display.slice(start, end), '1\u202e3.7%');
  assert.deepEqual(formatCharacters(display), [[1, 2], [13, 14], [19, 21]]);
});

test('every code unit is a format character exactly when Unicode says so (the fast path for common text included)', () => {
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue; // a lone surrogate is no character
    const ch = String.fromCharCode(c);
    // Beside ordinary text, as on a page: 龙泉“平安”…
    const text = `龙泉“平安”${ch}1.2%`;
    assert.deepEqual(formatCharacters(text), CF.test(ch) ? [[6, 7]] : [], `U+${c.toString(16).toUpperCase().padStart(4, '0')}`);
  }
});
