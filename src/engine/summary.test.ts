import { describe, expect, it } from 'vitest';
import { smallScenario } from '../fixtures/smallScenario';
import { seriesTotal } from './aggregate';
import { LEVEL } from './projection';
import { runScenario } from './run';
import { PAYERS } from './scenario';
import { summarize } from './summary';

const scenario = smallScenario();
const result = runScenario(scenario);
const summary = summarize(result, scenario.targets);
const p = result.projection;

describe('summarize', () => {
  it('has one totals row per year and one funding row per payer and year', () => {
    expect(summary.years).toEqual([2026, 2027, 2028, 2029, 2030]);
    expect(summary.totals.map((t) => t.year)).toEqual(summary.years);
    expect(summary.funding).toHaveLength(summary.years.length * PAYERS.length);
    expect(summary.centres).toHaveLength(summary.years.length * 2);
    expect(summary.scenario).toBe(scenario.name);
    expect(summary.ruleSet).toBe('GOV2020');
  });

  it('gives community totals equal to seriesTotal', () => {
    summary.totals.forEach((row, y) => {
      expect(row.households).toBe(seriesTotal(p, 'households', y));
      expect(row.residents).toBe(seriesTotal(p, 'residents', y));
      expect(row.communities).toBe(seriesTotal(p, 'established', y));
      expect(row.staffRequired).toBe(seriesTotal(p, 'staffRequired', y));
      expect(row.inPost).toBe(seriesTotal(p, 'inPost', y));
      expect(row.hires).toBe(seriesTotal(p, 'hires', y));
      expect(row.leavers).toBe(seriesTotal(p, 'leavers', y));
      expect(row.spaceRequired).toBe(seriesTotal(p, 'spaceRequired', y));
      expect(row.space).toBe(seriesTotal(p, 'space', y));
      expect(row.spaceStarted).toBe(seriesTotal(p, 'spaceStarted', y));
      expect(row.spaceCompleted).toBe(seriesTotal(p, 'spaceCompleted', y));
    });
  });

  it('gives street and district totals equal to seriesTotal at their level', () => {
    for (const row of summary.centres) {
      const y = summary.years.indexOf(row.year);
      const level = row.level === 'street' ? LEVEL.street : LEVEL.district;
      expect(row.count).toBe(row.level === 'street' ? 3 : 2);
      expect(row.space).toBe(seriesTotal(p, 'space', y, level));
      expect(row.spaceStarted).toBe(seriesTotal(p, 'spaceStarted', y, level));
      expect(row.inPost).toBe(seriesTotal(p, 'inPost', y, level));
    }
  });

  it('counts the staff gap as Σ max(0, required − in post) over established communities', () => {
    summary.totals.forEach((row, y) => {
      let gap = 0;
      for (let e = 0; e < p.nCommunities; e++) {
        const i = y * p.nEntities + e;
        if (p.series.established[i] === 0) continue;
        // GOV2020 does not count committee members (YX2008-5 does), so in post is what counts.
        gap += Math.max(0, p.series.staffRequired[i] - p.series.inPost[i]);
      }
      expect(row.staffGap).toBe(gap);
    });
  });

  it('adds each payer’s items up to what it spent', () => {
    for (const row of summary.funding) {
      const items = Object.values(row.items).reduce((s, v) => s + (v ?? 0), 0);
      expect(items).toBeCloseTo(row.spent, 4);
      expect(row.shortfall).toBe(row.budget === null ? 0 : Math.max(0, row.spent - row.budget));
    }
  });

  it('lists only the items a payer can carry', () => {
    const street = summary.funding.find((f) => f.payer === 'street')!;
    expect(Object.keys(street.items).sort()).toEqual(['building', 'householdFunds', 'newHouseholdFunds']);
    const city = summary.funding.find((f) => f.payer === 'city')!;
    expect(Object.keys(city.items)).toContain('staffPay');
    expect(Object.keys(city.items)).not.toContain('householdFunds');
  });

  it('shows the budgets the plan set, null where it set none', () => {
    const at = (payer: string, year: number) => summary.funding.find((f) => f.payer === payer && f.year === year)!;
    expect(at('city', 2026).budget).toBe(5_000_000);
    expect(at('district', 2027).budget).toBeNull();
    expect(at('street', 2026).budget).toBeNull();
  });

  it('carries every verdict with its target’s label, rule and scope', () => {
    expect(summary.verdicts.map((v) => v.targetId)).toEqual(['T1', 'T2']);
    expect(summary.verdicts[0]).toMatchObject({ ...result.verdicts[0], label: scenario.targets[0].label, rule: 'GOV2020-3a' });
    expect(summary.verdicts[1]).toMatchObject({ targetId: 'T2', rule: 'GOV2020-4', district: 'D2' });
    expect(summary.verdicts[1].label).toBeUndefined();
  });

  it('is plain JSON: a round trip changes nothing', () => {
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });

  it('works without targets and leaves the run untouched', () => {
    const before = JSON.stringify(result.verdicts);
    const bare = summarize(result);
    expect(bare.verdicts.map((v) => v.label)).toEqual([undefined, undefined]);
    expect(JSON.stringify(result.verdicts)).toBe(before);
  });
});
