/**
 * The server's handle on stats.duckdb: an in-memory DuckDB with the file attached read-only (so
 * any number of servers can share one file), the reviewers' decisions as a small overlay table
 * beside it, and a cache of query results. Reopened — a new generation, with a new cache — when
 * the database file or corrections.csv changes; built first when the database is missing or
 * older than the CSVs. Queries run on a small pool of connections; identical queries in flight
 * share one answer.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection, type DuckDBPreparedStatement, type DuckDBType, type DuckDBValue } from '@duckdb/node-api';
import { dataDir } from '../data/config';
import { correctionsPath } from '../review/config';
import { DB_SCHEMA_VERSION, buildStatsDb } from './build-db';
import { DB_FILE, csvStamps, dataStamp, fileStamp } from './data-stamp';
import { applyOverlay, type OverlaySummary } from './overlay';
import { preloadFacts } from './preload';
import { createRegionRank } from './region-rank';

export type Params = Record<string, DuckDBValue>;
export type Row = Record<string, unknown>;

/** Connections per generation: the machine has two cores; a third keeps one free for short reads. */
const POOL = 3;
/** How long a replaced generation stays open for the requests that still hold it. */
const RETIRE_MS = 30_000;
/** DuckDB's memory limit per generation (the statistics are read ahead into it when the file takes at most half). */
const MEMORY_LIMIT_MB = 512;
/** Query results kept per generation (least recently used go first). */
const CACHE_ENTRIES = 4000;
/**
 * Prepared statements kept per connection, by SQL text (least recently used go first). The views
 * ask a bounded set of texts (lib/db/queries.ts: values are parameters); parsing and planning one
 * again for every new URL state took some 4 ms of the server's main thread per dashboard.
 */
const STATEMENTS_PER_CONNECTION = 256;

export interface StatsDb {
  /** Changes whenever the data readers see changes (database file, corrections): part of every cache key. */
  readonly generation: number;
  readonly dir: string;
  /** The reviewers' decisions as applied (orphans, problems, counts). */
  readonly review: OverlaySummary;
  /** Runs `sql` with named parameters ($name) and returns its rows as plain JS values. */
  query(sql: string, params?: Params, types?: Record<string, DuckDBType>): Promise<Row[]>;
  /** The result of `compute`, cached per generation under `key` (identical keys in flight share one run). */
  cached<T>(key: string, compute: () => Promise<T>): Promise<T>;
}

class Generation implements StatsDb {
  private readonly idle: DuckDBConnection[] = [];
  private readonly waiting: ((c: DuckDBConnection) => void)[] = [];
  private readonly cache = new Map<string, Promise<unknown>>();
  private readonly statements = new Map<DuckDBConnection, Map<string, Promise<DuckDBPreparedStatement>>>();
  private active = 0;
  private retired = false;
  private closed = false;

  constructor(
    readonly generation: number,
    readonly dir: string,
    readonly key: string,
    private readonly instance: DuckDBInstance,
    connections: DuckDBConnection[],
    readonly review: OverlaySummary,
  ) {
    this.idle.push(...connections);
  }

  private acquire(): Promise<DuckDBConnection> {
    const c = this.idle.pop();
    if (c) return Promise.resolve(c);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(c: DuckDBConnection): void {
    const next = this.waiting.shift();
    if (next) next(c);
    else this.idle.push(c);
  }

  async query(sql: string, params: Params = {}, types?: Record<string, DuckDBType>): Promise<Row[]> {
    if (this.closed) throw new Error('[db] query on a database closed after the data changed');
    this.active++;
    const c = await this.acquire();
    try {
      const statement = await this.prepared(c, sql);
      statement.clearBindings();
      statement.bind(params, types);
      const reader = await statement.runAndReadAll();
      return reader.getRowObjectsJS() as Row[];
    } finally {
      this.release(c);
      this.active--;
    }
  }

  /** `sql` prepared on connection `c` (which runs one query at a time), once while it is among the recently used. */
  private prepared(c: DuckDBConnection, sql: string): Promise<DuckDBPreparedStatement> {
    let kept = this.statements.get(c);
    if (!kept) this.statements.set(c, (kept = new Map()));
    const hit = kept.get(sql);
    if (hit) {
      kept.delete(sql);
      kept.set(sql, hit);
      return hit;
    }
    const p = c.prepare(sql);
    kept.set(sql, p);
    p.catch(() => kept.delete(sql)); // an error is not remembered
    if (kept.size > STATEMENTS_PER_CONNECTION) {
      const [oldest, statement] = kept.entries().next().value!;
      kept.delete(oldest);
      void statement.then((st) => st.destroySync(), () => {});
    }
    return p;
  }

  cached<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.cache.get(key);
    if (hit) {
      this.cache.delete(key); // most recently used last
      this.cache.set(key, hit);
      return hit as Promise<T>;
    }
    const p = compute();
    this.cache.set(key, p);
    p.catch(() => this.cache.delete(key)); // a failure is not remembered
    if (this.cache.size > CACHE_ENTRIES) this.cache.delete(this.cache.keys().next().value!);
    return p;
  }

