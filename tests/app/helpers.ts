import fs from 'node:fs';
import path from 'node:path';
import { after, before } from 'node:test';
import { buildDataset, type Dataset } from '../../lib/data/dataset';
import type { StatsDb } from '../../lib/db/stats-db';
import { parseViewState, type SearchParams, type ViewState } from '../../lib/view-state';
import { fixtureDb } from '../db/helpers';

export const FIXTURE_DIR = path.join(__dirname, '..', 'fixtures', 'processed');

export function fixtureDataset(): Dataset {
  const read = (f: string) => ({ file: f, text: fs.readFileSync(path.join(FIXTURE_DIR, f), 'utf8') });
  return buildDataset(read('articles.csv'), read('facts.csv'));
}

/** The fixture's database, opened before this file's tests (as the server opens it) and removed after. */
export function useFixtureDb(corrections: string | null = null): (() => StatsDb) & { ready(): Promise<StatsDb> } {
  let db: StatsDb | null = null;
  let done = () => {};
  let opening: Promise<StatsDb> | null = null;
  const ready = () => (opening ??= fixtureDb(corrections).then((o) => {
    done = o.done;
    return (db = o.db);
  }));
  before(ready);
  after(() => done());
  return Object.assign(() => {
    if (!db) throw new Error('the fixture database is not open yet');
    return db;
  }, { ready });
}

export const state = (p: SearchParams = {}): ViewState => parseViewState(p);
export const links = { fact: (a: string, f: string) => `/article/${encodeURIComponent(a)}#fact-${f}`, region: (c: string) => `/region/${c}` };
