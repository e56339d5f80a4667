import { describe, expect, it } from 'vitest';
import { ownRuleSetScenario } from '../fixtures/ownRuleSet';
import { fieldDifferences } from './fieldDifferences';

describe('field differences of own rule sets', () => {
  it('shows a carried rule set absent from the baseline as one difference, and a changed value within two sets by its path', () => {
    const own = ownRuleSetScenario();
    const builtIn = { ...ownRuleSetScenario(), ruleSet: { id: 'GOV2020' } };
    expect(fieldDifferences([builtIn, own]).map((d) => d.path)).toEqual(['ruleSet.id', 'ruleSet.custom']);
    const reform = ownRuleSetScenario();
    reform.ruleSet.custom!.parameters['staffing.householdsPerWorker']!.values['2027-03-01'] = 300;
    expect(fieldDifferences([own, reform]).map((d) => [d.path, d.values])).toEqual([
      ['ruleSet.custom.parameters["staffing.householdsPerWorker"].values["2027-03-01"]', [250, 300]],
    ]);
  });
});
