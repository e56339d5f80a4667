/**
 * The edit journal as patches on the stored revision: hand-made patches replay to the scenario worked
 * out by hand, an edit is a patch of its own size whatever the city's, and a damaged entry gives back
 * what came before the damage and says so.
 */
import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../fixtures/memoryStorage';
import { smallScenario } from '../fixtures/smallScenario';
import type { Scenario } from '../engine/scenario';
import { Journal, replay } from './journal';
import { applyPatch, diff, PatchError } from './patch';
import type { ScenarioRecord } from './records';

const stored = (scenario: Scenario = smallScenario()): ScenarioRecord => ({ id: 's', name: scenario.name, scenario, createdAt: 1, updatedAt: 1, revision: 4 });
// Edits as the editor makes them: new objects along the path, everything else shared.
const withCapacity = (s: Scenario, capacityPerYear: number): Scenario => ({ ...s, plan: { ...s.plan, hiring: { ...s.plan.hiring, capacityPerYear } } });
const named = (s: Scenario, name: string): Scenario => ({ ...s, name });
const entryText = (patches: unknown[], base = 4) => JSON.stringify({ scenarioId: 's', tabId: 't', base, seq: patches.length, patches });

describe('patches', () => {
  it('replays hand-made patches to the scenario worked out by hand, sharing what they leave alone', () => {
    const base = smallScenario();
    const streets = base.city.districts[0].streets;
    const patched = applyPatch(base, [
      { p: ['plan', 'hiring', 'capacityPerYear'], v: 123 },
      { p: ['name'], v: '改过的方案' },
      // The first district's first street loses its communities after the first.
      { p: ['city', 'districts', 0, 'streets', 0, 'communities'], len: 1 },
      { p: ['plan', 'facilities'], del: true },
    ]);
    expect(patched.plan.hiring.capacityPerYear).toBe(123);
    expect(patched.name).toBe('改过的方案');
    expect(patched.city.districts[0].streets[0].communities).toEqual([streets[0].communities[0]]);
    expect('facilities' in patched.plan).toBe(false);
    // Untouched parts are the very objects of the base, and the base itself is unchanged.
    expect(patched.city.districts[1]).toBe(base.city.districts[1]);
    expect(patched.ruleSet).toBe(base.ruleSet);
    expect(base).toEqual(smallScenario());
  });

  it('finds an edit of one field as one operation, whatever the size of the city', () => {
    const before = smallScenario();
    const after = withCapacity(before, 700);
    expect(diff(before, after)).toEqual([{ p: ['plan', 'hiring', 'capacityPerYear'], v: 700 }]);
  });

  it('turns any edit, rows added and removed included, into a patch that replays to the edited scenario', () => {
    const before = smallScenario();
    const [d0] = before.city.districts;
    const withStreets = (s: Scenario, streets: typeof d0.streets): Scenario => ({
      ...s,
      city: { ...s.city, districts: [{ ...s.city.districts[0], streets }, ...s.city.districts.slice(1)] },
    });
    const added = withStreets(before, [...d0.streets, { ...d0.streets[0], id: 'new-street' }]);
    const removed = withStreets(added, added.city.districts[0].streets.slice(1));
    const { facilities: _dropped, ...planWithout } = removed.plan;
    const unset: Scenario = { ...removed, plan: planWithout };
    for (const [a, b] of [[before, added], [added, removed], [removed, unset], [before, unset]]) {
      const ops = diff(a, b);
      expect(JSON.parse(JSON.stringify(applyPatch(a, JSON.parse(JSON.stringify(ops)))))).toEqual(JSON.parse(JSON.stringify(b)));
    }
  });

  it('sets a part most of whose fields changed as one value, not an operation per field', () => {
    const before = smallScenario();
    const renamed = JSON.parse(JSON.stringify(before).replaceAll('社区', '小区')) as Scenario;
    const city = { ...before, city: renamed.city };
    // Every community's name changed (and nothing else): the communities lists are set whole, far fewer operations than names.
    const ops = diff(before, city);
    expect(ops.length).toBeLessThan(5);
    expect(applyPatch(before, ops)).toEqual(city);
  });

  it('refuses operations that do not fit the scenario, naming what is wrong', () => {
    const base = smallScenario();
    expect(() => applyPatch(base, [{ p: ['city', 'districts', 99, 'name'], v: 'x' }])).toThrow(/no row 99/);
    expect(() => applyPatch(base, [{ p: ['name', 'first'], v: 'x' }])).toThrow(/has no fields/);
    expect(() => applyPatch(base, [{ p: ['__proto__', 'x'], v: 1 }])).toThrow(PatchError);
    expect(() => applyPatch(base, [{ p: ['name'] }])).toThrow(/not an operation/);
    expect(() => applyPatch(base, 'not a list')).toThrow(PatchError);
  });
});

