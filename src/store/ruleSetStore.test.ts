import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { ownRuleSet } from '../fixtures/ownRuleSet';
import { smallScenario } from '../fixtures/smallScenario';
import { RuleSetStore } from './ruleSetStore';
import { ScenarioStore } from './scenarioStore';

describe('RuleSetStore', () => {
  it('opens a database written by version 3, keeping its scenarios and attempts, and adds the rule-set store', async () => {
    const name = 'rule-set-upgrade';
    // Version 3 as it was: scenarios, trash, settings, attempts by exercise and the trainee.
    const v3 = await openDB(name, 3, {
      upgrade(db) {
        db.createObjectStore('scenarios', { keyPath: 'id' }).createIndex('byUpdated', 'updatedAt');
        db.createObjectStore('trash', { keyPath: 'id' });
        db.createObjectStore('settings');
        db.createObjectStore('attempts', { keyPath: 'id' }).createIndex('byExercise', 'exerciseId');
        db.createObjectStore('trainee');
      },
    });
    await v3.put('scenarios', { id: 'kept', name: '方案 kept', scenario: smallScenario(), createdAt: 7, updatedAt: 8 });
    await v3.put('attempts', { id: 'a1', exerciseId: 'pay-split' });
    v3.close();

    const rules = await RuleSetStore.open(name);
    const saved = await rules.save({ id: 'XC2027', ruleSet: ownRuleSet(), createdAt: 1, updatedAt: 1 });
    expect(saved.revision).toBe(1);
    expect((await rules.list()).map((r) => r.id)).toEqual(['XC2027']);
    const scenarios = await ScenarioStore.open(name);
    expect((await scenarios.load('kept'))?.createdAt).toBe(7);
    await rules.remove('XC2027');
    expect(await rules.list()).toEqual([]);
    scenarios.close();
    rules.close();
  });

  it('lists only records it can open', async () => {
    const rules = await RuleSetStore.open('rule-set-damaged');
    const raw = await openDB('rule-set-damaged');
    await raw.put('ruleSets', { id: 'broken', updatedAt: 1 });
    raw.close();
    await rules.save({ id: 'XC2027', ruleSet: ownRuleSet(), createdAt: 1, updatedAt: 2 });
    expect((await rules.list()).map((r) => r.id)).toEqual(['XC2027']);
    expect(await rules.load('broken')).toBeUndefined();
    rules.close();
  });
});
