import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ownRuleSet } from '../../fixtures/ownRuleSet';
import { RuleSetStore } from '../../store/ruleSetStore';
import { importRuleSet, ruleSetText, startRuleSet } from './ruleSetActions';

let n = 0;
const fresh = () => RuleSetStore.open(`rule-sets-${++n}`);
const copyName = (name: string) => `${name}（副本）`;

describe('the library of own rule sets', () => {
  it('starts a copy of a built-in under a free id, and keeps revisions on save', async () => {
    const store = await fresh();
    const record = await startRuleSet(store, 'GOV2020', copyName, 1);
    expect(record.id).toBe('GOV2020-1');
    expect(record.ruleSet.name.zh.endsWith('（副本）')).toBe(true);
    const saved = await store.save(record);
    expect(saved.revision).toBe(1);
    expect((await startRuleSet(store, 'GOV2020', copyName, 2)).id).toBe('GOV2020-2');
    await expect(store.save({ ...record, updatedAt: 3 })).rejects.toThrow(/newer version/);
    expect((await store.save({ ...saved, updatedAt: 3 })).revision).toBe(2);
    store.close();
  });

  it('imports a file, exports it back the same, and never overwrites a stored set', async () => {
    const store = await fresh();
    const first = await importRuleSet(ruleSetText(ownRuleSet()), store, 1);
    expect(first.ok && first.record.id).toBe('XC2027');
    const second = await importRuleSet(ruleSetText(ownRuleSet()), store, 2);
    expect(second.ok && second.record.id).toBe('XC2027-1');
    expect(JSON.parse(ruleSetText((await store.load('XC2027'))!.ruleSet))).toEqual(ownRuleSet());
    store.close();
  });

  it('refuses a broken file with every problem and leaves what is saved alone', async () => {
    const store = await fresh();
    await importRuleSet(ruleSetText(ownRuleSet()), store, 1);
    const broken = ownRuleSet();
    broken.documents[0].date = '2027-02-30';
    broken.parameters['staffing.minPerCommunity']!.reference[0].rule = 'XC2027-9';
    const result = await importRuleSet(ruleSetText(broken), store, 2);
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['documents[0].date', 'parameters["staffing.minPerCommunity"].reference[0].rule']);
    expect((await store.list()).map((r) => [r.id, r.revision])).toEqual([['XC2027', 1]]);
    expect((await importRuleSet('{ not json', store)).ok).toBe(false);
    store.close();
  });
});
