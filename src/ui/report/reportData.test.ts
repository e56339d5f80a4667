import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { community, GOV2020_PINNED, tinyCity } from '../../fixtures/tinyCity';
import { buildRunView } from '../../engine/runView';
import { runScenario } from '../../engine/run';
import type { Scenario } from '../../engine/scenario';
import { ownRuleSetScenario } from '../../fixtures/ownRuleSet';
import { cityCounts, citedClauses, descriptionFor, documentLines, fundingRows, paramRows, reportDate } from './reportData';

const demo = JSON.parse(readFileSync(fileURLToPath(new URL('../../../scenarios/demo-15th-fyp.json', import.meta.url)), 'utf8')) as Scenario;

describe('report data', () => {
  it('counts the city and the communities still on estimates', () => {
    const s = tinyCity([community({ id: 'a', estimated: true }), community({ id: 'b' })]);
    expect(cityCounts(s)).toEqual({ districts: 1, streets: 1, communities: 2, estimated: 1, estimatedFigures: 4 });
    expect(cityCounts(demo)).toMatchObject({ districts: 8, streets: 80, communities: 800, estimated: 0, estimatedFigures: 0 });
  });

  it('lists GOV2020’s parameters by group with values in force and their clause ids', () => {
    const groups = paramRows(demo, 'zh-CN');
    expect(groups.map((g) => g.group)).toContain('人员配备');
    const rows = groups.flatMap((g) => g.rows);
    const perWorker = rows.find((r) => r.citations.some((c) => c.rules.includes('GOV2020-3a')));
    expect(perWorker?.citations[0].doc).toBe('GOV2020');
    expect(rows.every((r) => r.inForce.length > 0 && r.override === null)).toBe(true);
  });

  it('shows the scenario’s own value where it overrides the rule set', () => {
    const key = 'community.sizeBandHigh';
    const overridden: Scenario = { ...demo, ruleSet: { id: 'GOV2020', overrides: { [key]: 2800 } } };
    const row = paramRows(overridden, 'en').flatMap((g) => g.rows).find((r) => r.key === key);
    expect(row?.override).toMatch(/2,800/);
  });

  it('gives every cited clause once, in id order, with its text, document and gloss', () => {
    const clauses = citedClauses(demo, 'zh-CN');
    const ids = clauses.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('GOV2020-3a');
    // targets cite clauses too: the life-circle target cites GOV2020-4b
    expect(ids).toContain('GOV2020-4b');
    expect(ids.indexOf('GOV2020-2a')).toBeLessThan(ids.indexOf('GOV2020-3a'));
    for (const c of clauses) {
      expect(c.text).toMatch(/[\u4e00-\u9fff]/);
      expect(c.gloss.length).toBeGreaterThan(0);
    }
  });

  it('leaves out clause ids it does not know and rule sets it does not have', () => {
    const s: Scenario = { ...tinyCity([]), ruleSet: { id: 'NOPE' }, targets: [{ id: 't', metric: 'staffGap', threshold: 0, year: 2030, rule: 'XX-1' }] };
    expect(citedClauses(s, 'en')).toEqual([]);
    expect(paramRows(s, 'en')).toEqual([]);
    expect(documentLines(s, 'en')).toEqual([]);
  });

  it('names the documents and dates the report in the reader’s language', () => {
    expect(documentLines(demo, 'zh-CN')[0]).toMatch(/《.+》/);
    expect(documentLines(demo, 'en')[0]).not.toMatch(/《/);
    const day = new Date(2026, 2, 5);
    expect(reportDate(day, 'zh-CN')).toBe('2026年3月5日');
    expect(reportDate(day, 'en')).toMatch(/March 5, 2026|5 March 2026/);
  });

  it('prints the description in the reader’s language when it is given in both', () => {
    expect(descriptionFor('中文说明。\nEnglish text.', 'zh-CN')).toEqual(['中文说明。']);
    expect(descriptionFor('中文说明。\nEnglish text.', 'en')).toEqual(['English text.']);
    expect(descriptionFor('只有中文。\n第二段。', 'en')).toEqual(['只有中文。', '第二段。']);
    expect(descriptionFor(undefined, 'en')).toEqual([]);
    // an English paragraph naming a Chinese city is still English
    expect(descriptionFor('江苏省南京市的真实行政区划。\nReal divisions of 南京市 (江苏省), 11 districts.', 'en')).toEqual(['Real divisions of 南京市 (江苏省), 11 districts.']);
  });

  it('quotes the clauses and documents a scenario’s own rule set carries', () => {
    const s = ownRuleSetScenario();
    expect(citedClauses(s, 'zh-CN').map((c) => [c.id, c.document, c.text.slice(0, 6)])).toEqual([
      ['XC2027-3', '溪政办发〔2027〕5号', '每个社区按每'],
      ['XC2027-7', '溪政办发〔2027〕5号', '专职社区工作'],
    ]);
    expect(documentLines(s, 'en')).toEqual(['溪政办发〔2027〕5号 《溪城市社区工作者队伍建设办法》 (2027-03-01) — 溪城市人民政府办公室']);
  });

  it('prints the spending a payer deferred for want of budget beside its spending and budget, in 万元', () => {
    const s = tinyCity([community({ id: 'C1', households: 2701, space: 600, staff: { inPost: 6, certified: 0, bachelor: 0 } })], {
      overrides: GOV2020_PINNED,
      plan: {
        hiring: { capacityPerYear: 1, attritionRate: 0, certifiedShare: 0, bachelorShare: 0 },
        building: { autoCloseFrom: 2026, costPerM2: 4000, leadTimeYears: 1, payer: 'district' },
        budgets: { district: { '2026': 340_000, '2027': 1_000_000 } },
        shortfall: { mode: 'defer', priority: ['hiring', 'building'] },
      },
    });
    const { years, rows } = fundingRows(buildRunView(runScenario(s), s));
    const district = rows.find((r) => r.payer === 'district')!;
    // 2026: the 340,000 budget pays 6 × 50,000 + legal adviser 20,000 + election 20,000 = 34 万 and nothing more:
    //   the hire (50,000) and all 210.3 m² (210.3 × 4,000 = 841,200) wait: 89.12 万 deferred, nothing overspent.
    // 2027: 1,000,000 − 6 × 50,000 − 20,000 − the hire 50,000 = 630,000 starts 157.5 m²;
    //   210.3 − 157.5 = 52.8 m² wait: 52.8 × 4,000 = 211,200 = 21.12 万.
    expect(years.slice(0, 2)).toEqual([2026, 2027]);
    expect(district.spent[0]).toBeCloseTo(34, 6);
    expect(district.budget.slice(0, 2)).toEqual([34, 100]);
    expect(district.shortfall[0]).toBe(0);
    expect(district.deferred?.[0]).toBeCloseTo(89.12, 6);
    expect(district.deferred?.[1]).toBeCloseTo(21.12, 6);
    // The city (no budget row) never waits: no deferred row for it.
    expect(rows.find((r) => r.payer === 'city')!.deferred).toBeNull();
  });
});
