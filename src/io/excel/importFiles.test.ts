import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { smallScenario } from '../../fixtures/smallScenario';
import { importFiles } from './importFiles';
import { templateWorkbook, workbookBytes } from './templateWorkbook';

/** The city template with one part of the .xlsx zip replaced. */
async function damaged(part: string, text: string): Promise<ArrayBuffer> {
  const zip = await JSZip.loadAsync(await workbookBytes(templateWorkbook(smallScenario().city)));
  zip.file(part, text);
  return zip.generateAsync({ type: 'arraybuffer' });
}

describe('a damaged workbook', () => {
  // Each made exceljs throw a TypeError about its own internals, which the import used to show.
  it.each([
    ['styles without their lists', 'xl/styles.xml', '<styleSheet/>'],
    ['a sheet that is not a worksheet', 'xl/worksheets/sheet1.xml', '<x/>'],
    ['a workbook part that is not XML', 'xl/workbook.xml', 'garbage'],
  ])('%s is refused with a plain message in both languages', async (_name, part, text) => {
    const outcome = await importFiles([{ name: '城市.xlsx', bytes: await damaged(part, text) }], smallScenario());
    expect(outcome.ok).toBe(false);
    expect(outcome.problems).toHaveLength(1);
    const [problem] = outcome.problems;
    expect(problem.sheet).toBe('城市.xlsx');
    expect(problem.zh).toMatch(/^无法读取：不是有效的 Excel 文件（\.xlsx），或文件已损坏/);
    expect(problem.en).toMatch(/^cannot be read: not a valid Excel file \(\.xlsx\), or the file is damaged/);
    expect(`${problem.zh} ${problem.en}`).not.toMatch(/properties|undefined|root node/);
  });
});

describe('progress', () => {
  it('reports each file read, then the check: two files are 3 steps', async () => {
    const seen: [number, number][] = [];
    const bytes = new TextEncoder().encode('x\n1\n').buffer as ArrayBuffer;
    await importFiles([{ name: 'a.csv', bytes }, { name: 'b.csv', bytes }], smallScenario(), (done, total) => void seen.push([done, total]));
    expect(seen).toEqual([[0, 3], [1, 3], [2, 3]]);
  });
});
