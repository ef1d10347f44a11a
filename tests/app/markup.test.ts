/**
 * Static markup as a string (components/common/markup.ts): every attribute value and text is
 * escaped as React would write it, and absent attributes are left out. The map and the region list
 * set such strings as inner HTML, so a region name, label or figure is data, never markup.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { el, escapeMarkup, text } from '../../components/common/markup';

test('svg markup: attributes and text escaped like React; null and undefined attributes left out', () => {
  const hostile = `"><script>alert('x')</script>&amp;`;
  assert.equal(escapeMarkup(hostile), '&quot;&gt;&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;&amp;amp;');
  const mine = el('a', { href: `/?region=331181&metric=${hostile}`, 'aria-label': hostile, 'data-x': null, 'data-y': undefined, width: 7 }, el('title', {}, text(hostile)));
  // React's own rendering of the same element (inside an svg, as on the map) is the reference.
  const react = renderToStaticMarkup(createElement('svg', null, createElement('a', { href: `/?region=331181&metric=${hostile}`, 'aria-label': hostile, width: 7 }, createElement('title', null, hostile))));
  assert.equal(`<svg>${mine}</svg>`, react);
  assert.ok(!mine.includes('<script') && !mine.includes('data-x') && !mine.includes('data-y'));
});
