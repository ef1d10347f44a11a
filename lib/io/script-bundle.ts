/**
 * A TypeScript entry and everything it imports as one plain JavaScript file, bundled by esbuild
 * into .tmp/<name>/, so that a thread or a command starts by loading one file instead of
 * compiling TypeScript through tsx: the extraction worker (lib/io/page-worker.ts) and the extract
 * command (scripts/extract-cli.ts; esbuild and DuckDB are left to Node). Built on
 * first use and again whenever one of its sources (or package-lock.json) changes: a hash of their
 * contents is kept beside the bundle. Where it cannot be built (esbuild missing, a read-only
 * folder), the caller falls back to the TypeScript through tsx.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './write-atomic';

/** The project's folder (bundles live two levels below it, so this holds in a bundle too). */
export const ROOT = path.resolve(__dirname, '..', '..');

export interface BundleSpec {
  /** The entry, relative to ROOT. */
  readonly entry: string;
  /** The bundle is .tmp/<name>/<name>.js. */
  readonly name: string;
  /** Packages left out of the bundle (required from node_modules when used). */
  readonly external: readonly string[];
}

export const WORKER: BundleSpec = { entry: 'lib/io/page-worker.ts', name: 'extract-worker', external: [] };
// esbuild stays out (it builds the worker's bundle from the command's: bundled, it cannot run), and
// DuckDB (a native module, loaded only to build the database).
export const EXTRACT_CLI: BundleSpec = { entry: 'scripts/extract-cli.ts', name: 'extract-cli', external: ['esbuild', '@duckdb/node-api'] };

export const bundlePath = (spec: BundleSpec): string => path.join(ROOT, '.tmp', spec.name, `${spec.name}.js`);
const stampPath = (spec: BundleSpec): string => path.join(ROOT, '.tmp', spec.name, `${spec.name}.inputs.json`);

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

function readStamp(spec: BundleSpec): Stamp | null {
  try {
    return JSON.parse(readFileSync(stampPath(spec), 'utf8')) as Stamp;
  } catch {
    return null;
  }
}

function build(spec: BundleSpec): void {
  // Loaded only when a build is needed: a fresh bundle costs no esbuild start-up.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require('esbuild') as typeof import('esbuild');
  const result = esbuild.buildSync({
    absWorkingDir: ROOT, entryPoints: [spec.entry], bundle: true, platform: 'node', format: 'cjs', target: 'node20',
    external: [...spec.external],
    write: false, metafile: true, logLevel: 'silent', legalComments: 'none',
  });
  const inputs = [...Object.keys(result.metafile.inputs).filter((f) => !f.includes('node_modules/')), 'package-lock.json'].sort();
  const hash = hashOf(inputs);
  if (!hash) throw new Error('a source of the bundle vanished while it was built');
  // Each file whole or not at all for a concurrent reader; the stamp last, so it never vouches for an older bundle.
  writeFileAtomic(bundlePath(spec), result.outputFiles[0]!.contents);
  writeFileAtomic(stampPath(spec), JSON.stringify({ inputs, hash } satisfies Stamp));
}

/**
 * The path of an up-to-date bundle of `spec`, built if needed; null when it cannot be built, with
 * the reason passed to `onProblem`.
 */
export function scriptBundle(spec: BundleSpec, onProblem: (reason: string) => void = () => {}): string | null {
  const stamp = readStamp(spec);
  if (stamp && hashOf(stamp.inputs) === stamp.hash) return bundlePath(spec);
  try {
    build(spec);
    return bundlePath(spec);
  } catch (e) {
    rmSync(stampPath(spec), { force: true });
    onProblem(`could not build ${spec.entry} into JavaScript (${(e as Error).message.split('\n')[0]}); loading its TypeScript instead`);
    return null;
  }
}

/** The hash of the sources `spec`'s bundle was last built from; null when it has none. */
export function bundleHash(spec: BundleSpec): string | null {
  return readStamp(spec)?.hash ?? null;
}

/**
 * Runs a bundle as a module of this process, compiled as it is: a loader hook (tsx's, which also
 * reads plain JavaScript) is not asked to transform it.
 */
export function runBundle(file: string): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Module = require('node:module') as typeof import('node:module') & { _nodeModulePaths(dir: string): string[] };
  const m = new Module(file) as InstanceType<typeof import('node:module')> & { _compile(code: string, file: string): void };
  m.filename = file;
  m.paths = Module._nodeModulePaths(path.dirname(file));
  m._compile(readFileSync(file, 'utf8'), file);
}
