import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { smallScenario } from '../fixtures/smallScenario';
import type { ScenarioRecord } from './records';
import { ScenarioStore } from './scenarioStore';

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
    await store.saveSettings({ locale: 'en' });
    expect(await store.settings()).toEqual({ locale: 'en' });
    store.close();
  });
});
