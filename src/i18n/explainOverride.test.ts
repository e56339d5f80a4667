/** An explanation's parameter input says when it is the scenario's own value, and since when. */
import { describe, expect, it } from 'vitest';
import type { Explanation } from '../engine/explain/types';
import { renderExplanation } from './explain';

// GOV2020-3b reformed: the city pays 0.6 from 2028 — 10 workers × 100,000 × 0.6 = 600,000
const staffPay: Explanation = {
  path: 'entity/C1/2028/cost/staffPay/city',
  subject: { kind: 'entityCost', item: 'staffPay', payer: 'city', entity: { id: 'C1', name: 'C1', level: 'community' }, year: 2028 },
  value: 600_000,
  unit: 'yuan',
  inputs: [
    { kind: 'inPost', value: 10, unit: 'person' },
    { kind: 'payPerWorker', value: 100_000, unit: 'yuanPerPerson' },
    { kind: 'payerShare', value: 0.6, unit: 'share', override: { from: 2028 } },
  ],
  formula: { op: 'mul', args: [{ input: 0 }, { input: 1 }, { input: 2 }] },
  rules: ['GOV2020-3b'],
};

describe('override inputs', () => {
  it('a dated override names its year', () => {
    expect(renderExplanation(staffPay, 'zh-CN').inputs[2].value).toBe('60%（本方案取值，自 2028 年起）');
    expect(renderExplanation(staffPay, 'en').inputs[2].value).toBe('60% (scenario override, from 2028)');
  });

  it("a district's own value names the district", () => {
    const x = { ...staffPay, inputs: staffPay.inputs.map((i, k) => (k === 2 ? { ...i, override: { from: 'all' as const, district: 'D2' } } : i)) };
    expect(renderExplanation(x, 'zh-CN').inputs[2].value).toBe('60%（本方案取值：D2自定，各年适用）');
    expect(renderExplanation(x, 'en').inputs[2].value).toBe('60% (scenario override for D2, all years)');
  });
});
