import fs from 'node:fs';
import path from 'node:path';
import { buildDataset, type Dataset } from '../../lib/data/dataset';

export const FIXTURE_DIR = path.join(__dirname, '..', 'fixtures', 'processed');

export function fixtureDataset(): Dataset {
  const read = (f: string) => ({ file: f, text: fs.readFileSync(path.join(FIXTURE_DIR, f), 'utf8') });
  return buildDataset(read('articles.csv'), read('facts.csv'));
}
