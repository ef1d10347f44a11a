/**
 * npm run bench [-- --mb 20 --hostile-mb 50 --runs 1]: builds a corpus of at least 20 MB from the
 * sample pages, then times in the same run, as whole processes: the floor (read the files, one
 * regex) and the extraction (npm run extract -- --no-db), at half and full size, and prints MB/s
 * (by the clock and per CPU-second of the process, all its threads: the machine is shared, so the
 * clock depends on the others' load), the ratio to the floor and peak memory; with --runs N, each
 * is timed N times, alternating, and the median run is shown. The database the app serves, which
 * `npm run extract` builds after the CSVs (npm run build:db alone), is timed on a line of its own.
 * Then one hostile file: the sample pages repeated on one line to --hostile-mb MB (0: skipped).
 * Targets: ≥ 10 MB/s, within 10× of the floor, peak memory that does not grow with the corpus,
 * and the one-line file in under 30 s.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { hostilePage } from './bench/hostile-pages';

const { values } = parseArgs({ options: { mb: { type: 'string', default: '20' }, 'hostile-mb': { type: 'string', default: '50' }, runs: { type: 'string', default: '1' } } });
const runs = Math.max(1, Number(values.runs) || 1);
const targetBytes = Number(values.mb) * 1e6;
const hostileBytes = Number(values['hostile-mb']) * 1e6;
const root = path.resolve(__dirname, '..');
const seeds = path.join(root, 'data/raw');
const rusage = path.join(__dirname, 'bench/report-rusage.cjs');

/** Copies the sample pages until the folder holds `bytes`; returns the byte count. */
function buildCorpus(dir: string, bytes: number): number {
  mkdirSync(dir, { recursive: true });
  const pages = readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => path.join(seeds, f));
  let total = 0;
  const manifest = ['source,date,paper'];
  for (let i = 0; total < bytes; i++) {
    const src = pages[i % pages.length]!;
    const name = `page-${String(i).padStart(6, '0')}.txt`;
    copyFileSync(src, path.join(dir, name));
    manifest.push(`${name},2018-07-${String((i % 28) + 1).padStart(2, '0')},浙江法制报`);
    total += statSync(src).size;
  }
  writeFileSync(path.join(dir, 'manifest.csv'), `${manifest.join('\n')}\n`);
  return total;
}

interface Run { readonly seconds: number; readonly maxRssMb: number; readonly cpuSeconds: number }

/** The run of median time (the upper one of an even count). */
const median = (rs: readonly Run[]): Run => [...rs].sort((a, b) => a.seconds - b.seconds)[Math.floor(rs.length / 2)]!;

function timeProcess(args: string[]): Run {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', 'tsx/cjs', ...args], {
    cwd: root, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: `--require ${rusage}` }, maxBuffer: 1 << 26,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed (${r.status}):\n${r.stderr}`);
  const m = /@@rusage (.*)/.exec(r.stderr);
  const usage = m ? (JSON.parse(m[1]!) as { maxRssKb: number; cpuUs: number }) : null;
  return { seconds, maxRssMb: usage ? usage.maxRssKb / 1024 : NaN, cpuSeconds: usage ? usage.cpuUs / 1e6 : NaN };
}

/** One file of `bytes` (about): the sample pages' text on a single line. */
function buildOneLine(dir: string, bytes: number): number {
  mkdirSync(dir, { recursive: true });
  const sample = hostilePage('one line', 100_000);
  const perChar = Buffer.byteLength(sample) / sample.length;
  const text = hostilePage('one line', Math.ceil(bytes / perChar));
  writeFileSync(path.join(dir, 'one-line.txt'), text);
  return Buffer.byteLength(text);
}

const loadBefore = os.loadavg().map((l) => l.toFixed(1)).join(' ');
const work = mkdtempSync(path.join(os.tmpdir(), 'zj-bench-'));
try {
  const half = buildCorpus(path.join(work, 'half'), targetBytes / 2);
  const full = buildCorpus(path.join(work, 'full'), targetBytes);
  const mb = (b: number) => b / 1e6;
  const floors: Run[] = [];
  const smalls: Run[] = [];
  const bigs: Run[] = [];
  for (let i = 0; i < runs; i++) {
    floors.push(timeProcess(['scripts/bench/floor.ts', path.join(work, 'full')]));
    smalls.push(timeProcess(['scripts/extract.ts', '--input', path.join(work, 'half'), '--out', path.join(work, 'out-half'), '--no-db']));
    bigs.push(timeProcess(['scripts/extract.ts', '--input', path.join(work, 'full'), '--out', path.join(work, 'out-full'), '--no-db']));
  }
  const [floor, small, big] = [median(floors), median(smalls), median(bigs)];
  const db = timeProcess(['scripts/build-db.ts', '--data', path.join(work, 'out-full')]);
  const published = path.join(work, 'out-full', 'current');
  const outMb = mb(readdirSync(published).reduce((n, f) => n + statSync(path.join(published, f)).size, 0));
  const rate = (b: number, r: Run) => mb(b) / r.seconds;
  const cpuRate = (b: number, r: Run) => mb(b) / r.cpuSeconds;
  const line = (label: string, b: number, r: Run) =>
    console.log(`${label.padEnd(27)}${rate(b, r).toFixed(1).padStart(5)} MB/s (${r.seconds.toFixed(1)} s)   ${cpuRate(b, r).toFixed(1).padStart(5)} MB per CPU-s   peak ${r.maxRssMb.toFixed(0)} MB`);
  console.log(`machine: ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? '?'}; load average before: ${loadBefore}`);
  console.log(`corpus: ${mb(full).toFixed(1)} MB (${readdirSync(path.join(work, 'full')).length - 1} pages), output ${outMb.toFixed(1)} MB`);
  line('floor (read + one regex):', full, floor);
  line(`extract ${mb(half).toFixed(0)} MB:`, half, small);
  line(`extract ${mb(full).toFixed(0)} MB:`, full, big);
  line(`database from ${mb(full).toFixed(0)} MB's CSVs:`, full, db);
  console.log(`(the database, stats.duckdb, is built after the CSVs by npm run extract, or alone by npm run build:db; the figures above are the extraction's)`);
  console.log(`ratio extract/floor: ${(big.seconds / floor.seconds).toFixed(2)}× by the clock, ${(big.cpuSeconds / floor.cpuSeconds).toFixed(2)}× in CPU time (target ≤ 10×); extract ${rate(full, big) >= 10 ? 'meets' : 'MISSES'} 10 MB/s`);
  console.log(`peak memory growth from ${mb(half).toFixed(0)} to ${mb(full).toFixed(0)} MB of input: ${(big.maxRssMb - small.maxRssMb).toFixed(0)} MB`);
  if (hostileBytes > 0) {
    const oneLine = buildOneLine(path.join(work, 'one-line'), hostileBytes);
    const r = timeProcess(['scripts/extract.ts', '--input', path.join(work, 'one-line'), '--out', path.join(work, 'out-one-line'), '--file-timeout', '0']);
    line(`one line of ${mb(oneLine).toFixed(0)} MB:`, oneLine, r);
    console.log(`one-line file: ${r.seconds < 30 ? 'meets' : 'MISSES'} 30 s`);
  }
  console.log(`load average after: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
