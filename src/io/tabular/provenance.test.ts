import { describe, expect, it } from 'vitest';
import type { Community, Scenario } from '../../engine/scenario';
import { community, tinyCity } from '../../fixtures/tinyCity';
import { toCsv } from '../csv';
import { readWorkbook } from '../excel/readWorkbook';
import { templateWorkbook, workbookBytes } from '../excel/templateWorkbook';
import { estimateCounts } from '../estimates';
import { validateScenario } from '../validateScenario';
import { cityGrids } from './cityTables';
import { isShare, type Grid } from './grid';
import { importCity } from './importCity';
import { readProvenance } from './provenance';
import { readCsv } from './readCsv';

// Three communities as the division codes give them (2,500 households, 6,550 residents = 2,500 × 2.62,
// 6 workers, 300 m², NJ2007-2), one with real figures.
const placeholder = (id: string, over: Partial<Community> = {}) =>
  community({ id, households: 2500, residents: 6550, staff: { inPost: 6, certified: 1, bachelor: 3 }, space: 300, estimated: true, ...over });

function scenario(): Scenario {
  return tinyCity([
    placeholder('320102001001'),
    placeholder('320102001002'),
    placeholder('320117101201', { kind: 'rural', households: 350, residents: 980, space: 500, estimatedFields: ['residents', 'staff', 'space'] }),
    community({ id: 'real', households: 1800, residents: 5000 }),
  ]);
}

const communities = (s: Scenario | null) => s!.city.districts[0].streets[0].communities;

/** The communities sheet as grids, with one column dropped and one cell changed as a user would. */
function edited(s: Scenario, drop: string | null, change?: { row: number; header: string; value: number }): Grid[] {
  return cityGrids(s.city).map((g) => {
    if (g.name !== '社区') return g;
    const header = g.rows[0] as string[];
    const rows = g.rows.map((r) => [...r]);
    if (change) rows[change.row][header.indexOf(change.header)] = change.value;
    const at = drop === null ? -1 : header.indexOf(drop);
    return { ...g, rows: at < 0 ? rows : rows.map((r) => r.filter((_, i) => i !== at)) };
  });
}

describe('estimate marks through Excel and CSV (数据来源)', () => {
  it('a workbook exported and imported keeps every estimate mark', async () => {
    const s = scenario();
    const outcome = importCity(await readWorkbook(await workbookBytes(templateWorkbook(s.city))), s);
    expect(outcome.problems).toEqual([]);
    expect(outcome.scenario?.city).toStrictEqual(s.city);
  });

  it('a CSV exported and imported keeps them too', () => {
    const s = scenario();
    // A percentage cell is written as the number of per cent, as a CSV saved from Excel holds it.
    const text = (g: Grid) => toCsv(g.rows.map((r) => r.map((cell) => (isShare(cell) ? cell.share * 100 : (cell as string | number | null)))));
    const outcome = importCity(cityGrids(s.city).map((g) => readCsv(g.name, text(g)).grid), s);
    expect(outcome.problems).toEqual([]);
    expect(communities(outcome.scenario)).toStrictEqual(communities(s));
  });

  it('writes what the estimate rests on and which figures are estimates', () => {
    const rows = cityGrids(scenario().city).find((g) => g.name === '社区')!.rows;
    const at = (rows[0] as string[]).indexOf('数据来源');
    expect(rows[1][at]).toBe('估算（统计用区划代码320102001001，城市社区每社区2500户（NJ2007-2）、每户2.62人）：户数、常住人口、工作者、用房');
    expect(rows[3][at]).toContain('：常住人口、工作者、用房');
    expect(rows[4][at]).toBe('实际数据');
  });

  it('a sheet without the column keeps the stored marks of rows whose values are unchanged', () => {
    const s = scenario();
    // Row 2 (the first community) gets real households: 2,500 → 2,731; its residents, staff and space stay estimates.
    const outcome = importCity(edited(s, '数据来源', { row: 1, header: '户数（户）', value: 2731 }), s);
    const [a, b, c, d] = communities(outcome.scenario);
    expect(a).toMatchObject({ households: 2731, estimated: true, estimatedFields: ['residents', 'staff', 'space'] });
    expect(b.estimated).toBe(true);
    expect(b.estimatedFields).toBeUndefined();
    expect(c.estimatedFields).toEqual(['residents', 'staff', 'space']);
    expect(d.estimated).toBeUndefined();
  });

  it('an edited figure loses its own mark even when the 数据来源 cell still names it', () => {
    const s = scenario();
    const outcome = importCity(edited(s, null, { row: 2, header: '办公和服务用房面积（平方米）', value: 420 }), s);
    expect(communities(outcome.scenario)[1]).toMatchObject({ space: 420, estimated: true, estimatedFields: ['households', 'residents', 'staff'] });
  });

  it('3 estimated communities, one fully re-entered → 2 remain', () => {
    const s = scenario();
    const grids = edited(s, null);
    const sheet = grids.find((g) => g.name === '社区')!;
    const header = sheet.rows[0] as string[];
    sheet.rows[3][header.indexOf('数据来源')] = '实际数据';
    const outcome = importCity(grids, s);
    // Before: 3 communities, 4 + 4 + 3 = 11 figures; after: 2 communities, 8 figures.
    expect(estimateCounts(s.city)).toEqual({ communities: 3, figures: 11 });
    expect(estimateCounts(outcome.scenario!.city)).toEqual({ communities: 2, figures: 8 });
  });

  it('reads the cell in either language, and names no figure as all of them', () => {
    expect(readProvenance('Estimated (division code 1): households, floor space')).toEqual(['households', 'space']);
    expect(readProvenance('估算')).toEqual(['households', 'residents', 'staff', 'space']);
    expect(readProvenance('人口普查')).toEqual([]);
    expect(readProvenance(undefined)).toEqual([]);
  });
});

describe('estimate marks in JSON', () => {
  it('a scenario file keeps which figures are estimates, and names a wrong one', () => {
    const s = scenario();
    const checked = validateScenario(JSON.parse(JSON.stringify(s)));
    expect(checked.ok && communities(checked.scenario)[2].estimatedFields).toEqual(['residents', 'staff', 'space']);
    communities(s)[2].estimatedFields = ['dwellings' as never];
    const wrong = validateScenario(s);
    expect(wrong.ok ? [] : wrong.errors.map((e) => e.path)).toContain('city.districts[0].streets[0].communities[2].estimatedFields[0]');
  });
});
