/**
 * Worked cases for the qualifications and training of new hires: CS2010-7d (college degree or above,
 * pre-job training, then a certificate before taking up the post) and YX2008-5b (new hires generally
 * with a bachelor's degree).
 */
import { describe, expect, it } from 'vitest';
import { community, tinyCity } from '../../fixtures/tinyCity';
import { costTotal } from '../aggregate';
import { metricById } from '../metrics';
import { project } from '../project';
import type { Scenario } from '../scenario';

const CS = { baseYear: 2009, firstYear: 2010, lastYear: 2011 };
const staffGap = metricById('staffGap')!;

// CS2010-6b: at least 6 per community; 4 in post, so 2 are hired in 2010 (capacity 10).
// The class-2 street's station has its 6 posts filled (CS2010-6a), so every hire is a community hire.
const changsha = (hiring: Partial<Scenario['plan']['hiring']>, budgets: Scenario['plan']['budgets'] = {}) => {
  const s = tinyCity([community({ id: 'C1', households: 1000, staff: { inPost: 4, certified: 0, bachelor: 0 } })], {
    ruleSet: 'CS2010',
    horizon: CS,
    plan: {
      pay: { perWorker: 19_200, growth: 0 },
      hiring: { capacityPerYear: 10, attritionRate: 0, certifiedShare: 0, bachelorShare: 0, ...hiring },
      budgets,
      shortfall: { mode: 'defer', priority: ['hiring', 'building'] },
    },
  });
  s.city.districts[0].streets[0].stationStaff = 6;
  return s;
};

describe('CS2010-7d: pre-job training and certificate', () => {
  it('costs the payer per hire: 2 hires × 3,000 = 6,000 from the district', () => {
    const p = project(changsha({ trainingCostPerHire: 3_000, trainingPayer: 'district' }));
    expect(costTotal(p, 0, { item: 'training', payer: 'district' })).toBe(6_000);
    expect(costTotal(p, 1, { item: 'training' })).toBe(0); // no gap left in 2011, no hires
  });

  it('counts a hire against the requirement only after the training years: gap 2 in 2010, 0 in 2011', () => {
    // One training year: 2010's two hires are in post (and paid) but still training in 2010.
    const p = project(changsha({ trainingYears: 1 }));
    expect(p.series.inPost[0]).toBe(6);
    expect(staffGap.compute(p, 0, -1)).toBe(2);
    expect(staffGap.compute(p, 1, -1)).toBe(0);
    // Two training years: they still do not count in 2011.
    expect(staffGap.compute(project(changsha({ trainingYears: 2 })), 1, -1)).toBe(2);
  });

  it('waits for money for the training too: a district budget of 214,300 pays for one hire', () => {
    // Pay of 4 in post and the station's 6: 10 × 19,200 = 192,000; one hire 19,200 + 3,000 = 22,200 → 214,200;
    // a second would need 236,400.
    const p = project(changsha({ trainingCostPerHire: 3_000 }, { district: { '2010': 214_300 } }));
    expect(p.series.hires[0]).toBe(1);
    expect(p.payers.district[0]).toMatchObject({ spent: 214_200, shortfall: 0 });
  });
});

describe('YX2008-5b: new hires with a bachelor’s degree', () => {
  it('raises the plan’s share of graduates among hires to all of them: 4 hires, 4 graduates', () => {
    // YX2008-5: 2,000 households ÷ 200 = 10 required; 6 in post, capacity 4 → 4 hires, all graduates though the plan says 0%.
    const s = tinyCity([community({ id: 'C1', households: 2000, staff: { inPost: 6, certified: 0, bachelor: 0 } })], {
      ruleSet: 'YX2008',
      horizon: { baseYear: 2008, firstYear: 2009, lastYear: 2010 },
      plan: { hiring: { capacityPerYear: 4, attritionRate: 0, certifiedShare: 0, bachelorShare: 0 } },
    });
    const p = project(s);
    expect(p.series.hires[0]).toBe(4);
    expect(p.series.bachelor[0]).toBe(4);
  });
});
