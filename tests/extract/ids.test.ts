import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ARTICLE_ID_PATTERN, articleId, factId } from '../../lib/extract/ids';

const articles: ReadonlyArray<{ name: string; input: readonly [string, number]; context: readonly [string, number]; expected: boolean }> = [
  { name: 'the same source and index give the same id', input: ['003_ca38a797cef3df5d.txt', 2], context: ['003_ca38a797cef3df5d.txt', 2], expected: true },
  { name: 'another index gives another id', input: ['003_ca38a797cef3df5d.txt', 2], context: ['003_ca38a797cef3df5d.txt', 3], expected: false },
  { name: 'another source gives another id', input: ['003_ca38a797cef3df5d.txt', 2], context: ['000_c0456899170a34a3.txt', 2], expected: false },
];

describe('articleId', () => {
  for (const { name, input, context, expected } of articles) {
    test(name, () => {
      const [a, b] = [articleId(...input), articleId(...context)];
      assert.equal(a === b, expected);
      assert.match(a, ARTICLE_ID_PATTERN);
    });
  }
  test('is pinned: ids in saved links keep working across runs and versions', () => assert.equal(articleId('003_ca38a797cef3df5d.txt', 2), 'abecc3db09b4'));
});

const article = articleId('003_ca38a797cef3df5d.txt', 1);
const facts: ReadonlyArray<{ name: string; input: readonly [number, number]; context: readonly [string, number, number]; expected: boolean }> = [
  { name: 'the same article and offsets give the same id', input: [230, 236], context: [article, 230, 236], expected: true },
  { name: 'other offsets give another id', input: [230, 236], context: [article, 217, 221], expected: false },
  { name: 'another end gives another id', input: [230, 236], context: [article, 230, 237], expected: false },
  { name: 'another article gives another id', input: [230, 236], context: [articleId('003_ca38a797cef3df5d.txt', 2), 230, 236], expected: false },
];

describe('factId', () => {
  for (const { name, input, context, expected } of facts) {
    test(name, () => {
      const [a, b] = [factId(article, ...input), factId(context[0] as typeof article, context[1], context[2])];
      assert.equal(a === b, expected);
      assert.match(a, /^[0-9a-f]{12}$/);
    });
  }
});
