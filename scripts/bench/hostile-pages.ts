/**
 * Pages shaped to stall an extractor whose look-backs are not bounded, made from the bundled
 * sample pages (data/raw) at any size: for the linear-time test and `npm run bench`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const RAW = path.resolve(__dirname, '..', '..', 'data', 'raw');

/** The sample pages' text as one run of body text: no line breaks, blanks or page footers. */
function sampleText(): string {
  return readdirSync(RAW).filter((f) => f.endsWith('.txt')).sort()
    .flatMap((f) => readFileSync(path.join(RAW, f), 'utf8').split('\n'))
    .filter((line) => !/社址|邮编|零售价|订阅热线|广告/.test(line))
    .join('').replace(/\s+/g, '');
}

export type HostileShape = keyof typeof SHAPES;

const SHAPES = {
  /** The pages on one line: one paragraph of ordinary sentences. */
  'one line': (t: string) => t,
  /** One endless sentence: every stop made a comma. */
  'one sentence': (t: string) => t.replace(/[。!！?？;；]/g, ','),
  /** One endless clause: no punctuation at all. */
  'one clause': (t: string) => t.replace(/[。!！?？;；,，:：、]/g, ''),
  /** Lines of 30 characters, no stops and no blank lines: OCR repair joins them all. */
  'wrapped lines': (t: string) => t.replace(/[。!！?？…;；]/g, ',').replace(/(.{30})/g, '$1\n'),
  /** Figures and nothing else: 1起、2起、… */
  'only figures': (t: string) => Array.from({ length: t.length / 4 }, (_, i) => `${i % 97}起、`).join(''),
  /** Open quotes that never close: “1个“2个… */
  'open quotes': (t: string) => Array.from({ length: t.length / 5 }, (_, i) => `“${i % 997}个`).join(''),
} satisfies Record<string, (text: string) => string>;

export const HOSTILE_SHAPES = Object.keys(SHAPES) as HostileShape[];

/** A page of `shape` of about `chars` characters. */
export function hostilePage(shape: HostileShape, chars: number): string {
  const one = SHAPES[shape](sampleText());
  return one.repeat(Math.ceil(chars / one.length)).slice(0, chars);
}
