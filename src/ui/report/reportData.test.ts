import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { community, tinyCity } from '../../fixtures/tinyCity';
import type { Scenario } from '../../engine/scenario';
import { cityCounts, citedClauses, descriptionFor, documentLines, paramRows, reportDate } from './reportData';

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
    const key = 'community.maxHouseholds';
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
});
