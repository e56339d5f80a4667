/**
 * NJ2007-21c: 设立500万元和谐社区建设奖励资金，对达到和谐社区示范标准的社区进行奖励. The model standard is
 * read as meeting every staffing and space requirement of the rule set; each community is rewarded
 * once, and the fund caps what is paid over the whole plan.
 */
import { describe, expect, it } from 'vitest';
import { GOV2020_PINNED, community, tinyCity } from '../../fixtures/tinyCity';
import { evaluateFormula } from '../explain/formula';
import { explain } from '../explain/index';
import { metricById } from '../metrics';
import { runScenario } from '../run';

describe('the harmonious-community reward fund (NJ2007-21c)', () => {
  // NJ2007, 2007–2009. 1,500 households: staff required max(6, 1,500 ÷ 300 = 5) = 6 (NJ2007-15).
  // Space required: none in 2007 (NJ2007-18a's 300 m² is dated to end-2008), 300 m² in 2008 and 2009.
  // C1 6 in post, 400 m²; C2 6, 350 m²; C3 6, 320 m²; C4 5 in post, 400 m² (never enough staff, no hiring).
  // Reward 200,000 a community, fund 500,000:
  //   2007: no space standard yet → nobody meets it → nothing paid.
  //   2008: C1, C2, C3 meet it. C1 200,000 (left 300,000), C2 200,000 (left 100,000); C3 waits: 100,000 < 200,000.
  //   2009: C1 and C2 were rewarded in 2008 → nothing; C3 still waits on 100,000 → nothing.
  // City's reward line: 0, 400,000, 0. Communities left unrewarded: 0, 1, 1.
  const staff = (inPost: number) => ({ inPost, certified: 0, bachelor: 0 });
  const s = tinyCity(
    [
      community({ id: 'C1', households: 1500, staff: staff(6), space: 400 }),
      community({ id: 'C2', households: 1500, staff: staff(6), space: 350 }),
      community({ id: 'C3', households: 1500, staff: staff(6), space: 320 }),
      community({ id: 'C4', households: 1500, staff: staff(5), space: 400 }),
    ],
    {
      ruleSet: 'NJ2007',
      horizon: { baseYear: 2006, firstYear: 2007, lastYear: 2009 },
      overrides: { 'staffing.householdsPerWorker': 300, 'staffing.minPerCommunity': 6, 'reward.modelAmount': 200_000, 'reward.modelFund': 500_000 },
    },
  );
  const p = runScenario(s).projection;

  it('pays each community once, in order, while the fund covers a whole reward', () => {
    expect([2007, 2008, 2009].map((y) => explain(p, `funding/city/${y}/modelReward`).value)).toEqual([0, 400_000, 0]);
    expect(explain(p, 'entity/C1/2008/cost/modelReward/city').value).toBe(200_000);
    expect(explain(p, 'entity/C2/2008/cost/modelReward/city').value).toBe(200_000);
    expect(explain(p, 'entity/C3/2008/cost/modelReward/city').value).toBe(0);
    expect(explain(p, 'entity/C1/2009/cost/modelReward/city').value).toBe(0);
    expect(p.payers.city[1].spent - p.payers.city[0].spent).toBe(400_000); // nothing else the city pays moves between 2007 and 2008
  });

  it('counts the communities meeting the standards that the spent fund leaves unrewarded', () => {
    const unpaid = metricById('modelRewardsUnpaid')!;
    expect([0, 1, 2].map((y) => unpaid.compute(p, y, -1))).toEqual([0, 1, 1]);
  });

  it('explains why C3 waits: the 100,000 left is less than the reward', () => {
    const x = explain(p, 'entity/C3/2008/cost/modelReward/city');
    expect(x.rules).toEqual(['NJ2007-21c']);
    expect(x.inputs.find((i) => i.kind === 'rewardFundPaid')?.value).toBe(400_000); // C1 and C2 before it
    expect(evaluateFormula(x.formula, x.inputs)).toBe(0);
    const paid = explain(p, 'entity/C2/2008/cost/modelReward/city');
    expect(evaluateFormula(paid.formula, paid.inputs)).toBe(200_000);
  });

  it('rewards a community whose space closes to within rounding in the year its gap closes', () => {
    // The worked case of verdictsAgree.test.ts, with the fund: one community of 5,609 households, 17 in
    // post against 5,609 ÷ 350 = 16.03 required (GOV2020-3a), 30 × 5,609 ÷ 100 = 1,682.7 m² required
    // (GOV2020-4); the city pays all staff pay, so the district's 2,610,176 yuan of 2026 all go to space.
    // 2027: 2,610,176 ÷ 4,000 = 652.544 m², short. 2028: 652.544 + 1,030.156 = 1,682.6999999999998 in
    // doubles, a residue below 1,682.7: the gap's verdict calls it met, so the standard is reached then,
    // and the reward (200,000 of a 500,000 fund) is paid in 2028, not a year later.
    const q = runScenario(
      tinyCity([community({ id: 'C1', households: 5609, staff: staff(17) })], {
        overrides: { ...GOV2020_PINNED, 'pay.cityShare': 1, 'funds.legalAdviserPerCommunity': 0, 'funds.electionPerCommunity': 0, 'reward.modelAmount': 200_000, 'reward.modelFund': 500_000 },
        plan: { building: { autoCloseFrom: 2026 }, budgets: { district: { '2026': 2_610_176 } }, shortfall: { mode: 'defer', priority: ['hiring', 'building'] } },
      }),
    ).projection;
    expect([2027, 2028, 2029].map((y) => explain(q, `entity/C1/${y}/cost/modelReward/city`).value)).toEqual([0, 200_000, 0]);
    const x = explain(q, 'entity/C1/2028/cost/modelReward/city');
    expect(evaluateFormula(x.formula, x.inputs)).toBe(200_000); // the explanation's working agrees
    expect(metricById('modelRewardsUnpaid')!.compute(q, 2, -1)).toBe(0);
  });

  it('has no fund under a rule set without the clause', () => {
    const q = runScenario({ ...s, ruleSet: { id: 'GOV2020' }, horizon: { baseYear: 2025, firstYear: 2026, lastYear: 2027 } }).projection;
    expect(metricById('modelRewardsUnpaid')!.compute(q, 0, -1)).toBeNull();
  });
});
