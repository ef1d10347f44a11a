/**
 * File names of downloads: which chart, which view, which format — "zj-map-330000-crime.change-2018_2019.png".
 * Pure. Characters that file systems or shells treat specially are dropped; Chinese units stay.
 */
export type ExportFormat = 'png' | 'svg' | 'csv';

export interface FileNameParts {
  readonly chart: string;
  readonly region?: string;
  readonly metric?: string;
  readonly from?: string | null;
  readonly to?: string | null;
}

function clean(part: string): string {
  return part
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|%#&;=+`'$!{}[\]^~\s]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 40);
}

export function exportFileName(p: FileNameParts, format: ExportFormat): string {
  const when = p.from || p.to ? `${p.from ?? ''}_${p.to ?? ''}` : '';
  const parts = ['zj', p.chart, p.region ?? '', p.metric ?? '', when].map(clean).filter(Boolean);
  return `${parts.join('-')}.${format}`;
}
