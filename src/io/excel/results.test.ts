import { describe, expect, it } from 'vitest';
import { runScenario } from '../../engine/run';
import { buildRunView } from '../../engine/runView';
import { ownRuleSetScenario } from '../../fixtures/ownRuleSet';
import { smallScenario } from '../../fixtures/smallScenario';
import { loadWorkbook } from './readWorkbook';
import { resultsTables } from './resultsTables';
import { resultsWorkbook } from './resultsWorkbook';
import { workbookBytes } from './templateWorkbook';

const scenario = smallScenario();
const view = buildRunView(runScenario(scenario), scenario);

describe('results tables', () => {
  it('has the six sheets, named in the current language (GOV2020 adds the district quotas)', () => {
    expect(resultsTables(view, scenario, 'zh-CN').map((t) => t.name)).toEqual(['目标达标判定', '逐年汇总', '区县核定总量', '分出资方支出', '社区明细', '政策规则']);
    expect(resultsTables(view, scenario, 'en').map((t) => t.name)).toEqual(['Verdicts', 'Yearly totals', 'District quotas', 'Funding by payer', 'Communities', 'Rules']);
  });

  it('a rule set counting per community has no district quota sheet', () => {
    const perCommunity = { ...scenario, ruleSet: { ...scenario.ruleSet, overrides: { ...scenario.ruleSet.overrides, 'staffing.quotaByDistrict': 0 } } };
    const v = buildRunView(runScenario(perCommunity), perCommunity);
    expect(resultsTables(v, perCommunity, 'en').map((t) => t.name)).not.toContain('District quotas');
    expect(resultsTables(v, perCommunity, 'en')[1].rows[0][4]).toBe('per community');
  });

  it('the district quotas add up to the yearly total of workers required (GOV2020-3a)', () => {
    const [, totals, quotas] = resultsTables(view, scenario, 'zh-CN');
    expect(totals.rows[0][4]).toBe('以区（县）为单位核定总量');
    for (const [y, year] of view.summary.years.entries()) {
      const sum = quotas.rows.filter((r) => r[1] === year).reduce((s, r) => s + Number(r[2]), 0);
      expect(sum).toBe(view.summary.totals[y].staffRequired);
    }
  });

  it('every row is as wide as its header and every format list as long', () => {
    for (const t of resultsTables(view, scenario, 'zh-CN')) {
      expect(t.formats).toHaveLength(t.header.length);
      for (const row of t.rows) expect(row).toHaveLength(t.header.length);
    }
  });

  it('puts money in 万元 as numbers, with the unit in the header', () => {
    const funding = resultsTables(view, scenario, 'zh-CN')[3];
    expect(funding.header[3]).toBe('支出（万元）');
    const first = view.summary.funding[0];
    expect(funding.rows[0][3]).toBeCloseTo(first.spent / 10_000, 8);
    expect(typeof funding.rows[0][3]).toBe('number');
    // smallScenario: the city's 2026 budget is 5,000,000 yuan = 500 万元
    const cityRow = funding.rows.find((r) => r[0] === 2026 && r[1] === '市级财政')!;
    expect(cityRow[2]).toBe(500);
    // beside the shortfall, what waited for money: 0 for every payer-year the run deferred nothing in
    expect(funding.header[5]).toBe('因预算不足延后的支出（万元）');
    view.summary.funding.forEach((f, i) => expect(funding.rows[i][5]).toBeCloseTo(f.deferred / 10_000, 8));
  });

  it('lists every community in every year (5 communities × 5 years)', () => {
    const communities = resultsTables(view, scenario, 'zh-CN')[4];
    expect(communities.rows).toHaveLength(5 * 5);
    expect(communities.rows[0].slice(0, 6)).toEqual(['D1-S1-C1', '东门社区', '东区', '东门街道', '已建城市社区', 2026]);
    expect(communities.rows[0][7]).toBe(view.communities.households[0]);
  });

  it('cites every rule of the rule set with its document number and clause (GOV2020-3a for householdsPerWorker, overridden to 350)', () => {
    const rules = resultsTables(view, scenario, 'zh-CN')[5];
    const row = rules.rows.find((r) => r[0] === 'staffing.householdsPerWorker')!;
    expect(row[2]).toBe(350);
    expect(row[6]).toBe('本方案覆盖');
    expect(row[9]).toBe('GOV2020-3a');
    expect(String(row[10])).toContain('300');
  });

  it('cites a scenario’s own rule set from the documents and clauses it carries (XC2027-3)', () => {
    const own = ownRuleSetScenario();
    const rules = resultsTables(buildRunView(runScenario(own), own), own, 'zh-CN')[4];
    const row = rules.rows.find((r) => r[0] === 'staffing.householdsPerWorker')!;
    expect(row[2]).toBe(250);
    expect(row.slice(7, 11)).toEqual(['溪城市社区工作者队伍建设办法', '溪政办发〔2027〕5号', 'XC2027-3', '每个社区按每250户配备1名专职社区工作者，最少不低于4名。']);
  });

  it('shows verdict thresholds of share metrics in %', () => {
    const verdicts = resultsTables(view, scenario, 'en')[0];
    const t1 = verdicts.rows.find((r) => r[1] === 'staffingShareMet')!;
    expect(t1[4]).toBe(100);
    expect(t1[6]).toBe('%');
  });
});

describe('results workbook', () => {
  it('writes numbers as numbers, freezes the header and survives a reload', async () => {
    const bytes = await workbookBytes(resultsWorkbook(view, scenario, 'zh-CN'));
    const book = await loadWorkbook(bytes);
    expect(book.worksheets.map((s) => s.name)).toEqual(['目标达标判定', '逐年汇总', '区县核定总量', '分出资方支出', '社区明细', '政策规则']);
    const totals = book.getWorksheet('逐年汇总')!;
    expect(totals.getCell('A2').value).toBe(2026);
    expect(typeof totals.getCell('B2').value).toBe('number');
    expect(totals.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });
});

describe('the estimates sheet', () => {
  it('lists estimated communities and counts them and their figures', () => {
    const s = smallScenario();
    const [a, b] = s.city.districts[0].streets[0].communities;
    Object.assign(a, { estimated: true });
    Object.assign(b, { estimated: true, estimatedFields: ['staff', 'space'] });
    const sheet = resultsTables(buildRunView(runScenario(s), s), s, 'zh-CN').find((t) => t.name === '估算数据')!;
    expect(sheet.rows.map((r) => r[2])).toEqual(['户数、常住人口、工作者、用房', '工作者、用房', '6 项']);
    // 2 communities; 4 + 2 = 6 figures
    expect(sheet.rows.at(-1)).toEqual(['合计', '2 个社区', '6 项', null]);
  });
});
