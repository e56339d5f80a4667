/**
 * How full each page of a printed PDF is, measured on the PDF Chromium prints (page.pdf, A4): Ghostscript
 * renders each page to a grey image and the lowest inked row inside the printed area (15 mm top and
 * 16 mm bottom margins, so the foot in the bottom margin does not count) gives the share of the page's
 * height in use. Shared by the report's and the manual's print tests.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { expect } from 'vitest';

export const hasGhostscript = spawnSync('gs', ['--version']).error === undefined;

/** The text Ghostscript extracts from a PDF, without white space. */
export function pdfText(pdfFile: string): string {
  return spawnSync('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=txtwrite', '-sOutputFile=-', pdfFile], { encoding: 'utf8' }).stdout.replace(/\s+/g, '');
}

/** Page objects in the PDF ("/Type /Page", not the "/Type /Pages" tree node). */
export function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

const DPI = 50;
const MM = DPI / 25.4;

/** A binary PGM's width, height and pixels (Ghostscript writes a comment line after the magic number). */
function readPgm(file: string): { width: number; height: number; pixels: Buffer } {
  const data = readFileSync(file);
  const tokens: string[] = [];
  let at = 0;
  while (tokens.length < 4) {
    const end = data.indexOf(0x0a, at);
    const line = data.subarray(at, end).toString('latin1');
    at = end + 1;
    if (!line.startsWith('#')) tokens.push(...line.trim().split(/\s+/).filter(Boolean));
  }
  return { width: Number(tokens[1]), height: Number(tokens[2]), pixels: data.subarray(at) };
}

/** Per page, the share of the printed area's height down to its lowest inked row. */
export function pageFills(pdfFile: string, pagesDir: string): number[] {
  rmSync(pagesDir, { recursive: true, force: true });
  mkdirSync(pagesDir, { recursive: true });
  const gs = spawnSync('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=pgmraw', `-r${DPI}`, `-sOutputFile=${pagesDir}page-%02d.pgm`, pdfFile]);
  expect(gs.status, String(gs.stderr)).toBe(0);
  return readdirSync(pagesDir)
    .filter((f) => f.endsWith('.pgm'))
    .sort()
    .map((f) => {
      const { width, height, pixels } = readPgm(pagesDir + f);
      const top = Math.ceil(15 * MM);
      const bottom = Math.floor(height - 16 * MM);
      let lowest = top;
      for (let y = top; y < bottom; y++) {
        const row = pixels.subarray(y * width, (y + 1) * width);
        if (row.some((v) => v < 235)) lowest = y;
      }
      return (lowest - top) / (bottom - top);
    });
}
