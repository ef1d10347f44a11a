/**
 * One production server for the e2e tests: built if needed, started as ONE process
 * (scripts/serve.ts, as `npm start` runs it: Next.js behind the page cache; never `npx next
 * start`, which leaves a next-server child holding the port) in its own process group, and killed
 * by group id.
 *
 * Data: E2E_DATA_DIR if set; else the real extractor's output for data/raw (run once into
 * .tmp/e2e-data, again when data/raw or the extractor changes); else the hand-made fixture.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ROOT, buildIsStale, isStale, runBuild, serverArgs } from '../../scripts/start';

export const FIXTURE_DATA = path.join(ROOT, 'tests', 'fixtures', 'processed');
const EXTRACTED = path.join(ROOT, '.tmp', 'e2e-data');

export interface DataChoice {
  readonly dir: string;
  readonly kind: 'env' | 'extracted' | 'fixture';
}

/** Where the e2e server reads its CSVs from (see the module comment). */
export function e2eDataDir(): DataChoice {
  if (process.env.E2E_DATA_DIR) return { dir: path.resolve(process.env.E2E_DATA_DIR), kind: 'env' };
  const extractor = path.join(ROOT, 'scripts', 'extract.ts');
  if (fs.existsSync(extractor)) {
    const facts = path.join(EXTRACTED, 'facts.csv');
    if (isStale(facts, ['data/raw', 'scripts/extract.ts', 'scripts/extract-cli.ts', 'lib/extract', 'lib/schema.ts', 'lib/regions'])) {
      fs.mkdirSync(EXTRACTED, { recursive: true });
      const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), extractor, '--input', 'data/raw', '--out', EXTRACTED], {
        cwd: ROOT, encoding: 'utf8', timeout: 120_000,
      });
      if (r.status !== 0) {
        console.error(`[e2e] extractor failed (exit ${r.status}); using the fixture.\n${(r.stderr ?? '').slice(-2000)}`);
        return { dir: FIXTURE_DATA, kind: 'fixture' };
      }
    }
    if (fs.existsSync(facts)) return { dir: EXTRACTED, kind: 'extracted' };
  }
  return { dir: FIXTURE_DATA, kind: 'fixture' };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url: string, child: ChildProcess, log: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}\n${log()}`);
    try {
      const r = await fetch(url, { signal: AbortSignal.timeout(5000) });
      if (r.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not answer ${url} within ${timeoutMs} ms\n${log()}`);
}

export interface TestServer {
  readonly url: string;
  readonly data: DataChoice;
  /** Server output so far (for failure messages). */
  log(): string;
  stop(): Promise<void>;
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

export interface ServerOptions {
  /** Extra environment for the server (REVIEW_DATA_DIR, SESSION_SECRET, DATA_DIR …). */
  readonly env?: Readonly<Record<string, string>>;
}

export async function startServer(opts: ServerOptions = {}): Promise<TestServer> {
  if (buildIsStale()) runBuild();
  const data: DataChoice = opts.env?.DATA_DIR ? { dir: path.resolve(opts.env.DATA_DIR), kind: 'env' } : e2eDataDir();
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, serverArgs(port, '127.0.0.1'), {
    cwd: ROOT,
    detached: true, // own process group: stop() kills the group
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...opts.env, DATA_DIR: data.dir, NEXT_TELEMETRY_DISABLED: '1', PORT: String(port) },
  });
  child.stdout!.on('data', (b: Buffer) => (output += b.toString()));
  child.stderr!.on('data', (b: Buffer) => (output += b.toString()));
  // Never leave the server behind: on normal exit, and when the test process is interrupted.
  const onExit = () => killGroup(child, 'SIGKILL');
  const onSignal = (signal: NodeJS.Signals) => {
    killGroup(child, 'SIGKILL');
    process.exit(128 + (os.constants.signals[signal] ?? 0));
  };
  process.on('exit', onExit);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const stop = async () => {
    process.off('exit', onExit);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    killGroup(child, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };

  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(url, child, () => output, 60_000);
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, data, log: () => output, stop };
}
