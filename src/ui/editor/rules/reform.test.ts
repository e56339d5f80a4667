import { describe, expect, it } from 'vitest';
import { tinyCity, community } from '../../../fixtures/tinyCity';
import { reformOf } from './reform';

describe('reformOf', () => {
  it('copies the scenario with the rule changed from the chosen year, leaving the original alone', () => {
    const current = tinyCity([community({ id: 'C1' })], { overrides: { 'staffing.householdsPerWorker': 350 } });
    const before = JSON.stringify(current);
    // GOV2020-3b's 5:5 becomes 6:4 from 2028
    const reform = reformOf(current, { key: 'pay.cityShare', from: 2028, value: 0.6 }, 'zh-CN');
    expect(reform.name).toBe('tiny（新改革）');
    expect(reform.ruleSet.overrides).toEqual({ 'staffing.householdsPerWorker': 350, 'pay.cityShare': { '2028': 0.6 } });
    expect(JSON.stringify(current)).toBe(before);
  });
});
