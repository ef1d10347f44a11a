import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decodeBytes, type TextEncoding } from '../../lib/extract/decode-bytes';

const TEXT = '龙泉目前有626支平安志愿者队伍,共1.3万余人。\n全省刑事案件同比下降了13.7%。';
const CRLF = TEXT.replace(/\n/g, '\r\n');
const bytes = (...parts: ReadonlyArray<Uint8Array | readonly number[]>) => new Uint8Array(Buffer.concat(parts.map((p) => Buffer.from(p))));
const BOM8 = [0xef, 0xbb, 0xbf];

const cases: ReadonlyArray<{ name: string; input: Uint8Array; expected: { text: string; encoding: TextEncoding } }> = [
  { name: 'UTF-8 without a BOM', input: bytes(Buffer.from(TEXT, 'utf8')), expected: { text: TEXT, encoding: 'utf-8' } },
  { name: 'UTF-8 with a BOM (the BOM is dropped)', input: bytes(BOM8, Buffer.from(TEXT, 'utf8')), expected: { text: TEXT, encoding: 'utf-8' } },
  { name: 'UTF-16LE with a BOM', input: bytes([0xff, 0xfe], iconv.encode(TEXT, 'utf-16le')), expected: { text: TEXT, encoding: 'utf-16le' } },
  { name: 'UTF-16BE with a BOM', input: bytes([0xfe, 0xff], iconv.encode(TEXT, 'utf-16be')), expected: { text: TEXT, encoding: 'utf-16be' } },
  { name: 'GB18030 bytes', input: bytes(iconv.encode(TEXT, 'gb18030')), expected: { text: TEXT, encoding: 'gb18030' } },
  { name: 'GBK bytes (read as GB18030, a superset)', input: bytes(iconv.encode(TEXT, 'gbk')), expected: { text: TEXT, encoding: 'gb18030' } },
  { name: 'a place name in GB18030', input: bytes(iconv.encode('龙泉市', 'gb18030')), expected: { text: '龙泉市', encoding: 'gb18030' } },
  { name: 'UTF-8 with CRLF line ends (kept for tidyPage)', input: bytes(Buffer.from(CRLF, 'utf8')), expected: { text: CRLF, encoding: 'utf-8' } },
  { name: 'GB18030 with CRLF line ends', input: bytes(iconv.encode(CRLF, 'gb18030')), expected: { text: CRLF, encoding: 'gb18030' } },
  { name: 'UTF-16LE with CRLF line ends', input: bytes([0xff, 0xfe], iconv.encode(CRLF, 'utf-16le')), expected: { text: CRLF, encoding: 'utf-16le' } },
  { name: 'plain ASCII as UTF-8', input: bytes(Buffer.from('110 12345', 'utf8')), expected: { text: '110 12345', encoding: 'utf-8' } },
  { name: 'an empty file', input: new Uint8Array(0), expected: { text: '', encoding: 'utf-8' } },
];

describe('decodeBytes', () => {
  for (const { name, input, expected } of cases) {
    test(`decodes ${name}`, () => assert.deepEqual(decodeBytes(input), expected));
  }
});

test('a UTF-8 byte order mark before bytes that are not UTF-8 is an error, not a guess', () => {
  assert.throws(() => decodeBytes(bytes(BOM8, iconv.encode(TEXT, 'gb18030'))), /not valid UTF-8 after its UTF-8 byte order mark/);
});
