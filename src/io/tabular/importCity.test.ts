import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../engine/scenario';
import { toCsv, type Cell } from '../csv';
import { smallScenario } from '../../fixtures/smallScenario';
import { cityGrids } from './cityTables';
import { SHEET } from './columns';
import { isShare, type Grid, type ImportProblem, type Raw } from './grid';
import { importCity } from './importCity';
import { readCsv } from './readCsv';

function grids(s: Scenario = smallScenario()): Grid[] {
  return cityGrids(s.city);
}

function sheet(all: Grid[], name: string): Grid {
  return all.find((g) => g.name === name)!;
}

/** Sets a cell by the sheet's name, the spreadsheet row number and the header text. */
function setCell(all: Grid[], name: string, row: number, header: string, value: Raw): void {
  const g = sheet(all, name);
  const col = g.rows[0].indexOf(header);
  if (col < 0) throw new Error(`no column ${header}`);
  g.rows[row - 1][col] = value;
}

const where = (p: ImportProblem) => [p.sheet, p.row, p.column];

describe('importCity: a city comes back', () => {
  it('from its own sheets', () => {
    const s = smallScenario();
    const out = importCity(grids(s), s);
    expect(out.ok).toBe(true);
    expect(out.scenario?.city).toStrictEqual(s.city);
    expect(out.counts).toEqual({ districts: 2, streets: 3, communities: 5, facilities: 0 });
    expect(out.kept).toEqual([]);
  });

  it('from English headers and sheet names', () => {
    const s = smallScenario();
    expect(importCity(cityGrids(s.city, 'en'), s).scenario?.city).toStrictEqual(s.city);
  });

  it('with a title row above the headers and the English header row below them', () => {
    const s = smallScenario();
    const all = grids(s);
    for (const g of all) {
      const spec = Object.values(SHEET).find((x) => x.zh === g.name)!;
      g.rows.splice(1, 0, spec.columns.map((c) => c.en));
      g.rows.unshift(['示例市城市数据']);
    }
    expect(importCity(all, s).scenario?.city).toStrictEqual(s.city);
  });

  it('from one CSV file per level', () => {
    const s = smallScenario();
    const files = grids(s).map((g) => {
      const cells = g.rows.map((r) => r.map((v): Cell => (isShare(v) ? Number((v.share * 100).toPrecision(15)) : (v as Cell))));
      return readCsv(`${g.name}.csv`, toCsv(cells)).grid;
    });
    const out = importCity(files, s);
    expect(out.problems).toEqual([]);
    expect(out.scenario?.city).toStrictEqual(s.city);
  });

  it('with blank ids generated from the parent: the same ids the fixture uses', () => {
    const s = smallScenario();
    const all = grids(s);
    for (let row = 2; row <= 6; row++) setCell(all, '社区', row, '编号', null);
    expect(importCity(all, s).scenario?.city).toStrictEqual(s.city);
  });

  it('with parents found by name when their id is blank', () => {
    const s = smallScenario();
    const all = grids(s);
    for (let row = 2; row <= 6; row++) setCell(all, '社区', row, '所属街道编号', '');
    expect(importCity(all, s).scenario?.city).toStrictEqual(s.city);
  });
});

describe('importCity: a blank form with only the communities filled in', () => {
  it('keeps the districts and streets the empty sheets leave out', () => {
    const s = smallScenario();
    const all = grids(s);
    for (const name of ['市', '区（县）', '街道（乡镇）']) sheet(all, name).rows.length = 1;
    const out = importCity(all, s);
    expect(out.ok).toBe(true);
    expect(out.kept).toEqual(['city', 'districts', 'streets']);
    expect(out.scenario?.city).toStrictEqual(s.city);
  });
});

describe('importCity: the communities alone', () => {
  it('replaces the communities and keeps the districts, streets and the rest of the city', () => {
    const s = smallScenario();
    const communities = sheet(grids(s), '社区');
    communities.rows = communities.rows.slice(0, 3); // header and the two communities of D1-S1
    const out = importCity([{ ...communities, name: 'communities.csv', csv: true }], s);
    expect(out.ok).toBe(true);
    expect(out.kept).toEqual(['city', 'districts', 'streets', 'facilities']);
    expect(out.counts).toEqual({ districts: 2, streets: 3, communities: 2, facilities: 0 });
    expect(out.notes.map((n) => n.en)).toContain('2 streets have no communities');
  });
});

