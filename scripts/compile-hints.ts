/**
 * npm run build's last step: the framework scripts every page runs at load (build-manifest.json's
 * rootMainFiles: React DOM, the Next.js client, Turbopack's runtime) get V8's explicit compile hint
 * `//# allFunctionsCalledOnLoad` as their first line (https://v8.dev/blog/explicit-compile-hints).
 * Chromium then compiles their functions while it streams the script, off the main thread, instead
 * of on first call: React DOM's module, compiled lazily, was most of the page's longest task (about
 * 80 ms of a 4×-throttled phone's 330). Browsers without the hint read a comment. Idempotent; each
 * file is rewritten atomically (lib/io/write-atomic.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../lib/io/write-atomic';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** Adds the hint to the build's root main files in `distDir`; returns the files it changed. */
export function addCompileHints(distDir: string): string[] {
  const manifestFile = path.join(distDir, 'build-manifest.json');
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { rootMainFiles?: unknown };
  if (!Array.isArray(manifest.rootMainFiles)) throw new Error(`${manifestFile}: no rootMainFiles list`);
  const changed: string[] = [];
  for (const rel of manifest.rootMainFiles) {
    if (typeof rel !== 'string' || !rel.endsWith('.js')) continue;
    const file = path.join(distDir, rel);
    const text = fs.readFileSync(file, 'utf8');
    if (text.startsWith(COMPILE_HINT)) continue;
    writeFileAtomic(file, COMPILE_HINT + text);
    changed.push(rel);
  }
  return changed;
}

if (process.argv[1] && path.resolve(process.argv[1]) === __filename) {
  try {
    const dist = path.resolve(__dirname, '..', '.next');
    const changed = addCompileHints(dist);
    console.error(`[compile-hints] ${changed.length} root main file(s) hinted${changed.length ? `: ${changed.join(', ')}` : ''}`);
  } catch (e) {
    console.error(`[compile-hints] ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}
