/** The two bundled seed pages (data/raw), read once for the tests that look at whole pages. */
import fs from 'node:fs';
import path from 'node:path';
import type { SourceMeta } from '../../lib/schema';

const RAW = path.join(__dirname, '..', '..', 'data', 'raw');

export const SEED_000 = '000_c0456899170a34a3.txt';
export const SEED_003 = '003_ca38a797cef3df5d.txt';

export function seedBytes(source: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(RAW, source)));
}

export function seedText(source: string): string {
  return fs.readFileSync(path.join(RAW, source), 'utf8');
}

/** Metadata as the manifest gives it (data/raw/manifest.csv). */
export function seedMeta(source: string): SourceMeta {
  const date = source === SEED_000 ? '2019-03-21' : '2018-07-18';
  return { source, paper: '浙江法制报', date, dateBasis: 'manifest', page: '1', url: '', title: '', region: '' };
}

/** Metadata for a page written for a test. */
export function testMeta(source: string, date: string): SourceMeta {
  return { source, paper: '浙江法制报', date, dateBasis: date ? 'manifest' : 'none', page: '1', url: '', title: '', region: '' };
}
