/**
 * Text a spreadsheet would run as a formula, made inert (OWASP, "CSV Injection"): a text cell that
 * begins with = + - @, a tab or a carriage return gets a leading apostrophe, so a community named
 * `=HYPERLINK(…)` or `+cmd|' /c calc'!A1` is shown as written and never evaluated. Numbers are left
 * alone: a negative number is a number, not text. Every CSV and workbook Shapan writes goes through
 * guardText; the importers take the apostrophe off again so a file round-trips unchanged.
 */
const TRIGGER = /^[=+\-@\t\r]/;
const GUARDED = /^'[=+\-@\t\r]/;

export function guardText(text: string): string {
  return TRIGGER.test(text) ? `'${text}` : text;
}

/** A cell's value as written: strings guarded, anything else as it is. */
export function guardCell<T>(value: T): T | string {
  return typeof value === 'string' ? guardText(value) : value;
}

/** The text as the user wrote it, from a cell guardText wrote. */
export function unguardText(text: string): string {
  return GUARDED.test(text) ? text.slice(1) : text;
}
