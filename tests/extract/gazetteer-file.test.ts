import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { gazetteer } from '../../lib/extract/gazetteer';
import { decodeGazetteer, encodeGazetteer } from '../../lib/extract/gazetteer-file';

describe('the gazetteer as bytes (gazetteer-file.ts)', () => {
  const g = gazetteer();
  const bytes = encodeGazetteer(g)!;

  test('read back, it is the gazetteer the build makes: every table, name and word', () => {
    assert.ok(bytes);
    const back = decodeGazetteer(bytes)!;
    assert.ok(back);
    assert.deepEqual(back, g);
    // The names' objects keep the build's shape, key by key and in order.
    for (const i of [0, 1000, g.names.length - 1]) assert.deepEqual(Object.keys(back.names[i]!), Object.keys(g.names[i]!));
  });

  test('bytes at an offset that is no multiple of 4 read the same', () => {
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    assert.deepEqual(decodeGazetteer(shifted.subarray(1)), g);
  });

  test('other bytes, a cut file or a file of another format give null', () => {
    assert.equal(decodeGazetteer(new Uint8Array()), null);
    assert.equal(decodeGazetteer(Buffer.from('not a gazetteer at all')), null);
    assert.equal(decodeGazetteer(bytes.subarray(0, bytes.length - 1)), null);
    const other = Buffer.from(bytes);
    const headerLength = other.readUInt32LE(0);
    const header = other.toString('utf8', 4, 4 + headerLength).replace('"format":1', '"format":9');
    other.write(header, 4, 'utf8');
    assert.equal(decodeGazetteer(other), null);
  });
});
