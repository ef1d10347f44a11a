import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isDecodablePath, malformedPathPage } from '../../lib/http/malformed-path';

test('paths that cannot be percent-decoded are told apart from those that can', () => {
  for (const p of ['/article/%ZZ', '/article/%', '/article/%FF', '/article/%E0%A4%A', '/region/%C0%AF', '/embed/x%2']) {
    assert.equal(isDecodablePath(p), false, p);
  }
  for (const p of ['/', '/article/abc', '/article/%25', '/region/%E6%9D%AD', '/article/x.txt', '/embed/%2F']) {
    assert.equal(isDecodablePath(p), true, p);
  }
});

test('the malformed path page is a complete document with the not-found words and no script', () => {
  const html = malformedPathPage();
  assert.match(html, /^<!DOCTYPE html>/);
  assert.match(html, /<h1>未找到<\/h1>/);
  assert.match(html, /<a href="\/">返回地图<\/a>/);
  assert.doesNotMatch(html, /<script/i);
});
