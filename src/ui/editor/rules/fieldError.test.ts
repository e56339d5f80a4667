import { describe, expect, it } from 'vitest';
import { fieldError } from './fieldError';

describe('fieldError', () => {
  const errors = [
    { path: 'ruleSet.overrides["staffing.householdsPerWorker"]', zh: '应在 300 到 400 之间', en: 'must be from 300 to 400' },
    { path: 'plan.budgets.city["2031"]', zh: '超出规划期', en: 'outside the horizon' },
  ];

  it('finds an error under a dotted parameter key and under a year key', () => {
    expect(fieldError(errors, ['ruleSet', 'overrides', 'staffing.householdsPerWorker'])?.en).toBe('must be from 300 to 400');
    expect(fieldError(errors, ['plan', 'budgets', 'city', '2031'])?.en).toBe('outside the horizon');
    expect(fieldError(errors, ['plan', 'budgets', 'city', '2030'])).toBeUndefined();
  });
});
