/**
 * The input manifest: manifest.csv with at least `source,date` and optionally
 * `paper,page,url,title,region` (region: the GB/T 2260 code of the place every article of the
 * file is about, for feeds from one county's site; 000000 for outside Zhejiang). A malformed
 * manifest is an error that names its line.
 */
import Papa from 'papaparse';
import { getDivision } from '../regions/divisions';
import { NO_REGION_CODE, type SourceMeta } from '../schema';

export class ManifestError extends Error {}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function validDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

/** Parses manifest text; `file` names it in messages. Throws ManifestError "file:line: reason". */
export function parseManifest(text: string, file: string): Map<string, SourceMeta> {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  const first = parsed.errors[0];
  if (first) throw new ManifestError(`${file}:${(first.row ?? 0) + 2}: ${first.message}`);
  const fields = parsed.meta.fields ?? [];
  for (const need of ['source', 'date']) {
    if (!fields.includes(need)) throw new ManifestError(`${file}:1: missing column "${need}" (has: ${fields.join(', ') || 'none'})`);
  }
  const out = new Map<string, SourceMeta>();
  parsed.data.forEach((row, i) => {
    const line = i + 2;
    const source = (row.source ?? '').trim();
    const date = (row.date ?? '').trim();
    if (!source) throw new ManifestError(`${file}:${line}: empty source`);
    if (date && !validDate(date)) throw new ManifestError(`${file}:${line}: date "${date}" is not YYYY-MM-DD`);
    const region = (row.region ?? '').trim();
    if (region && region !== NO_REGION_CODE && !getDivision(region)) {
      throw new ManifestError(`${file}:${line}: region "${region}" is not the code of a Zhejiang division (or 000000)`);
    }
    if (out.has(source)) throw new ManifestError(`${file}:${line}: source "${source}" is listed twice`);
    out.set(source, {
      source, date, dateBasis: date ? 'manifest' : 'none',
      paper: (row.paper ?? '').trim(), page: (row.page ?? '').trim(), url: (row.url ?? '').trim(), title: (row.title ?? '').trim(), region,
    });
  });
  return out;
}

export function emptyMeta(source: string): SourceMeta {
  return { source, date: '', dateBasis: 'none', paper: '', page: '', url: '', title: '', region: '' };
}
