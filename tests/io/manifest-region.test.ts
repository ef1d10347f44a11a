import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ManifestError, parseManifest } from '../../lib/io/read-manifest';

describe('the manifest\'s region column', () => {
  test('gives every article of a file its place', () => {
    const m = parseManifest('source,date,url,region\na.txt,2023-01-05,http://www.yuhuan.gov.cn/x.html,331083\nb.txt,2023-01-06,,\n', 'manifest.csv');
    assert.equal(m.get('a.txt')?.region, '331083');
    assert.equal(m.get('b.txt')?.region, '');
  });
  test('accepts 000000 for a feed about places outside Zhejiang', () => {
    assert.equal(parseManifest('source,date,region\na.txt,2023-01-05,000000\n', 'manifest.csv').get('a.txt')?.region, '000000');
  });
  test('is optional', () => {
    assert.equal(parseManifest('source,date\na.txt,2023-01-05\n', 'manifest.csv').get('a.txt')?.region, '');
  });
  for (const bad of ['320100', '3310', 'yuhuan', '331083x']) {
    test(`refuses "${bad}", naming the file and line`, () => {
      assert.throws(() => parseManifest(`source,date,region\na.txt,2023-01-05,331083\nb.txt,2023-01-06,${bad}\n`, 'feeds/manifest.csv'),
        (e: unknown) => e instanceof ManifestError && e.message.startsWith('feeds/manifest.csv:3: region') && e.message.includes(bad));
    });
  }
});
