/**
 * The extraction worker as one plain JavaScript file: lib/io/page-worker.ts and everything it
 * imports, bundled by esbuild into .tmp/extract-worker/, so that each worker thread starts by
 * loading one file instead of compiling the extractor's TypeScript through tsx. Built on first use
 * and again whenever one of its sources (or package-lock.json) changes: a hash of their contents
 * is kept beside the bundle. Where it cannot be built (esbuild missing, a read-only folder), the
 * caller falls back to loading the TypeScript through tsx.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const ENTRY = 'lib/io/page-worker.ts';
const OUT_DIR = path.join(ROOT, '.tmp', 'extract-worker');
export const WORKER_BUNDLE = path.join(OUT_DIR, 'page-worker.js');
const STAMP = path.join(OUT_DIR, 'page-worker.inputs.json');

interface Stamp {
  /** The bundle's own sources, relative to ROOT (node_modules are covered by package-lock.json). */
  readonly inputs: readonly string[];
  readonly hash: string;
}

/** A hash of the contents of `files` (relative to ROOT); null when one of them is gone. */
function hashOf(files: readonly string[]): string | null {
  const h = createHash('sha256');
  for (const f of files) {
    try {
      h.update(f).update('\0').update(readFileSync(path.join(ROOT, f))).update('\0');
    } catch {
      return null;
    }
  }
  return h.digest('hex');
}

function readStamp(): Stamp | null {
  try {
    return JSON.parse(readFileSync(STAMP, 'utf8')) as Stamp;
  } catch {
    return null;
  }
}

/** Writes `content` beside `file` and renames it into place: a concurrent reader sees all or nothing. */
function replace(file: string, content: string | Uint8Array): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, file);
}

function build(): void {
  // Loaded only when a build is needed: a fresh bundle costs no esbuild start-up.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require('esbuild') as typeof import('esbuild');
  const result = esbuild.buildSync({
    absWorkingDir: ROOT, entryPoints: [ENTRY], bundle: true, platform: 'node', format: 'cjs', target: 'node20',
    write: false, metafile: true, logLevel: 'silent', legalComments: 'none',
  });
  const inputs = [...Object.keys(result.metafile.inputs).filter((f) => !f.includes('node_modules/')), 'package-lock.json'].sort();
  const hash = hashOf(inputs);
  if (!hash) throw new Error('a source of the worker vanished while it was built');
  mkdirSync(OUT_DIR, { recursive: true });
  replace(WORKER_BUNDLE, result.outputFiles[0]!.contents);
  replace(STAMP, JSON.stringify({ inputs, hash } satisfies Stamp));
}

/**
 * The path of an up-to-date worker bundle, built if needed; null when it cannot be built, with
 * the reason passed to `onProblem`.
 */
export function workerBundle(onProblem: (reason: string) => void = () => {}): string | null {
  const stamp = readStamp();
  if (stamp && hashOf(stamp.inputs) === stamp.hash) return WORKER_BUNDLE;
  try {
    build();
    return WORKER_BUNDLE;
  } catch (e) {
    rmSync(STAMP, { force: true });
    onProblem(`could not build the extraction worker (${(e as Error).message.split('\n')[0]}); loading its TypeScript instead`);
    return null;
  }
}
