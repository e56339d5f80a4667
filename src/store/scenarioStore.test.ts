import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { demoScenario } from '../fixtures/demo/demoScenario';
import { smallScenario } from '../fixtures/smallScenario';
import type { ScenarioRecord } from './records';
import { RevisionConflict, ScenarioStore } from './scenarioStore';

let dbCount = 0;
const freshName = () => `test-${++dbCount}`;

const record = (id: string, updatedAt: number): ScenarioRecord => ({
  id,
  name: `方案 ${id}`,
  scenario: smallScenario(),
  createdAt: updatedAt,
  updatedAt,
});

describe('ScenarioStore', () => {
  it('saves, lists newest first, loads, and deletes with undo', async () => {
    const store = await ScenarioStore.open(freshName());
    await store.save(record('a', 1));
    await store.save(record('b', 2));
    expect((await store.list()).map((m) => m.id)).toEqual(['b', 'a']);
    expect((await store.load('a'))?.scenario.city.districts).toHaveLength(2);
    await store.remove('a');
    expect((await store.list()).map((m) => m.id)).toEqual(['b']);
    await store.restore('a');
    expect((await store.list()).map((m) => m.id)).toEqual(['b', 'a']);
    store.close();
  });

  it('opens a database written by version 1 and keeps its scenarios', async () => {
    const name = freshName();
    // Version 1 as it was: one store keyed by id, records without createdAt.
    const v1 = await openDB(name, 1, { upgrade: (db) => void db.createObjectStore('scenarios', { keyPath: 'id' }) });
    const { createdAt: _, ...old } = record('old', 42);
    await v1.put('scenarios', old);
    v1.close();

    const store = await ScenarioStore.open(name);
    const loaded = await store.load('old');
    expect(loaded?.name).toBe('方案 old');
    expect(loaded?.createdAt).toBe(42);
    expect((await store.list()).map((m) => m.id)).toEqual(['old']);
    // A save goes through the kept revisions' store too (version 5), so the upgrade must have made it.
    expect((await store.save(loaded!)).revision).toBe(1);
    await store.saveSettings({ locale: 'en' });
    expect(await store.settings()).toEqual({ locale: 'en' });
    store.close();
  });

  it('lists every readable record and shows the others as damaged, each for its own reason', async () => {
    const name = freshName();
    const store = await ScenarioStore.open(name, { journal: null });
    await store.save(record('good', 5));
    const raw = await openDB(name);
    const { horizon: _, ...withoutHorizon } = smallScenario();
    const { ruleSet: __, ...withoutRuleSet } = smallScenario();
    const bad: [string, unknown][] = [
      ['text', 'not a scenario'],
      ['null', null],
      ['norules', withoutRuleSet],
      ['nohorizon', withoutHorizon],
      // A horizon that ends before it starts has no years to run: the open page would wait forever.
      ['empty', { ...smallScenario(), horizon: { baseYear: 2025, firstYear: 2026, lastYear: 2025 } }],
    ];
    for (const [id, scenario] of bad) await raw.put('scenarios', { ...record(id, 1), scenario });
    raw.close();

    const survey = await store.survey();
    expect(survey.items.map((m) => m.id)).toEqual(['good']);
    expect(Object.fromEntries(survey.damaged.map((d) => [d.id, d.damage]))).toEqual({
      text: 'scenario',
      null: 'scenario',
      norules: 'ruleSet',
      nohorizon: 'horizon',
      empty: 'horizon',
    });
    expect(survey.damaged.find((d) => d.id === 'text')?.raw).toMatchObject({ scenario: 'not a scenario' });
    expect(await store.load('text')).toBeUndefined();
    expect((await store.inspect('norules'))?.ok).toBe(false);
    // Delete works on a damaged record and can be undone.
    await store.remove('text');
    expect((await store.survey()).damaged.map((d) => d.id)).not.toContain('text');
    await store.restore('text');
    expect((await store.survey()).damaged.map((d) => d.id)).toContain('text');
    store.close();
  });

  it('saves over the revision it read without reading the stored record, and still refuses a stale one', async () => {
    const store = await ScenarioStore.open(freshName(), { journal: null });
    const first = await store.save(record('a', 1));
    const get = vi.spyOn(IDBObjectStore.prototype, 'get');
    const second = await store.save({ ...first, name: '改名' });
    // On a province the record is 15 MB: the index of ids and revisions answers instead.
    expect(get).not.toHaveBeenCalled();
    get.mockRestore();
    expect(second.revision).toBe(2);
    // A tab still on revision 1 is refused, and told what is stored.
    await expect(store.save({ ...first, name: '旧' })).rejects.toMatchObject({ current: { revision: 2, name: '改名' } });
    await expect(store.save({ ...first, name: '旧' })).rejects.toBeInstanceOf(RevisionConflict);
    store.close();
  });

  it('opens a database written by version 5 and checks the revisions of its records by the new index', async () => {
    const name = freshName();
    // Version 5 as it was: every store, the scenarios without the index of revisions.
    const v5 = await openDB(name, 5, {
      upgrade(db) {
        db.createObjectStore('scenarios', { keyPath: 'id' }).createIndex('byUpdated', 'updatedAt');
        for (const store of ['trash', 'attempts', 'ruleSets']) db.createObjectStore(store, { keyPath: 'id' });
        for (const store of ['settings', 'trainee']) db.createObjectStore(store);
        db.createObjectStore('journalBases', { keyPath: ['scenarioId', 'revision'] });
      },
    });
    await v5.put('scenarios', { ...record('old', 1), revision: 3 });
    v5.close();

    const store = await ScenarioStore.open(name, { journal: null });
    const loaded = (await store.load('old'))!;
    await expect(store.save({ ...loaded, revision: 2 })).rejects.toBeInstanceOf(RevisionConflict);
    expect((await store.save(loaded)).revision).toBe(4);
    store.close();
  });

  it('opens a database written by version 6, leaving its records as they were and listing them as before', async () => {
    const name = freshName();
    // Version 6 as it was: every store and index, no listing.
    const v6 = await openDB(name, 6, {
      upgrade(db) {
        const scenarios = db.createObjectStore('scenarios', { keyPath: 'id' });
        scenarios.createIndex('byUpdated', 'updatedAt');
        scenarios.createIndex('byRevision', ['id', 'revision']);
        db.createObjectStore('attempts', { keyPath: 'id' }).createIndex('byExercise', 'exerciseId');
        for (const store of ['trash', 'ruleSets']) db.createObjectStore(store, { keyPath: 'id' });
        for (const store of ['settings', 'trainee']) db.createObjectStore(store);
        db.createObjectStore('journalBases', { keyPath: ['scenarioId', 'revision'] });
      },
    });
    // A record as the app saves the demo: from a built-in, run, saved a few times.
    const demo: ScenarioRecord = { id: 'demo', name: '示范区', scenario: demoScenario(), createdAt: 10, updatedAt: 30, source: 'demo', verdicts: { met: 4, total: 6 }, revision: 3 };
    const broken = { ...record('broken', 20), scenario: { ...smallScenario(), horizon: null } };
    await v6.put('scenarios', demo);
    await v6.put('scenarios', broken);
    v6.close();

    const store = await ScenarioStore.open(name, { journal: null });
    const get = vi.spyOn(IDBObjectStore.prototype, 'get');
    const survey = await store.survey();
    // The upgrade made the listing: only the damaged record is read, to show it as stored.
    expect(get.mock.calls.map(([key]) => key)).toEqual(['broken']);
    get.mockRestore();
    const { scenario, ...meta } = demo;
    expect(survey.items).toEqual([{ ...meta, ruleSetId: scenario.ruleSet.id, horizon: scenario.horizon }]);
    expect(survey.damaged).toEqual([{ id: 'broken', name: '方案 broken', damage: 'horizon', raw: broken }]);
    // Nothing a user saved is lost or changed.
    expect(await store.load('demo')).toEqual(demo);
    expect((await store.inspect('broken'))?.ok).toBe(false);
    expect((await store.save(demo)).revision).toBe(4);
    store.close();
  });

  it('lists the library without reading any scenario, and follows renames, deletes and restores', async () => {
    const store = await ScenarioStore.open(freshName(), { journal: null });
    const a = await store.save(record('a', 1));
    await store.save(record('b', 2));
    const get = vi.spyOn(IDBObjectStore.prototype, 'get');
    expect((await store.list()).map((m) => m.id)).toEqual(['b', 'a']);
    expect(get).not.toHaveBeenCalled();
    get.mockRestore();
    await store.save({ ...a, name: '改名', updatedAt: 3 });
    expect((await store.list()).map((m) => [m.id, m.name])).toEqual([
      ['a', '改名'],
      ['b', '方案 b'],
    ]);
    await store.remove('a');
    expect((await store.list()).map((m) => m.id)).toEqual(['b']);
    await store.restore('a');
    expect((await store.list()).map((m) => [m.id, m.revision])).toEqual([
      ['a', 3],
      ['b', 1],
    ]);
    store.close();
  });
});
