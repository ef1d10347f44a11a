import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { ManifestError, assignManifest, decodeManifest, parseManifest } from '../../lib/io/read-manifest';

const CSV = 'source,date,paper\na.txt,2019-03-21,浙江法制报\n';

describe('manifest encodings, as pages are decoded', () => {
  const encodings: ReadonlyArray<{ name: string; bytes: Uint8Array }> = [
    { name: 'UTF-8', bytes: new TextEncoder().encode(CSV) },
    { name: 'UTF-8 with BOM', bytes: new TextEncoder().encode(`\uFEFF${CSV}`) },
    { name: 'UTF-16LE with BOM', bytes: iconv.encode(CSV, 'utf16le', { addBOM: true }) },
    { name: 'UTF-16BE with BOM', bytes: iconv.encode(CSV, 'utf16be', { addBOM: true }) },
    { name: 'GBK (Excel on Chinese Windows)', bytes: iconv.encode(CSV, 'gbk') },
  ];
  for (const { name, bytes } of encodings) {
    test(`reads a manifest saved as ${name}`, () => {
      assert.equal(parseManifest(decodeManifest(bytes, 'manifest.csv'), 'manifest.csv').get('a.txt')?.paper, '浙江法制报');
    });
  }
});

describe('which file a row applies to', () => {
  const files = ['b.txt', 'sub/a.txt', 'sub/b.txt', 'sub1/d.txt', 'sub2/d.txt', 'x/y/c.txt'];
  const assign = (csv: string, onUnused?: (row: { line: number; source: string }) => void) =>
    assignManifest(parseManifest(`source,date\n${csv}`, 'in/manifest.csv'), files, 'in/manifest.csv', onUnused);

  test('a path names the file at that path', () => {
    assert.deepEqual([...assign('sub/b.txt,2019-01-01\n').keys()], ['sub/b.txt']);
  });
  test('a bare name is the file at the top level, even where a subfolder has one of the same name', () => {
    assert.deepEqual([...assign('b.txt,2019-01-01\n').keys()], ['b.txt']);
  });
  test('a bare name no top-level file has is the only file of that name', () => {
    const m = assign('c.txt,2019-01-01\n');
    assert.deepEqual([...m.keys()], ['x/y/c.txt']);
    assert.equal(m.get('x/y/c.txt')?.source, 'x/y/c.txt');
  });
  test('a bare name two files have is an error naming both, with file and line', () => {
    assert.throws(() => assign('a.txt,2019-01-01\nd.txt,2019-01-02\n'), (e: unknown) =>
      e instanceof ManifestError && e.message.startsWith('in/manifest.csv:3:') && e.message.includes('"sub1/d.txt"') && e.message.includes('"sub2/d.txt"'));
  });
  test('Windows separators and ./ are read as paths', () => {
    assert.deepEqual([...assign('.\\sub\\b.txt,2019-01-01\n').keys()], ['sub/b.txt']);
  });
  test('two rows for one file are an error', () => {
    assert.throws(() => assign('a.txt,2019-01-01\nsub/a.txt,2019-01-02\n'), /in\/manifest\.csv:3: source "sub\/a\.txt" is "sub\/a\.txt", which line 2 already describes/);
  });
  test('a row that names no file is reported, not an error', () => {
    const unused: number[] = [];
    assert.equal(assign('gone.txt,2019-01-01\nsub/b.txt,2019-01-01\n', (r) => unused.push(r.line)).size, 1);
    assert.deepEqual(unused, [2]);
  });
});

describe('manifest dates', () => {
  for (const date of ['1949-10-01', '2100-12-31']) {
    test(`accepts ${date}`, () => assert.equal(parseManifest(`source,date\na.txt,${date}\n`, 'm.csv').get('a.txt')?.date, date));
  }
  for (const date of ['1948-12-31', '0019-03-21', '2101-01-01', '9999-12-31']) {
    test(`refuses ${date} with file and line`, () => {
      assert.throws(() => parseManifest(`source,date\nb.txt,2019-01-01\na.txt,${date}\n`, 'm.csv'), new RegExp(`m\\.csv:3: date "${date}" is not between 1949 and 2100$`));
    });
  }
});

test('field contents in messages are quoted, without control or format characters, and cut short', () => {
  const evil = 'a\u001b[31m\u202Eb\u0007.txt';
  assert.throws(() => parseManifest(`source,date\n"${evil}",2019-01-01\n"${evil}",2019-01-01\n`, 'm.csv'), (e: unknown) =>
    e instanceof ManifestError && e.message === 'm.csv:3: source "a[31mb.txt" is listed twice');
  assert.throws(() => parseManifest(`source,date\na.txt,${'9'.repeat(200)}\n`, 'm.csv'), (e: unknown) =>
    e instanceof ManifestError && e.message.length < 140 && e.message.includes('…"'));
});
