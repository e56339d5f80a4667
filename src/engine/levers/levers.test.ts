import { describe, expect, it } from 'vitest';
import { community, tinyCity } from '../../fixtures/tinyCity';
import type { Facility } from '../scenario';
import type { LeverSpec } from '../training/exercise';
import { applyLevers, fieldOf, leverInfo, leverPathsFor, readLever, sameValue, splitPath, startingValues, stepOf } from '.';

const site = (id: string): Facility => ({ id, name: id, type: 'market', location: { x: 0, y: 0 }, openingYear: 2027, capitalCost: 1 });
const scenario = tinyCity([community({ id: 'A' })], {
  ruleSet: 'NJ2007',
  plan: {
    hiring: { capacityPerYear: 2, attritionRate: 0, certifiedShare: 0, bachelorShare: 0 },
    budgets: { district: { '2026': 500_000, '2027': 500_000, '2028': 500_000, '2029': 500_000, '2030': 500_000 } },
    building: { projects: [{ id: 'P1', target: 'S1', m2: 200, startYear: 2027, priority: 1 }] },
  },
});
const levers: LeverSpec[] = [
  { path: 'plan.hiring.capacityPerYear', min: 0, max: 10, step: 1 },
  { path: 'plan.budgets.district', min: 0, max: 1e7, step: 1e4 },
  { path: 'ruleSet.overrides["funds.cityPerCommunity"]', min: 20000, max: 30000, step: 1000 },
  { path: 'plan.building.projects["P1"].m2', min: 100, max: 1000, step: 100 },
  { path: 'plan.pay.cityShare', min: 0, max: 1, step: 0.05 },
  { path: 'plan.facilities', candidates: [site('K1'), site('K2')] },
];

describe('lever paths', () => {
  it.each([
    { path: 'plan.hiring.capacityPerYear', keys: ['plan', 'hiring', 'capacityPerYear'] },
    { path: 'ruleSet.overrides["funds.cityPerCommunity"]', keys: ['ruleSet', 'overrides', 'funds.cityPerCommunity'] },
    { path: 'plan.building.projects["P-1.a"].m2', keys: ['plan', 'building', 'projects', 'P-1.a', 'm2'] },
    { path: '.plan', keys: null },
    { path: 'plan..x', keys: null },
    { path: 'plan["unterminated]', keys: null },
  ])('split $path', ({ path, keys }) => expect(splitPath(path)).toEqual(keys));

  it('knows which paths are levers and what unit they hold', () => {
    expect(leverInfo('plan.hiring.capacityPerYear')?.integer).toBe(true);
    expect(leverInfo('plan.budgets.street')?.unit).toBe('yuanPerYear');
    const rule = leverInfo('ruleSet.overrides["funds.cityPerCommunity"]', scenario)?.field;
    expect(rule?.kind === 'rule' && rule.label?.zh).toContain('工作经费');
    expect(leverInfo('ruleSet.overrides["staffing.notAParam"]')).toBeNull();
    expect(leverInfo('plan.hiring')).toBeNull();
    expect(leverInfo('plan.budgets.province')).toBeNull();
    for (const path of leverPathsFor(scenario)) expect(leverInfo(path, scenario), path).not.toBeNull();
  });

  it.each([
    { path: 'plan.budgets.district["2026"]', field: { kind: 'budget', payer: 'district', year: '2026' } },
    { path: 'plan.budgets.city', field: { kind: 'budget', payer: 'city' } },
    { path: 'plan.hiring.capacityPerYear', field: { kind: 'plan', field: 'hiring.capacityPerYear' } },
    { path: 'plan.shortfall.mode', field: { kind: 'plan', field: 'shortfall.mode' } },
    { path: 'plan.building.projects["P1"].m2', field: { kind: 'project', id: 'P1', field: 'm2' } },
    { path: 'plan.facilities["F1"]', field: { kind: 'facilities', id: 'F1' } },
    { path: 'horizon.lastYear', field: { kind: 'horizon', field: 'lastYear' } },
    { path: 'plan.hiring', field: null },
  ])('names $path', ({ path, field }) => expect(fieldOf(path)).toEqual(field));

  it.each([
    // 1万元 for a budget; 100 yuan for other money; 0.1% for shares; whole people.
    { unit: 'yuanPerYear', step: 10_000 },
    { unit: 'yuanPerCommunityYear', step: 100 },
    { unit: 'share', step: 0.001 },
    { unit: 'm2PerHundredHouseholds', step: 0.1 },
    { unit: 'personPerYear', step: 1 },
  ] as const)('gives an answer in steps of $step for $unit', ({ unit, step }) => expect(stepOf(unit)).toBe(step));

  it('reads the starting values, falling back to the rule set for an override and the split', () => {
    // NJ2007-21a: 25,000 yuan per community; NJ2007 has no pay split, so the city pays none (steps/unitCosts.ts).
    expect(startingValues(scenario, levers)).toEqual({
      'plan.hiring.capacityPerYear': 2,
      'plan.budgets.district': 500_000,
      'ruleSet.overrides["funds.cityPerCommunity"]': 25_000,
      'plan.building.projects["P1"].m2': 200,
      'plan.pay.cityShare': 0,
      'plan.facilities': [],
    });
    expect(readLever(scenario, { path: 'plan.budgets.city' })).toBeNull();
  });

  it('sets every lever on a copy and leaves the scenario as it was', () => {
    const before = JSON.stringify(scenario);
    const s = applyLevers(scenario, levers, {
      'plan.hiring.capacityPerYear': 4.4,
      'plan.budgets.district': 750_000,
      'ruleSet.overrides["funds.cityPerCommunity"]': 30_000,
      'plan.building.projects["P1"].m2': 400,
      'plan.pay.cityShare': 0.5,
      'plan.facilities': ['K2'],
    });
    expect(JSON.stringify(scenario)).toBe(before);
    expect(s.plan.hiring.capacityPerYear).toBe(4);
    expect(s.plan.budgets.district).toEqual({ '2026': 750_000, '2027': 750_000, '2028': 750_000, '2029': 750_000, '2030': 750_000 });
    expect(s.ruleSet.overrides).toEqual({ 'funds.cityPerCommunity': 30_000 });
    expect(s.plan.building.projects[0].m2).toBe(400);
    expect(s.plan.pay.cityShare).toBe(0.5);
    expect(s.plan.facilities?.map((f) => f.id)).toEqual(['K2']);
    // Choosing again replaces the candidates rather than adding to them.
    expect(applyLevers(s, levers, { 'plan.facilities': ['K1'] }).plan.facilities?.map((f) => f.id)).toEqual(['K1']);
  });

  it('compares values as plan choices', () => {
    expect(sameValue(0.1 + 0.2, 0.3)).toBe(true);
    expect(sameValue(['a', 'b'], ['b', 'a'])).toBe(true);
    expect(sameValue(['a'], ['a', 'b'])).toBe(false);
    expect(sameValue(3, undefined)).toBe(false);
  });
});
