/**
 * Bytes of a text file → string. UTF-8 (with or without BOM) and UTF-16 with a BOM are read as
 * such; anything that is not valid UTF-8 is read as GB18030 (a superset of GBK and GB2312).
 */
import { Buffer, isUtf8 } from 'node:buffer';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
}

export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const body = bytes.subarray(3);
    if (!isUtf8(body)) throw new Error('not valid UTF-8 after its UTF-8 byte order mark');
    return { text: utf8Text(body), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (isUtf8(bytes)) return { text: utf8Text(bytes), encoding: 'utf-8' };
  // Not UTF-8: the Chinese national standard encoding is the only other one papers use.
  return { text: gb18030.decode(bytes), encoding: 'gb18030' };
}

/** isUtf8 and Buffer#toString are Node's SIMD paths: several times faster than a fatal TextDecoder. */
const utf8Text = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
const gb18030 = new TextDecoder('gb18030');
