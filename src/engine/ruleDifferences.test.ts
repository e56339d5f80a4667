/** A reform beside current policy: the rules in force that differ, year by year, with their clauses. */
import { describe, expect, it } from 'vitest';
import { community, tinyCity } from '../fixtures/tinyCity';
import { ruleDifferences } from './ruleDifferences';

const current = tinyCity([community({ id: 'C1', households: 1000 })]);
// GOV2020-3b's 5:5 becomes 6:4 from 2028; GOV2020-3a's ratio moves to 300 in every year
const reform = { ...current, name: 'reform', ruleSet: { id: 'GOV2020', overrides: { 'pay.cityShare': { '2028': 0.6 }, 'staffing.householdsPerWorker': 300 } } };

describe('ruleDifferences', () => {
  it('finds each changed parameter, the year it first differs and its clauses', () => {
    const r = ruleDifferences([current, reform]);
    expect(r.years).toEqual([2026, 2027, 2028, 2029, 2030]);
    const byKey = Object.fromEntries(r.differences.map((d) => [d.key, d]));
    expect(Object.keys(byKey).sort()).toEqual(['pay.cityShare', 'staffing.householdsPerWorker']);
    expect(byKey['pay.cityShare'].from).toEqual([null, 2028]);
    expect(byKey['pay.cityShare'].values[1]).toEqual([0.5, 0.5, 0.6, 0.6, 0.6]);
    expect(byKey['pay.cityShare'].rules).toEqual(['GOV2020-3b']);
    expect(byKey['staffing.householdsPerWorker'].from).toEqual([null, 2026]);
  });

  it('lists a district that chose its own value', () => {
    const own = { ...current, ruleSet: { id: 'GOV2020', districtOverrides: { 'staffing.householdsPerWorker': { D1: 400 } } } };
    const [d] = ruleDifferences([current, own]).differences;
    expect(d).toMatchObject({ key: 'staffing.householdsPerWorker', district: 'D1', from: [null, 2026] });
  });

  it('says nothing when only the levers differ', () => {
    const more = { ...current, plan: { ...current.plan, hiring: { ...current.plan.hiring, capacityPerYear: 9 } } };
    expect(ruleDifferences([current, more]).differences).toEqual([]);
  });
});
