/** The printed pages' foot, shared by the report and the user's manual. */

/** A text as a CSS string: quotes and backslashes escaped, line breaks as \A. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/\r?\n/g, '\\A ')}"`;
}

/**
 * The printed pages' foot: the scenario and date on the left, "page n of m" on the right. Chromium
 * (131 and later) prints @page margin boxes with the page counters in them, on paper and in PDFs; a
 * browser without them prints the pages without the foot, and nothing else changes.
 */
export function printFooterCss(footer: string, [before, middle, after]: readonly [string, string, string]): string {
  const box = 'font-size: 8pt; color: #5b6570; vertical-align: top; padding-top: 3mm;';
  return `@page {
  @bottom-left { content: ${cssString(footer)}; ${box} }
  @bottom-right { content: ${cssString(before)} counter(page) ${cssString(middle)} counter(pages) ${cssString(after)}; ${box} }
}`;
}
