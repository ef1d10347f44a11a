/** LinkNavigator's decision: which clicks become a client-side navigation, and which the browser keeps. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { navigationTarget, type ClickLike } from '../../components/common/navigation-target';

const HERE = 'https://zj.example/?metric=crime.change.%25';

/** An element inside an anchor with these attributes (href relative to HERE, as in the markup). */
function inside(attrs: Record<string, string> | null): ClickLike['target'] {
  const anchor = attrs && {
    href: new URL(attrs.href ?? '', HERE).href,
    target: attrs.target ?? '',
    hasAttribute: (n: string) => n in attrs,
    getAttribute: (n: string) => attrs[n] ?? null,
  };
  return { closest: (sel: string) => (sel === 'a[data-nav]' && anchor && 'data-nav' in attrs ? anchor : null) } as unknown as EventTarget;
}

function click(attrs: Record<string, string> | null, over: Partial<ClickLike> = {}): ClickLike {
  return { defaultPrevented: false, button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false, target: inside(attrs), ...over };
}

test('a plain click on an app link navigates on the client, keeping query and hash', () => {
  assert.deepEqual(navigationTarget(click({ href: '/region/331100', 'data-nav': '' }), HERE), { href: '/region/331100', scroll: true });
  assert.deepEqual(navigationTarget(click({ href: '/article/a1#fact-f1', 'data-nav': '' }), HERE), { href: '/article/a1#fact-f1', scroll: true });
  assert.deepEqual(
    navigationTarget(click({ href: '/?sort=value&dir=desc', 'data-nav': '', 'data-nav-scroll': 'false' }), HERE),
    { href: '/?sort=value&dir=desc', scroll: false },
    'a filter link keeps the scroll position',
  );
});

test('the browser keeps every click that is not a plain same-site click on an app link', () => {
  const link = { href: '/region/331100', 'data-nav': '' };
  for (const [why, e] of [
    ['not an app link', click({ href: '/region/331100' })],
    ['no link at all', click(null)],
    ['middle button', click(link, { button: 1 })],
    ['ctrl (new tab)', click(link, { ctrlKey: true })],
    ['meta (new tab)', click(link, { metaKey: true })],
    ['shift (new window)', click(link, { shiftKey: true })],
    ['alt (download)', click(link, { altKey: true })],
    ['already handled', click(link, { defaultPrevented: true })],
    ['another window', click({ ...link, target: '_blank' })],
    ['a download', click({ ...link, download: '' })],
    ['another site', click({ href: 'https://elsewhere.example/region/331100', 'data-nav': '' })],
    ['a jump within the page', click({ href: '/?metric=crime.change.%25#facts', 'data-nav': '' })],
    ['a target without closest()', { ...click(link), target: {} as EventTarget }],
  ] as const) assert.equal(navigationTarget(e, HERE), null, why);
  assert.notEqual(navigationTarget(click({ ...link, target: '_self' }), HERE), null, '_self is this window');
});
