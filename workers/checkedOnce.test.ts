import { beforeAll, describe, expect, it } from 'vitest';
import { smallScenario } from '../src/fixtures/smallScenario';
import { checkAndKeep, checkOnce } from './checkedOnce';
import { loadValidator } from './validator';

// The engine worker loads its validator on first need (workers/validator.ts); these tests call its API directly.
beforeAll(loadValidator);

function scenarioOf(result: ReturnType<typeof checkOnce>) {
  if (!result.ok) throw new Error('expected a valid scenario');
  return result.scenario;
}

describe('checkOnce', () => {
  it('reuses the scenario validate() passed for the next run of the same text, once', () => {
    const kept = scenarioOf(checkAndKeep(smallScenario()));
    // A structured-clone copy, as the page sends it: same text, another object.
    expect(scenarioOf(checkOnce(structuredClone(smallScenario())))).toBe(kept);
    // The second run checks afresh: a lever edit never compares texts.
    const again = scenarioOf(checkOnce(smallScenario()));
    expect(again).not.toBe(kept);
    expect(again).toEqual(kept);
  });

  it('checks afresh when the run sends another text, and keeps nothing from a failed check', () => {
    const kept = scenarioOf(checkAndKeep(smallScenario()));
    const other = { ...smallScenario(), name: 'another name' };
    const checked = scenarioOf(checkOnce(other));
    expect(checked).not.toBe(kept);
    expect(checked.name).toBe('another name');

    const broken = { ...smallScenario(), horizon: { baseYear: 'soon' } };
    expect(checkAndKeep(broken).ok).toBe(false);
    expect(checkOnce(broken).ok).toBe(false);
  });

  it('checks afresh when the run sends a scenario that differs only deep in its city', () => {
    const kept = scenarioOf(checkAndKeep(smallScenario()));
    const other = smallScenario();
    const community = other.city.districts[0].streets[0].communities[0];
    community.households += 1;
    const checked = scenarioOf(checkOnce(other));
    expect(checked).not.toBe(kept);
    expect(checked.city.districts[0].streets[0].communities[0].households).toBe(community.households);
  });
});
