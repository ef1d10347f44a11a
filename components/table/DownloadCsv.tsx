'use client';

import { useState } from 'react';
import type { TableRow } from '@/lib/data/table-view';
import { tableCsvRows } from '@/lib/data/table-csv';

export interface DownloadCsvProps {
  readonly rows: readonly TableRow[];
  readonly header: readonly string[];
  readonly filename: string;
  readonly label: string;
}

/**
 * Downloads exactly the rows shown as CSV, written by lib/export/safe-csv.ts (no cell starts a
 * formula; BOM for Excel/WPS). The writer is loaded on click, not with the page.
 */
export default function DownloadCsv({ rows, header, filename, label }: DownloadCsvProps) {
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const { toSafeCsv } = await import('@/lib/export/safe-csv');
      const csv = toSafeCsv(header, tableCsvRows(rows, window.location.origin));
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = filename;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
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
