/**
 * A scenario that carries its own rule set: validated where it sits, resolved by the engine, and
 * unchanged through the JSON file. Hand-worked on 溪城 (src/fixtures/ownRuleSet.ts).
 */
import { describe, expect, it } from 'vitest';
import { blankRuleSet, copyOfBuiltIn } from '../engine/authoredCopy';
import { RULE_SET_IDS } from '../engine/policyLibrary';
import { ruleSetOf } from '../engine/project';
import { runScenario } from '../engine/run';
import { summarize } from '../engine/summary';
import { ownRuleSet, ownRuleSetScenario } from '../fixtures/ownRuleSet';
import { smallScenario } from '../fixtures/smallScenario';
import { validateRuleSet } from './validateRuleSet';
import { validateScenario } from './validateScenario';

describe('a scenario carrying an authored rule set', () => {
  it('resolves to the set it carries, and to an authored set passed by id', () => {
    const scenario = ownRuleSetScenario();
    expect(ruleSetOf(scenario)).toBe(scenario.ruleSet.custom);
    const byId = { ...scenario, ruleSet: { id: 'XC2027' } };
    expect(ruleSetOf(byId, { XC2027: ownRuleSet() }).parameters['staffing.minPerCommunity']?.values).toEqual({ '2027-03-01': 4 });
    expect(() => ruleSetOf(byId)).toThrow(/XC2027/);
  });

  it('projects under its rules: 1 worker per 250 households, at least 4, pay split 6:4 (XC2027-3, XC2027-7)', () => {
    const summary = summarize(runScenario(ownRuleSetScenario()));
    // C1: ⌈1100 / 250⌉ = ⌈4.4⌉ = 5; C2: max(4, ⌈600 / 250⌉ = 3) = 4; 5 + 4 = 9 workers, every year (no growth).
    expect(summary.totals.map((t) => t.staffRequired)).toEqual([9, 9, 9]);
    // All 9 are hired in 2028 (capacity 100) and paid the benchmark 100,000 yuan a year in full:
    // city 9 × 100,000 × 0.6 = 540,000; district 9 × 100,000 × 0.4 = 360,000.
    const spent = (payer: string) => summary.funding.filter((f) => f.payer === payer).map((f) => f.spent);
    expect(spent('city')).toEqual([540_000, 540_000, 540_000]);
    expect(spent('district')).toEqual([360_000, 360_000, 360_000]);
    expect(summary.ruleSet).toBe('XC2027');
  });

  it('round-trips through the exported JSON file and runs the same', () => {
    const scenario = ownRuleSetScenario();
    // the library's export writes the scenario as two-space JSON (src/ui/library/libraryActions.ts exportText)
    const back = validateScenario(JSON.parse(JSON.stringify(scenario, null, 2)));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.scenario).toEqual(scenario);
    expect(summarize(runScenario(back.scenario))).toEqual(summarize(runScenario(scenario)));
  });

  it('reports problems in the carried set under ruleSet.custom, and an id that does not match', () => {
    const scenario = ownRuleSetScenario();
    scenario.ruleSet.custom!.parameters['staffing.householdsPerWorker']!.values['2027-03-01'] = 150;
    scenario.ruleSet.id = 'XC2028';
    const result = validateScenario(scenario);
    const errors = result.ok ? [] : result.errors;
    expect(errors.map((e) => e.path)).toEqual(['ruleSet.custom.parameters["staffing.householdsPerWorker"].values["2027-03-01"]', 'ruleSet.id']);
    expect(errors[1].zh).toContain('携带的自定规则集编号为“XC2027”');
    expect(errors[1].en).toContain('the rule set it carries has id "XC2027"');
  });

  it('checks overrides against the carried set’s ranges (XC2027-3: 200–300)', () => {
    const scenario = ownRuleSetScenario();
    scenario.ruleSet.overrides = { 'staffing.householdsPerWorker': 320 };
    const result = validateScenario(scenario);
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['ruleSet.overrides["staffing.householdsPerWorker"]']);
  });

  it('leaves a scenario on a built-in set as it was', () => {
    const old = smallScenario();
    const result = validateScenario(old);
    expect(result.ok && result.scenario).toEqual(old);
    expect(result.ok && 'custom' in result.scenario.ruleSet).toBe(false);
  });
});

describe('starting points', () => {
  it.each(RULE_SET_IDS)('a copy of %s carries its clauses and passes validation', (from) => {
    const copy = copyOfBuiltIn(from, `${from}-copy`, { zh: '副本', en: 'Copy' });
    const result = validateRuleSet(copy);
    expect(result.ok ? [] : result.errors).toEqual([]);
    for (const doc of copy.documents) for (const clause of doc.clauses) expect(clause.text).not.toBe('');
  });

  it('a blank set lists what is left to fill in', () => {
    const result = validateRuleSet(blankRuleSet('MY', { zh: '本市', en: 'My city' }));
    const paths = result.ok ? [] : result.errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['description.zh', 'documents[0].title', 'documents[0].clauses[0].text']));
  });
});
