/** Saves a Blob or text as a file through a temporary object-URL link. Browser only. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const MIME = {
  png: 'image/png',
  svg: 'image/svg+xml;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
} as const;

export function downloadText(fileName: string, text: string, type: string): void {
  downloadBlob(fileName, new Blob([text], { type }));
}
