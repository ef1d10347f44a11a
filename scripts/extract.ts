/**
 * npm run extract -- --input DIR --out DIR   (defaults data/raw → data/processed)
 * Reads every .txt page under DIR (and its manifest.csv), writes articles.csv, facts.csv, sources.csv and
 * skipped.csv (and facts.reviewed.csv) as one set, published at once when the run has finished, and
 * prints a summary. A file taking longer than --file-timeout seconds (default 60, 0 for no limit)
 * is skipped. --threads N sets the worker threads (default: one per core but one; the output is the
 * same for any number). Exit 0 when the run finished (even with skipped files); 2 when it could not
 * start (a usage error, a missing input folder, a malformed manifest, an output folder in use by
 * another run); 130/143 when interrupted (SIGINT/SIGTERM), 1 when it failed: the previous outputs
 * are then as they were.
 *
 * This file only starts the command: its code (scripts/extract-cli.ts and what it imports) is
 * loaded as one JavaScript file that esbuild builds when a source has changed
 * (lib/io/script-bundle.ts), which starts in a fraction of the time tsx takes to compile the
 * TypeScript; where no bundle can be built, the TypeScript is loaded as it is.
 */
import { EXTRACT_CLI, runBundle, scriptBundle } from '../lib/io/script-bundle';

const bundle = scriptBundle(EXTRACT_CLI, (problem) => console.error(`extract: ${problem}`));
// eslint-disable-next-line @typescript-eslint/no-require-imports
if (bundle) runBundle(bundle);
else require('./extract-cli');
