import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { filledGzip, filledRaw, holedBody, MAX_FILL } from '../../lib/http/holed-gzip';

const HOLE = 'PLACEHOLDERxyz123';

/** What the filled body must be: the text with every placeholder replaced. */
const expected = (text: string, fill: string) => Buffer.from(text.split(HOLE).join(fill));

test('a gzip filled per response inflates to the body with the value in every hole', () => {
  const text = `<html><script nonce="${HOLE}">a()</script>${'平安浙江 '.repeat(5000)}<p>"nonce":"${HOLE}"</p>${HOLE}`;
  const h = holedBody(Buffer.from(text), HOLE);
  assert.equal(h.pieces.length, 4);
  for (const fill of ['fkUtOg+wfSU77xT3sJTtmg==', 'x', '', 'n'.repeat(300)]) {
    const gz = Buffer.concat(filledGzip(h, Buffer.from(fill)));
    assert.deepEqual(gunzipSync(gz), expected(text, fill), fill); // gunzip checks the CRC and length too
    assert.deepEqual(Buffer.concat(filledRaw(h, Buffer.from(fill))), expected(text, fill));
  }
});

test('the body is compressed once: a repetitive page stays small, holes or not', () => {
  const text = `<script nonce="${HOLE}"></script>` + '<tr><td>杭州市</td><td>13.7%</td></tr>'.repeat(20_000) + `<script nonce="${HOLE}"></script>`;
  const h = holedBody(Buffer.from(text), HOLE);
  const gz = Buffer.concat(filledGzip(h, Buffer.from('abcdefghijklmnop')));
  assert.ok(gz.length < text.length / 50, `${gz.length} bytes for ${text.length}`);
});

test('bodies without a hole, starting or ending with one, binary ones and empty ones', () => {
  for (const body of [Buffer.from('no hole here'), Buffer.from(HOLE), Buffer.from(`${HOLE}${HOLE}`), Buffer.alloc(0), Buffer.concat([randomBytes(70_000), Buffer.from(HOLE), randomBytes(10)])]) {
    const h = holedBody(body, HOLE);
    const fill = Buffer.from('NONCE-VALUE');
    const want = Buffer.from(body.toString('latin1').split(HOLE).join('NONCE-VALUE'), 'latin1');
    assert.deepEqual(gunzipSync(Buffer.concat(filledGzip(h, fill))), want);
  }
});

test('a fill longer than one stored block, or an empty placeholder, is refused', () => {
  const h = holedBody(Buffer.from(`a${HOLE}b`), HOLE);
  assert.throws(() => filledGzip(h, Buffer.alloc(MAX_FILL + 1)), /longer than/);
  assert.throws(() => holedBody(Buffer.from('x'), ''), /empty placeholder/);
});
