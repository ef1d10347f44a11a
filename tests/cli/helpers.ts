/** Helpers for tests that run the extract command as a user would. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');

export interface CommandResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a script as `npm run` would; REVIEW_DATA_DIR is an empty folder unless `env` says otherwise (never the real data/). */
export function runScript(script: string, args: readonly string[], env: Readonly<Record<string, string>> = {}): CommandResult {
  const r = spawnSync(process.execPath, ['--require', 'tsx/cjs', path.join(ROOT, script), ...args], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, REVIEW_DATA_DIR: tempDir('zj-review-data-'), ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const extract = (args: readonly string[], env?: Readonly<Record<string, string>>) => runScript('scripts/extract.ts', args, env);

export function tempDir(prefix = 'zj-test-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A copy of the bundled sample corpus in a fresh folder. */
export function sampleCorpus(): string {
  const dir = tempDir('zj-corpus-');
  cpSync(path.join(ROOT, 'data/raw'), dir, { recursive: true });
  return dir;
}

export const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');
