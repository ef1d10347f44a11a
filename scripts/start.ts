/**
 * npm start: make sure the data and the build are current, then serve.
 *
 *   1. data/processed/facts.csv missing or older than a file in data/raw → npm run extract
 *   2. stats.duckdb (in DATA_DIR, default data/processed) missing or older than its CSVs → npm run build:db
 *   3. .next/BUILD_ID missing or older than app/ components/ lib/ public/ (or next.config.js,
 *      package.json) → next build, then scripts/compile-hints.ts (as npm run build). The data is
 *      not a build input: every page reads it per request.
 *   4. scripts/serve.ts on $PORT (default 3000): Next.js behind the page cache, forwarding signals.
 *
 * The freshness helpers are exported for tests/e2e/server.ts.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addCompileHints } from './compile-hints';

export const ROOT = path.resolve(__dirname, '..');
export const NEXT_BIN = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');
/** The production server (scripts/serve.ts) as node arguments: one process, which owns its port. */
export function serverArgs(port: number | string, hostname?: string): string[] {
  return ['--require', 'tsx/cjs', path.join(ROOT, 'scripts', 'serve.ts'), '-p', String(port), ...(hostname ? ['-H', hostname] : [])];
}
export const BUILD_INPUTS = ['app', 'components', 'lib', 'public', 'data/quality.json', 'next.config.js', 'proxy.ts', 'tsconfig.json', 'package.json'];

/** Newest modification time under `p` (a file or a directory, recursively); 0 when missing. */
export function newestMtime(p: string): number {
  let st: fs.Stats;
  try {
    st = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of fs.readdirSync(p)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(path.join(p, entry)));
  }
  return newest;
}

export function mtimeOf(file: string): number {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

/** True when `target` is missing or older than anything in `inputs` (paths relative to ROOT). */
export function isStale(target: string, inputs: readonly string[]): boolean {
  const t = mtimeOf(target);
  if (t === 0) return true;
  return inputs.some((i) => newestMtime(path.resolve(ROOT, i)) > t);
}

export function buildIsStale(): boolean {
  return isStale(path.join(ROOT, '.next', 'BUILD_ID'), BUILD_INPUTS);
}

/** next build (type checking is `npm run typecheck`'s job), output to stderr. Throws on failure. */
export function runBuild(env: NodeJS.ProcessEnv = process.env): void {
  console.error('[start] next build …');
  const r = spawnSync(process.execPath, [NEXT_BIN, 'build'], {
    cwd: ROOT,
    stdio: ['ignore', process.stderr, process.stderr], // keep stdout clean for test reporters
    env: { ...env, ZJ_SKIP_TYPECHECK: '1', NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (r.status !== 0) throw new Error(`next build failed (exit ${r.status ?? r.signal})`);
  addCompileHints(path.join(ROOT, '.next'));
}

function runExtract(): void {
  console.error('[start] npm run extract (data/raw → data/processed) …');
  const r = spawnSync('npm', ['run', '-s', 'extract'], { cwd: ROOT, stdio: 'inherit', env: process.env });
  if (r.status !== 0) throw new Error(`npm run extract failed (exit ${r.status ?? r.signal})`);
}

/** Builds the data folder's stats.duckdb when it is missing or older than the CSVs. */
export function ensureDatabase(env: NodeJS.ProcessEnv = process.env): void {
  const r = spawnSync(process.execPath, ['--require', 'tsx/cjs', path.join(ROOT, 'scripts', 'build-db.ts'), '--if-stale'], {
    cwd: ROOT, stdio: ['ignore', process.stderr, process.stderr], env,
  });
  if (r.status !== 0) throw new Error(`npm run build:db failed (exit ${r.status ?? r.signal})`);
}

function serve(port: string): ChildProcess {
  console.error(`[start] serving on port ${port}`);
  const child = spawn(process.execPath, serverArgs(port), { cwd: ROOT, stdio: 'inherit', env: process.env });
  const forward = (signal: NodeJS.Signals) => {
    if (child.exitCode === null) child.kill(signal);
  };
  for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(s, () => forward(s));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 1)));
  return child;
}

function main(): void {
  const facts = path.join(ROOT, 'data', 'processed', 'facts.csv');
  if (!process.env.DATA_DIR && isStale(facts, ['data/raw'])) runExtract();
  ensureDatabase();
  if (buildIsStale()) runBuild();
  serve(process.env.PORT || '3000');
}

if (process.argv[1] && path.resolve(process.argv[1]) === __filename) {
  try {
    main();
  } catch (e) {
    console.error(`[start] ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}
