/**
 * The floor for the extraction benchmark: read every .txt file under a folder and run one regex
 * over it, as a whole process. Usage: tsx scripts/bench/floor.ts DIR
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from '../../lib/io/run-extraction';

const dir = process.argv[2]!;
let figures = 0;
for (const f of listFiles(dir)) {
  if (!f.endsWith('.txt')) continue;
  figures += readFileSync(path.join(dir, f), 'utf8').match(/\d+(?:\.\d+)?[%万亿]?/g)?.length ?? 0;
}
console.log(`${figures} figures`);
