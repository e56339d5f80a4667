import { describe, expect, it } from 'vitest';
import { community, tinyCity } from '../../fixtures/tinyCity';
import { runScenario } from '../run';
import { buildRunView } from '../runView';
import type { Scenario } from '../scenario';
import type { LeverSpec, QuizSpec } from './exercise';
import { applyLevers } from '../levers';
import { buildQuestion, distractors, quizValue } from './quiz';

const viewOf = (s: Scenario) => buildRunView(runScenario(s), s);

// GOV2020 (350 households per worker, at least 5, one quota for the district; pay split 5:5 by GOV2020-3b):
// A's share 3,000 / 350 = 8.571, B's max(5, 1,200 / 350 = 3.43) = 5; the district's quota ⌈13.571⌉ = 14.
const base = tinyCity(
  [community({ id: 'A', households: 3000, staff: { inPost: 6, certified: 0, bachelor: 0 } }), community({ id: 'B', households: 1200, staff: { inPost: 5, certified: 0, bachelor: 0 } })],
  { plan: { pay: { perWorker: 100_000, growth: 0 } } },
);
const levers: LeverSpec[] = [
  { path: 'plan.hiring.capacityPerYear', min: 0, max: 10, step: 1 },
  { path: 'plan.pay.cityShare', min: 0, max: 1, step: 0.05 },
];
const districtPay: QuizSpec = { id: 'district-pay', kind: 'spending', payer: 'district', item: 'staffPay', year: 2027 };

describe('quiz answers follow the trainee’s run', () => {
  it('changes the answer when a lever moves, by the arithmetic of the rule', () => {
    // Hiring 1 a year: 11 in post in 2026 + 1 hire = 12 in 2026, 13 in 2027.
    // District pay 2027 = 13 workers × 100,000 yuan × (1 − 0.5) = 650,000 yuan (GOV2020-3b, 5:5).
    const slow = viewOf(applyLevers(base, levers, { 'plan.hiring.capacityPerYear': 1, 'plan.pay.cityShare': 0.5 }));
    expect(buildQuestion(districtPay, slow).answer).toBe(650_000);
    // Hiring 3 a year fills the gap of 3 in 2026: 14 workers × 100,000 × 0.5 = 700,000 yuan in 2027.
    const fast = viewOf(applyLevers(base, levers, { 'plan.hiring.capacityPerYear': 3, 'plan.pay.cityShare': 0.5 }));
    expect(buildQuestion(districtPay, fast).answer).toBe(700_000);
    // The city taking 70%: the district pays 14 × 100,000 × 0.3 = 420,000 yuan.
    const cityHeavy = viewOf(applyLevers(base, levers, { 'plan.hiring.capacityPerYear': 3, 'plan.pay.cityShare': 0.7 }));
    expect(buildQuestion(districtPay, cityHeavy).answer).toBe(420_000);
  });

  it('reads communities, city totals and metrics from the run', () => {
    const view = viewOf(applyLevers(base, levers, { 'plan.hiring.capacityPerYear': 1, 'plan.pay.cityShare': 0.5 }));
    expect(quizValue({ id: 'a', kind: 'community', community: 'A', field: 'staffRequired', year: 2026 }, view)?.value).toBeCloseTo(8.571, 3);
    expect(quizValue({ id: 'b', kind: 'community', community: 'B', field: 'staffRequired', year: 2026 }, view)).toEqual({ value: 5, unit: 'person' });
    expect(quizValue({ id: 'c', kind: 'city', field: 'inPost', year: 2028 }, view)).toEqual({ value: 14, unit: 'person' });
    expect(quizValue({ id: 'q', kind: 'city', field: 'staffRequired', year: 2026 }, view)).toEqual({ value: 14, unit: 'person' });
    // 2026: 11 + 1 hire = 12 of the quota of 14 — the one district does not meet it.
    expect(quizValue({ id: 'd', kind: 'metric', metric: 'staffingShareMet', year: 2026 }, view)).toEqual({ value: 0, unit: 'share' });
    expect(buildQuestion({ id: 'e', kind: 'city', field: 'inPost', year: 2040 }, view).answer).toBeNull();
  });

  it('offers four distinct choices in ascending order with the answer among them', () => {
    const view = viewOf(applyLevers(base, levers, { 'plan.hiring.capacityPerYear': 3, 'plan.pay.cityShare': 0.5 }));
    const q = buildQuestion(districtPay, view);
    expect(q.options).toHaveLength(4);
    expect([...q.options].sort((a, b) => a - b)).toEqual(q.options);
    expect(q.options[q.correct]).toBe(700_000);
  });
});

describe('distractors', () => {
  it.each([
    { unit: 'person' as const, answer: 0 },
    { unit: 'person' as const, answer: 10 },
    { unit: 'share' as const, answer: 1 },
    { unit: 'share' as const, answer: 0 },
    { unit: 'yuan' as const, answer: 0 },
    { unit: 'yuan' as const, answer: 2_137_200 },
    { unit: 'm2' as const, answer: 1500 },
  ])('are three distinct values in range for $answer ($unit), whatever the pattern', ({ unit, answer }) => {
    for (let pattern = 0; pattern < 4; pattern++) {
      const d = distractors(unit, answer, pattern);
      expect(d).toHaveLength(3);
      expect(new Set(d).size).toBe(3);
      expect(d).not.toContain(answer);
      for (const x of d) {
        expect(x).toBeGreaterThanOrEqual(0);
        if (unit === 'share') expect(x).toBeLessThanOrEqual(1);
      }
    }
  });
});
