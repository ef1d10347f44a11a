/**
 * The input manifest: manifest.csv with at least `source,date` and optionally
 * `paper,page,url,title,region` (region: the GB/T 2260 code of the place every article of the
 * file is about, for feeds from one county's site; 000000 for outside Zhejiang). Decoded like the
 * pages (UTF-8 with or without BOM, UTF-16 with BOM, else GB18030: Excel on Chinese Windows saves
 * GBK). A row names a file by its path in the input folder (sub/a.txt); a bare name (a.txt) is the
 * file of that name at the top level, else the only file of that name. A malformed manifest is an
 * error that names its file and line, with field contents quoted and without control characters.
 */
import Papa from 'papaparse';
import { decodeBytes } from '../extract/decode-bytes';
import { getDivision } from '../regions/divisions';
import { NO_REGION_CODE, type SourceMeta } from '../schema';

export class ManifestError extends Error {}

/** A manifest row, with the line it is on. */
export type ManifestRow = SourceMeta & { readonly line: number };

/** Publication dates before the People's Republic or after 2100 are typing errors. */
const FIRST_YEAR = 1949;
const LAST_YEAR = 2100;
const SHOWN_MAX = 80;

/** Text from a file, fit for a one-line message: control and format characters removed, cut short. */
export function printable(text: string): string {
  const clean = text.replace(/[\p{Cc}\p{Cf}]/gu, '');
  return clean.length > SHOWN_MAX ? `${clean.slice(0, SHOWN_MAX)}…` : clean;
}

/** A field's content in a message: quoted and printable. */
export const quoted = (text: string) => `"${printable(text)}"`;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function validDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

/** Manifest bytes → text, as pages are decoded. */
export function decodeManifest(bytes: Uint8Array, file: string): string {
  try {
    return decodeBytes(bytes).text;
  } catch (e) {
    throw new ManifestError(`${printable(file)}: ${(e as Error).message}`);
  }
}

/** Parses manifest text; `file` names it in messages. Throws ManifestError "file:line: reason". */
export function parseManifest(text: string, file: string): Map<string, ManifestRow> {
  const where = printable(file);
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  const first = parsed.errors[0];
  if (first) throw new ManifestError(`${where}:${(first.row ?? 0) + 2}: ${first.message}`);
  const fields = parsed.meta.fields ?? [];
  for (const need of ['source', 'date']) {
    if (!fields.includes(need)) throw new ManifestError(`${where}:1: missing column "${need}" (has: ${fields.map(quoted).join(', ') || 'none'})`);
  }
  const out = new Map<string, ManifestRow>();
  parsed.data.forEach((row, i) => {
    const line = i + 2;
    const source = (row.source ?? '').trim().replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
    const date = (row.date ?? '').trim();
    if (!source) throw new ManifestError(`${where}:${line}: empty source`);
    if (date && !validDate(date)) throw new ManifestError(`${where}:${line}: date ${quoted(date)} is not YYYY-MM-DD`);
    const year = Number(date.slice(0, 4));
    if (date && (year < FIRST_YEAR || year > LAST_YEAR)) throw new ManifestError(`${where}:${line}: date ${quoted(date)} is not between ${FIRST_YEAR} and ${LAST_YEAR}`);
    const region = (row.region ?? '').trim();
    if (region && region !== NO_REGION_CODE && !getDivision(region)) {
      throw new ManifestError(`${where}:${line}: region ${quoted(region)} is not the code of a Zhejiang division (or 000000)`);
    }
    if (out.has(source)) throw new ManifestError(`${where}:${line}: source ${quoted(source)} is listed twice`);
    out.set(source, {
      source, date, dateBasis: date ? 'manifest' : 'none',
      paper: (row.paper ?? '').trim(), page: (row.page ?? '').trim(), url: (row.url ?? '').trim(), title: (row.title ?? '').trim(), region,
      line,
    });
  });
  return out;
}

/**
 * The manifest's rows by the file each applies to: a row with a path is that file; a bare name is
 * the file of that name at the top level, else the only one of that name in the folder. Two files
 * of a bare name (sub1/a.txt, sub2/a.txt) and two rows for one file are errors; a row that names
 * no file is passed to `onUnused`.
 */
export function assignManifest(rows: ReadonlyMap<string, ManifestRow>, files: readonly string[], file: string,
  onUnused: (row: ManifestRow) => void = () => {}): Map<string, SourceMeta> {
  const where = printable(file);
  const present = new Set(files);
  const byName = new Map<string, string[]>();
  for (const f of files) {
    const name = f.slice(f.lastIndexOf('/') + 1);
    byName.set(name, [...(byName.get(name) ?? []), f]);
  }
  const out = new Map<string, SourceMeta>();
  const lineOf = new Map<string, number>();
  for (const row of rows.values()) {
    let target: string | undefined;
    if (row.source.includes('/') || present.has(row.source)) {
      target = present.has(row.source) ? row.source : undefined;
    } else {
      const same = byName.get(row.source) ?? [];
      if (same.length > 1) {
        throw new ManifestError(`${where}:${row.line}: source ${quoted(row.source)} names ${same.length} files (${same.map(quoted).join(', ')}); write the path of the one meant`);
      }
      target = same[0];
    }
    if (target === undefined) {
      onUnused(row);
      continue;
    }
    const earlier = lineOf.get(target);
    if (earlier !== undefined) throw new ManifestError(`${where}:${row.line}: source ${quoted(row.source)} is ${quoted(target)}, which line ${earlier} already describes`);
    lineOf.set(target, row.line);
    const { line: _line, ...meta } = row;
    out.set(target, { ...meta, source: target });
  }
  return out;
}

export function emptyMeta(source: string): SourceMeta {
  return { source, date: '', dateBasis: 'none', paper: '', page: '', url: '', title: '', region: '' };
}