describe('importCity: every problem by sheet, row and column', () => {
  const cases: { name: string; change: (all: Grid[]) => void; where: (string | number | null)[]; zh: string; en: string }[] = [
    {
      name: 'text in a number column (read once, not again by the validator)',
      change: (all) => setCell(all, '社区', 3, '户数（户）', '九百'),
      where: ['社区', 3, '户数（户）'],
      zh: '应为数字，实际为文本“九百”',
      en: 'must be a number',
    },
    {
      name: 'a negative count',
      change: (all) => setCell(all, '社区', 2, '常住人口（人）', -1),
      where: ['社区', 2, '常住人口（人）'],
      zh: '不小于 0 的整数',
      en: 'whole number ≥ 0',
    },
    {
      name: 'a blank required cell',
      change: (all) => setCell(all, '街道（乡镇）', 3, '街道类别', null),
      where: ['街道（乡镇）', 3, '街道类别'],
      zh: '缺少必填项',
      en: 'is missing',
    },
    {
      name: 'more certified workers than in post',
      change: (all) => setCell(all, '社区', 2, '其中持证社会工作者（人）', 60),
      where: ['社区', 2, '其中持证社会工作者（人）'],
      zh: '不能超过在岗人数 6',
      en: 'cannot exceed the staff in post (6)',
    },
    {
      name: 'a street that does not exist',
      change: (all) => setCell(all, '社区', 5, '所属街道编号', 'D9-S9'),
      where: ['社区', 5, '所属街道编号'],
      zh: '找不到编号或名称为“D9-S9”的街道（乡镇）',
      en: 'no street has the id or name "D9-S9"',
    },
    {
      name: 'a duplicate id',
      change: (all) => setCell(all, '社区', 6, '编号', 'D1-S1-C1'),
      where: ['社区', 6, '编号'],
      zh: '重复',
      en: 'duplicate id "D1-S1-C1"',
    },
    {
      name: 'a renamed required header',
      change: (all) => setCell(all, '区（县）', 1, '区（县）社区服务中心面积（平方米）', '中心面积'),
      where: ['区（县）', 1, '区（县）社区服务中心面积（平方米）'],
      zh: '缺少必填列',
      en: 'required column',
    },
    {
      name: 'an unknown community kind',
      change: (all) => setCell(all, '社区', 4, '社区类型', '村'),
      where: ['社区', 4, '社区类型'],
      zh: '应为以下之一',
      en: 'must be one of',
    },
    {
      // issue 12: the %-formatted column's range was stated as a fraction (-0.5 到 1); growth() allows −0.5 to 1, i.e. −50% to 100%.
      name: 'a growth rate out of range (200% a year), its range and value in %',
      change: (all) => setCell(all, '社区', 4, '年户数增长率（%）', '200%'),
      where: ['社区', 4, '年户数增长率（%）'],
      zh: '应为 -50% 到 100% 之间的数，实际为 200%',
      en: 'from -50% to 100%',
    },
    {
      name: 'longitude and x both given',
      change: (all) => setCell(all, '社区', 2, '平面坐标 x（米）', 5),
      where: ['社区', 2, '平面坐标 x（米）'],
      zh: '只能填一种',
      en: 'not both',
    },
  ];

  it.each(cases)('$name', ({ change, where: at, zh, en }) => {
    const s = smallScenario();
    const all = grids(s);
    change(all);
    const out = importCity(all, s);
    expect(out.ok).toBe(false);
    expect(out.scenario).toBeNull();
    const found = out.problems.filter((p) => where(p).join('|') === at.join('|'));
    expect(found, JSON.stringify(out.problems)).toHaveLength(1);
    expect(found[0].zh).toContain(zh);
    expect(found[0].en).toContain(en);
  });

  it('an empty communities sheet, rather than a city wiped of its communities', () => {
    const s = smallScenario();
    const all = grids(s);
    sheet(all, '社区').rows.length = 1;
    const out = importCity(all, s);
    expect(out.problems.map(where)).toEqual([['社区', 2, '名称']]);
  });

  it('a workbook without a communities sheet', () => {
    const s = smallScenario();
    const out = importCity(grids(s).filter((g) => g.name !== '社区'), s);
    expect(out.ok).toBe(false);
    expect(out.problems[0].zh).toContain('没有社区表');
  });
});

describe('importCity: the rest of the scenario', () => {
  it('lists what the new city leaves wrong elsewhere without blocking it', () => {
    const s = smallScenario();
    const all = grids(s);
    sheet(all, '社区').rows.splice(2, 1); // D1-S1-C2, the target of project P1
    const out = importCity(all, s);
    expect(out.ok).toBe(true);
    expect(out.elsewhere.map((e) => e.path)).toEqual(['plan.building.projects[0].target']);
    expect(out.scenario?.city.districts[0].streets[0].communities).toHaveLength(1);
  });

  it('never changes the scenario it was given', () => {
    const s = smallScenario();
    const all = grids(s);
    setCell(all, '社区', 2, '户数（户）', 1);
    importCity(all, s);
    expect(s).toEqual(smallScenario());
  });
});
