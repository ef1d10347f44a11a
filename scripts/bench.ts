/**
 * npm run bench [-- --mb 20]: builds a corpus of at least 20 MB from the sample pages, then times
 * in the same run, as whole processes: the floor (read the files, one regex) and the extraction,
 * at half and full size, and prints MB/s, the ratio to the floor and peak memory. Targets: ≥ 10
 * MB/s, within 10× of the floor, and peak memory that does not grow with the corpus.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { mb: { type: 'string', default: '20' } } });
const targetBytes = Number(values.mb) * 1e6;
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

interface Run { readonly seconds: number; readonly maxRssMb: number }

function timeProcess(args: string[]): Run {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', 'tsx/cjs', ...args], {
    cwd: root, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: `--require ${rusage}` }, maxBuffer: 1 << 26,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed (${r.status}):\n${r.stderr}`);
  const m = /@@rusage (.*)/.exec(r.stderr);
  return { seconds, maxRssMb: m ? JSON.parse(m[1]!).maxRssKb / 1024 : NaN };
}

const work = mkdtempSync(path.join(os.tmpdir(), 'zj-bench-'));
try {
  const half = buildCorpus(path.join(work, 'half'), targetBytes / 2);
  const full = buildCorpus(path.join(work, 'full'), targetBytes);
  const mb = (b: number) => b / 1e6;
  const floor = timeProcess(['scripts/bench/floor.ts', path.join(work, 'full')]);
  const small = timeProcess(['scripts/extract.ts', '--input', path.join(work, 'half'), '--out', path.join(work, 'out-half')]);
  const big = timeProcess(['scripts/extract.ts', '--input', path.join(work, 'full'), '--out', path.join(work, 'out-full')]);
  const outMb = mb(readdirSync(path.join(work, 'out-full')).reduce((n, f) => n + statSync(path.join(work, 'out-full', f)).size, 0));
  const rate = (b: number, r: Run) => mb(b) / r.seconds;
  console.log(`corpus: ${mb(full).toFixed(1)} MB (${readdirSync(path.join(work, 'full')).length - 1} pages), output ${outMb.toFixed(1)} MB`);
  console.log(`floor (read + one regex):  ${rate(full, floor).toFixed(1)} MB/s   peak ${floor.maxRssMb.toFixed(0)} MB`);
  console.log(`extract ${mb(half).toFixed(0)} MB:            ${rate(half, small).toFixed(1)} MB/s   peak ${small.maxRssMb.toFixed(0)} MB`);
  console.log(`extract ${mb(full).toFixed(0)} MB:            ${rate(full, big).toFixed(1)} MB/s   peak ${big.maxRssMb.toFixed(0)} MB`);
  console.log(`ratio floor/extract: ${(big.seconds / floor.seconds).toFixed(2)}× (target ≤ 10×); extract ${rate(full, big) >= 10 ? 'meets' : 'MISSES'} 10 MB/s`);
  console.log(`peak memory growth from ${mb(half).toFixed(0)} to ${mb(full).toFixed(0)} MB of input: ${(big.maxRssMb - small.maxRssMb).toFixed(0)} MB`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
