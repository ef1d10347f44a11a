import assert from 'node:assert/strict';
import { test } from 'node:test';
import vm from 'node:vm';
import { DEFAULT_EMBED_STATE, embedStateToSearch, parseEmbedState } from '../../components/embed/embed-state';
import { HEIGHT_MESSAGE, dashboardPath, embedPath, iframeSnippet } from '../../components/embed/embed-urls';

test('the embed reads the dashboard parameters; malformed values fall back to defaults', () => {
  assert.deepEqual(parseEmbedState({}), DEFAULT_EMBED_STATE);
  assert.deepEqual(
    parseEmbedState({ metric: 'volunteers.level.人', region: '331100', level: 'county', from: '2018', to: '2019-06', paper: '浙江法制报', lang: 'en', theme: 'dark' }),
    { metric: 'volunteers.level.人', region: '331100', level: 'county', from: '2018', to: '2019-06', paper: '浙江法制报', reviewed: false, lang: 'en', theme: 'dark' },
  );
  assert.equal(parseEmbedState({ reviewed: '1' }).reviewed, true);
  assert.equal(embedPath('map', parseEmbedState({ reviewed: '1', lang: 'en' })), '/embed/map?reviewed=1&lang=en');
  assert.deepEqual(
    parseEmbedState({ metric: '"><script>', region: '33', level: 'town', from: '2018-13', to: ['2019', '2020'], paper: 'x\u0000', lang: 'fr', theme: 'blue' }),
    { ...DEFAULT_EMBED_STATE, to: '2019' },
  );
});

test('links keep only non-default parameters, in the dashboard order', () => {
  const s = { ...DEFAULT_EMBED_STATE, theme: 'dark' as const, metric: 'crime.change.%', from: '2018', paper: '浙江法制报' };
  assert.equal(embedStateToSearch(DEFAULT_EMBED_STATE), '');
  const q = 'metric=crime.change.%25&from=2018&paper=%E6%B5%99%E6%B1%9F%E6%B3%95%E5%88%B6%E6%8A%A5&theme=dark';
  assert.equal(embedPath('map', s), `/embed/map?${q}`);
  assert.equal(dashboardPath('map', s), `/?${q}`);
  assert.equal(dashboardPath('timeline', DEFAULT_EMBED_STATE), '/#timeline-title');
  assert.deepEqual(parseEmbedState(Object.fromEntries(new URLSearchParams(embedPath('map', s).split('?')[1]))), s);
});

/** Runs the snippet's script against a stand-in page holding its iframe. */
function runSnippet(snippet: string) {
  const script = /<script>([\s\S]*)<\/script>/.exec(snippet)![1]!;
  const listeners: ((e: unknown) => void)[] = [];
  const frameWindow = {};
  const frame = { contentWindow: frameWindow, style: { height: '' } };
  const other = { contentWindow: {}, style: { height: '' } };
  vm.runInNewContext(script, {
    window: { addEventListener: (type: string, fn: (e: unknown) => void) => type === 'message' && listeners.push(fn) },
    document: { querySelectorAll: (sel: string) => (sel === 'iframe[data-zj-embed]' ? [frame, other] : []) },
  });
  assert.equal(listeners.length, 1);
  const send = (e: unknown) => listeners[0]!(e);
  return { frame, other, frameWindow, send };
}

test('the snippet: an escaped iframe to the embed, and a script that resizes only that frame, only from the dashboard', () => {
  const snippet = iframeSnippet({ origin: 'http://127.0.0.1:3000', chart: 'map', state: { ...DEFAULT_EMBED_STATE, region: '331100' }, title: '浙江 "地图" <b>' });
  assert.match(snippet, /^<iframe src="http:\/\/127\.0\.0\.1:3000\/embed\/map\?region=331100" title="浙江 &quot;地图&quot; &lt;b&gt;" width="100%" height="520" [^>]*data-zj-embed><\/iframe>\n<script>/);
  const { frame, other, frameWindow, send } = runSnippet(snippet);
  send({ origin: 'http://evil.example', source: frameWindow, data: { type: HEIGHT_MESSAGE, height: 900 } });
  assert.equal(frame.style.height, '', 'other origins are ignored');
  send({ origin: 'http://127.0.0.1:3000', source: frameWindow, data: { type: 'other', height: 900 } });
  send({ origin: 'http://127.0.0.1:3000', source: frameWindow, data: { type: HEIGHT_MESSAGE, height: 'x' } });
  send({ origin: 'http://127.0.0.1:3000', source: frameWindow, data: { type: HEIGHT_MESSAGE, height: 1e9 } });
  assert.equal(frame.style.height, '', 'other messages and absurd heights are ignored');
  send({ origin: 'http://127.0.0.1:3000', source: frameWindow, data: { type: HEIGHT_MESSAGE, height: 611.2 } });
  assert.equal(frame.style.height, '612px');
  assert.equal(other.style.height, '', 'only the frame that sent it');
});
