/**
 * `npm start` (scripts/start.ts) passes SIGTERM and SIGINT on to the server it starts: after the
 * signal, the port is free and no process of the ones it started is left. The real command, on
 * a free port (PORT) against the small fixture data (DATA_DIR), in its own process group so the
 * test can tell its processes apart (an orphan keeps its group when its parent dies).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { after, before, describe, test } from 'node:test';
import { ROOT, buildIsStale, runBuild } from '../../scripts/start';
import { FIXTURE_DATA } from './server';

/** Live processes of a process group, as "pid name" ([] when none), from /proc. */
function groupMembers(pgid: number): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    // "pid (comm) state ppid pgrp …": comm may hold spaces and parentheses.
    const close = stat.lastIndexOf(')');
    const [state, , pgrp] = stat.slice(close + 2).split(' ');
    if (Number(pgrp) === pgid && state !== 'Z') out.push(`${entry} ${stat.slice(stat.indexOf('(') + 1, close)}`);
  }
  return out;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** True when nothing listens on the port: we can listen on it ourselves (all interfaces, as next start). */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, () => srv.close(() => resolve(true)));
  });
}

async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs: number, detail: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what} within ${timeoutMs} ms\n${detail()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('npm start passes SIGTERM and SIGINT to the server', () => {
  const groups: number[] = [];
  before(() => {
    if (buildIsStale()) runBuild();
  }, { timeout: 300_000 });
  after(() => {
    // A failed test must not leave a server behind either.
    for (const g of groups) {
      try {
        process.kill(-g, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  });

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    test(`${signal} to npm start frees the port and leaves no process`, { timeout: 120_000 }, async () => {
      const port = await freePort();
      let output = '';
      const npm = spawn('npm', ['start'], {
        cwd: ROOT,
        detached: true, // its own process group: every process it starts stays in it
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, PORT: String(port), DATA_DIR: FIXTURE_DATA, NEXT_TELEMETRY_DISABLED: '1' },
      });
      const pgid = npm.pid!;
      groups.push(pgid);
      npm.stdout!.on('data', (b: Buffer) => (output += b.toString()));
      npm.stderr!.on('data', (b: Buffer) => (output += b.toString()));
      const exited = new Promise<void>((resolve) => npm.once('exit', () => resolve()));
      const log = () => `${output.slice(-2000)}\nleft: ${groupMembers(pgid).join(', ')}`;

      await until('npm start answers', async () => {
        if (npm.exitCode !== null) throw new Error(`npm start exited with ${npm.exitCode}\n${output}`);
        try {
          return (await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(5000) })).status === 200;
        } catch {
          return false;
        }
      }, 60_000, log);
      const started = groupMembers(pgid);
      assert.ok(started.some((p) => /zj-serve/.test(p)), `the server (scripts/serve.ts) runs: ${started.join(', ')}`);

      process.kill(pgid, signal); // to npm alone, as a service manager or `kill` would
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        exited,
        new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`npm start did not exit within 20 s\n${log()}`)), 20_000))),
      ]).finally(() => clearTimeout(timer));
      await until('every process npm start started ends', () => groupMembers(pgid).length === 0, 10_000, log);
      assert.ok(await portIsFree(port), `port ${port} is free\n${log()}`);
    });
  }
});
