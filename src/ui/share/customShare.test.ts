import { describe, expect, it } from 'vitest';
import { runScenario } from '../../engine/run';
import { summarize } from '../../engine/summary';
import { ownRuleSetScenario } from '../../fixtures/ownRuleSet';
import { validateScenario } from '../../io/validateScenario';
import { decodePayload, encodeScenario, MAX_LINK_LENGTH } from './shareLink';

describe('a share link of a scenario with its own rule set', () => {
  it('carries the rule set, so the link runs where the set was never stored', async () => {
    const scenario = ownRuleSetScenario();
    const payload = await encodeScenario(scenario);
    expect(payload.length).toBeLessThan(MAX_LINK_LENGTH);
    const back = validateScenario(await decodePayload(payload));
    expect(back.ok && back.scenario.ruleSet.custom).toEqual(scenario.ruleSet.custom);
    // 5 + 4 = 9 workers under XC2027-3, as in src/io/customRuleSet.test.ts
    expect(back.ok && summarize(runScenario(back.scenario)).totals[0].staffRequired).toBe(9);
  });
});