  isClosed(): boolean {
    return this.closed;
  }

  /** Replaced by a newer generation: closed when requests that still hold it have had time to finish. */
  retire(): void {
    if (this.retired) return;
    this.retired = true;
    this.cache.clear();
    const later = () => {
      if (this.active > 0) return void setTimeout(later, RETIRE_MS).unref();
      this.closed = true;
      for (const c of this.idle.splice(0)) c.closeSync();
      this.instance.closeSync();
    };
    setTimeout(later, RETIRE_MS).unref();
  }
}

function sqlString(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

async function readBuildInfo(c: DuckDBConnection): Promise<Map<string, string>> {
  const rows = (await c.runAndReadAll(`SELECT key, value FROM stats.build_info`)).getRowObjectsJS();
  return new Map(rows.map((r) => [String(r.key), String(r.value)]));
}

/** Why the database must be (re)built from the CSVs, or null when it is current. */
export async function staleness(file: string, dir: string): Promise<string | null> {
  if (fileStamp(file) === 'missing') return 'missing';
  const instance = await DuckDBInstance.create(':memory:');
  try {
    const c = await instance.connect();
    await c.run(`ATTACH ${sqlString(file)} AS stats (READ_ONLY)`);
    const info = await readBuildInfo(c);
    c.closeSync();
    if (info.get('schema') !== DB_SCHEMA_VERSION) return 'built by an older version';
    if (info.get('stamps') !== csvStamps(dir)) return 'older than the CSVs';
    return null;
  } catch (e) {
    return `unreadable (${(e as Error).message})`;
  } finally {
    instance.closeSync();
  }
}

let current: Generation | null = null;
let opening: { key: string; promise: Promise<Generation> } | null = null;
let counter = 0;
const building = new Map<string, Promise<void>>();

/** Builds the database of `dir` once at a time in this process (other processes rename over it harmlessly). */
function ensureBuilt(dir: string, file: string): Promise<void> {
  let p = building.get(file);
  if (!p) {
    p = (async () => {
      const why = await staleness(file, dir);
      if (!why) return;
      console.warn(`[db] ${file} is ${why}: building it from the CSVs …`);
      const r = await buildStatsDb(dir, file);
      console.warn(`[db] built ${file}: ${r.articles} articles, ${r.facts} statistics, ${r.problemCount} problem(s)`);
    })().finally(() => building.delete(file));
    building.set(file, p);
  }
  return p;
}


async function open(dir: string, file: string, corrections: string): Promise<Generation> {
  await ensureBuilt(dir, file);
  // Read after building: a change while opening makes the next request open again.
  const key = dataStamp(dir, corrections);
  const instance = await DuckDBInstance.create(':memory:', { threads: '2', memory_limit: `${MEMORY_LIMIT_MB}MB` });
  try {
    const setup = await instance.connect();
    await setup.run(`ATTACH ${sqlString(file)} AS stats (READ_ONLY)`);
    const text = readCorrections(corrections);
    const review = await applyOverlay(setup, text, corrections);
    await createRegionRank(setup);
    setup.closeSync();
    const connections = await Promise.all(Array.from({ length: POOL }, () => instance.connect()));
    return new Generation(++counter, dir, key, instance, connections, review);
  } catch (e) {
    instance.closeSync();
    throw e;
  }
}

/** In the background (readers' queries share the pool with it): the statistics into memory. */
async function readAhead(g: Generation, file: string): Promise<void> {
  try {
    await preloadFacts(g, statSync(file).size, MEMORY_LIMIT_MB * 1024 * 1024);
  } catch (e) {
    if (!g.isClosed()) console.warn(`[db] reading ${file} ahead: ${(e as Error).message}`);
  }
}

function readCorrections(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

/**
 * The current database of `dir` (default DATA_DIR) with the decisions of corrections.csv applied.
 * Cheap when nothing changed: a few stat calls.
 */
export async function statsDb(dir: string = dataDir(), corrections: string = correctionsPath()): Promise<StatsDb> {
  const file = path.join(dir, DB_FILE);
  const key = dataStamp(dir, corrections);
  if (current && current.key === key) return current;
  if (!opening || opening.key !== key) {
    const promise = open(dir, file, corrections);
    opening = { key, promise };
    promise.then((g) => {
      if (opening?.promise === promise) opening = null;
      const old = current;
      current = g;
      old?.retire();
      void readAhead(g, file);
    }, () => {
      if (opening?.promise === promise) opening = null;
    });
  }
  return opening.promise;
}
