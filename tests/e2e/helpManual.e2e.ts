/**
 * The printable manual: every page of the guide in one A4 PDF from the browser's print, opening with
 * a table of contents that names every chapter, each page's foot saying "第 n 页 / 共 m 页", and no
 * page but the last less than half full (measured as the report's are, tests/e2e/pdfPages.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { freshSessions } from './browser';
import { hasGhostscript, pageCount, pageFills, pdfText } from './pdfPages';

const baseUrl = inject('baseUrl');
const artifacts = fileURLToPath(new URL('../../test-results/', import.meta.url));

describe('printed manual', () => {
  const s = freshSessions(baseUrl);
  beforeAll(() => mkdirSync(artifacts, { recursive: true }));

  it('prints with a table of contents and no page but the last less than half full, in both languages', async () => {
    const page = s().page;
    await page.goto(`${baseUrl}#/help/manual`);
    for (const locale of ['zh-CN', 'en'] as const) {
      if (locale === 'en') await page.getByTestId('language-toggle').click();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(locale);
      await page.locator('[data-testid="help-manual"][data-ready="true"]').waitFor({ timeout: 60_000 });
      const chapters = await page.locator('[data-testid="help-manual"] [data-testid="help-page"] h2').allTextContents();
      const contents = await page.locator('[data-testid="manual-contents"] li').allTextContents();
      expect(chapters.length).toBeGreaterThanOrEqual(8);
      // The contents name every chapter, in order; each chapter's heading carries its number.
      expect(contents.map((c, i) => `${i + 1}${c.trim()}`)).toEqual(chapters.map((c) => c.trim()));
      // Screenshots load lazily on screen; print them all.
      await page.evaluate(async () => {
        const images = [...document.querySelectorAll<HTMLImageElement>('[data-testid="help-manual"] img')];
        images.forEach((img) => (img.loading = 'eager'));
        await Promise.all(images.map((img) => img.decode().catch(() => undefined)));
      });

      const pdf = await page.pdf({ format: 'A4' });
      const file = `${artifacts}manual-${locale}.pdf`;
      writeFileSync(file, pdf);
      const pages = pageCount(pdf);
      expect(pages).toBeGreaterThan(3);
      if (!hasGhostscript) {
        console.warn('Ghostscript (gs) is not installed: page fill and contents not checked on paper');
        return;
      }
      const fills = pageFills(file, `${artifacts}manual-pages/`);
      expect(fills).toHaveLength(pages);
      writeFileSync(`${artifacts}manual-fill-${locale}.json`, JSON.stringify(fills));
      for (const [i, fill] of fills.slice(0, -1).entries()) expect(fill, `${locale}: page ${i + 1} of ${pages}`).toBeGreaterThan(0.5);

      const text = pdfText(file);
      if (locale === 'zh-CN') {
        // Ghostscript reads back only some of the Chinese glyphs (页 not always): the contents' heading and each foot's numbers.
        expect(text).toContain('目录');
        for (let n = 1; n <= pages; n++) expect(text).toMatch(new RegExp(`第${n}.?/共${pages}`));
      } else {
        // On paper the contents come first: every chapter's title appears there and again at its chapter.
        // Compared on letters and digits only, ligatures (fi, ffi …) dropped: Ghostscript reads them back as one odd glyph.
        const plain = (t: string) => t.replace(/ffi|ffl|ff|fi|fl/g, '').replace(/[^A-Za-z0-9]/g, '');
        const paper = plain(text);
        const at = paper.indexOf('Contents');
        expect(at).toBeGreaterThan(-1);
        for (const title of contents.map(plain)) {
          const first = paper.indexOf(title, at);
          expect(first, title).toBeGreaterThan(at);
          expect(paper.indexOf(title, first + title.length), title).toBeGreaterThan(first);
        }
        for (let n = 1; n <= pages; n++) expect(text).toContain(`Page${n}of${pages}`);
      }
    }
  });
});