describe('an entry replayed on the stored record', () => {
  it('gives the stored scenario with every edit when all can be read', () => {
    const text = entryText([
      { seq: 1, ops: [{ p: ['plan', 'hiring', 'capacityPerYear'], v: 600 }] },
      { seq: 2, ops: [{ p: ['plan', 'hiring', 'capacityPerYear'], v: 700 }] },
    ]);
    const entry = replay(text, stored(), 't');
    expect([entry.scenario.plan.hiring.capacityPerYear, entry.seq, entry.base, entry.damaged]).toEqual([700, 2, 4, false]);
  });

  it('stops at a patch that cannot be read or does not fit: the edits before it are kept and the entry is marked damaged', () => {
    const good = { seq: 1, ops: [{ p: ['name'], v: '第一次修改' }] };
    for (const bad of [{ seq: 2, ops: [{ p: ['city', 'districts', 50, 'name'], v: 'x' }] }, { seq: 2 }, null, { seq: 2, ops: [{ q: 1 }] }]) {
      const entry = replay(entryText([good, bad, { seq: 3, ops: [{ p: ['plan', 'hiring', 'capacityPerYear'], v: 1 }] }]), stored(), 't');
      expect([entry.scenario.name, entry.scenario.plan.hiring.capacityPerYear, entry.damaged]).toEqual(['第一次修改', smallScenario().plan.hiring.capacityPerYear, true]);
    }
  });

  it('gives the stored scenario, marked damaged, for an entry that is not JSON or was cut short', () => {
    const whole = entryText([{ seq: 1, ops: [{ p: ['name'], v: 'x' }] }]);
    for (const text of ['{not json', whole.slice(0, whole.length - 5), 'null', '{"patches":[]}']) {
      const entry = replay(text, stored(), 't');
      expect([entry.scenario, entry.damaged]).toEqual([smallScenario(), true]);
    }
  });

  it('takes an entry written before edits were kept as patches, which holds the whole scenario', () => {
    const old = { ...smallScenario(), name: '旧式日志' };
    const entry = replay(JSON.stringify({ scenarioId: 's', tabId: 't', base: 4, seq: 5, scenario: old }), stored(), 't');
    expect([entry.scenario.name, entry.seq, entry.damaged]).toEqual(['旧式日志', 5, false]);
  });
});

describe('a tab writing its journal', () => {
  it('writes an edit as a patch of its own size, and a save keeps only the edits made after it', () => {
    const storage = new MemoryStorage();
    const journal = new Journal('j', storage);
    const s0 = smallScenario();
    const s1 = withCapacity(s0, 700);
    const s2 = named(s1, '另一个名字');
    journal.write('s', 4, 1, s0, s1);
    journal.write('s', 4, 2, s1, s2);
    const key = `j:journal:s:${journal.tabId}`;
    // Two one-field patches: far smaller than the scenario they change.
    expect(storage.getItem(key)!.length).toBeLessThan(400);
    expect(JSON.stringify(s0).length).toBeGreaterThan(2_000);
    expect(replay(storage.getItem(key), stored(s0), journal.tabId).scenario).toEqual(s2);
    // Saved up to the first edit as revision 5: the second edit stays, on revision 5.
    journal.saved('s', 5, 1);
    const after = replay(storage.getItem(key), { ...stored(s1), revision: 5 }, journal.tabId);
    expect([after.base, after.seq, after.scenario]).toEqual([5, 2, s2]);
    journal.saved('s', 6, 2);
    expect(storage.length).toBe(0);
    journal.close();
  });

  it('keeps an edit it could not write and writes it with the next one', () => {
    const storage = new MemoryStorage();
    const journal = new Journal('j', storage);
    const s0 = smallScenario();
    const s1 = named(s0, '写不进去');
    const s2 = withCapacity(s1, 9);
    const setItem = storage.setItem.bind(storage);
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(journal.write('s', 4, 1, s0, s1)).toBe(false);
    storage.setItem = setItem;
    expect(journal.write('s', 4, 2, s1, s2)).toBe(true);
    expect(replay(storage.getItem(`j:journal:s:${journal.tabId}`), stored(s0), journal.tabId).scenario).toEqual(s2);
    journal.close();
  });
});
