'use client';

import { useState } from 'react';
import type { TableRow } from '@/lib/data/table-view';
import { MIME, downloadText } from '@/lib/export/download';

export interface DownloadCsvProps {
  readonly rows: readonly TableRow[];
  readonly filename: string;
  readonly label: string;
}

/**
 * Downloads exactly the rows shown as CSV, in the columns every figure download shares
 * (lib/export/figure-csv.ts; no cell starts a formula; BOM for Excel/WPS). Loaded on click.
 */
export default function DownloadCsv({ rows, filename, label }: DownloadCsvProps) {
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const { tableCsv } = await import('@/lib/export/figure-csv');
      downloadText(filename, tableCsv(rows, { sourceLine: '', viewUrl: window.location.href, origin: window.location.origin }), MIME.csv);
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" onClick={download} disabled={busy || rows.length === 0} data-testid="download-csv">
      {label}
    </button>
  );
}
