import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../engine/run';
import { buildRunView } from '../engine/runView';
import { toCsv } from './csv';
import { loadWorkbook, readWorkbook } from './excel/readWorkbook';
import { resultsWorkbook } from './excel/resultsWorkbook';
import { templateWorkbook, workbookBytes } from './excel/templateWorkbook';
import { smallScenario } from '../fixtures/smallScenario';
import { importCity } from './tabular/importCity';

// The payloads OWASP lists, one per trigger character, and a label that only contains one later.
const PAYLOADS = ['=1+1', '+cmd|\' /c calc\'!A1', '-2+3+cmd|\' /c calc\'!A0', '@SUM(1+1)*cmd|\' /c calc\'!A0', '\t=1+1', '\r=1+1'];

function textsOf(book: ExcelJS.Workbook): string[] {
  const found: string[] = [];
  for (const sheet of book.worksheets) sheet.eachRow((row) => row.eachCell((cell) => void (typeof cell.value === 'string' && found.push(cell.value))));
  return found;
}

describe('text a spreadsheet would run as a formula', () => {
  it('is written to CSV behind an apostrophe; numbers, negative ones too, stay numbers', () => {
    expect(toCsv([PAYLOADS, [-5, 'a-b', 'x=1']])).toBe(
      `\uFEFF'=1+1,'+cmd|' /c calc'!A1,'-2+3+cmd|' /c calc'!A0,'@SUM(1+1)*cmd|' /c calc'!A0,'\t=1+1,"'\r=1+1"\r\n` + '-5,a-b,x=1\r\n',
    );
  });

  it('is written to every text cell of the results workbook behind an apostrophe', async () => {
    const scenario = smallScenario();
    scenario.city.districts[0].name = '=HYPERLINK("http://x","y")';
    scenario.city.districts[0].streets[0].communities[0].name = '@SUM(A1)';
    const book = await loadWorkbook(await workbookBytes(resultsWorkbook(buildRunView(runScenario(scenario), scenario), scenario, 'zh-CN')));
    const texts = textsOf(book);
    expect(texts).toContain(`'=HYPERLINK("http://x","y")`);
    expect(texts).toContain(`'@SUM(A1)`);
    expect(texts.filter((t) => /^[=+\-@\t\r]/.test(t))).toEqual([]);
  });

  it('is guarded in the city workbook and read back as the user wrote it', async () => {
    const scenario = smallScenario();
    scenario.city.name = '+示例';
    scenario.city.districts[0].name = '=1+1';
    scenario.city.districts[0].streets[0].communities[0].name = '-东门社区';
    const book = await loadWorkbook(await workbookBytes(templateWorkbook(scenario.city)));
    expect(textsOf(book)).toEqual(expect.arrayContaining(["'+示例", "'=1+1", "'-东门社区"]));
    const outcome = importCity(await readWorkbook(await workbookBytes(templateWorkbook(scenario.city))), scenario);
    expect(outcome.problems).toEqual([]);
    expect(outcome.scenario?.city).toStrictEqual(scenario.city);
  });
});
