/**
 * When the data was last extracted: the time facts.csv in DATA_DIR was written (the extractor
 * writes it atomically at the end of a run; the CSVs themselves carry no date, so that the same
 * inputs give byte-identical files). Server only; '' when there is no data yet.
 */
import fs from 'node:fs';
import path from 'node:path';
import { FACTS_FILE, dataDir } from './config';

/** "2026-11-26" (UTC) of facts.csv's last write, or '' when it is missing. */
export function extractionDate(dir: string = dataDir()): string {
  try {
    return fs.statSync(path.join(dir, FACTS_FILE)).mtime.toISOString().slice(0, 10);
  } catch {
    return '';
  }
}
