/** Helpers for the database tests: a temporary data folder with the fixture CSVs, opened as the server opens it. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { statsDb, type StatsDb } from '../../lib/db/stats-db';
import { FIXTURE_DIR } from '../app/helpers';

/** A fresh folder holding the fixture CSVs (and `extra` files), removed by the caller. */
export function fixtureFolder(extra: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zj-db-'));
  for (const f of ['articles.csv', 'facts.csv']) fs.copyFileSync(path.join(FIXTURE_DIR, f), path.join(dir, f));
  for (const [name, text] of Object.entries(extra)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

/** The fixture data as the server sees it, with corrections.csv from `corrections` (none when null). */
export async function fixtureDb(corrections: string | null = null): Promise<{ db: StatsDb; dir: string; done: () => void }> {
  const dir = fixtureFolder(corrections === null ? {} : { 'corrections.csv': corrections });
  const db = await statsDb(dir, path.join(dir, 'corrections.csv'));
  return { db, dir, done: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
