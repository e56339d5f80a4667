/** Hand a file to the user: made in memory, saved by the browser, nothing sent anywhere. */
export function download(filename: string, content: string | Blob, type = 'text/plain;charset=utf-8'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later, after the browser has taken the file.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** CSV text from src/io/csv.ts as a download. */
export function downloadCsv(filename: string, csv: string): void {
  download(filename.endsWith('.csv') ? filename : `${filename}.csv`, csv, 'text/csv;charset=utf-8');
}
