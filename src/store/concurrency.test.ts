/**
 * Two tabs on one database, played as two ScenarioStore connections: a save from a stale revision is
 * refused, the other tab hears of each save, an orphaned journal is found, and an upgrade asked for
 * by a newer tab closes the old connection instead of hanging.
 */
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { smallScenario } from '../fixtures/smallScenario';
import type { Change } from './changes';
import { DB } from './keys';
import type { ScenarioRecord } from './records';
import { RevisionConflict, ScenarioDeleted, ScenarioStore } from './scenarioStore';
import { MemoryStorage } from '../fixtures/memoryStorage';

let dbCount = 0;
const freshName = () => `tabs-${++dbCount}`;

const record = (id: string): ScenarioRecord => ({ id, name: `方案 ${id}`, scenario: smallScenario(), createdAt: 1, updatedAt: 1 });
const withHiring = (r: ScenarioRecord, capacityPerYear: number): ScenarioRecord => ({
  ...r,
  scenario: { ...r.scenario, plan: { ...r.scenario.plan, hiring: { ...r.scenario.plan.hiring, capacityPerYear } } },
});

describe('two tabs on one scenario', () => {
  it('refuses a save from a stale revision and keeps the newer one', async () => {
    const name = freshName();
    const a = await ScenarioStore.open(name, { journal: null });
    const b = await ScenarioStore.open(name, { journal: null });
    const first = await a.save(record('s'));
    expect(first.revision).toBe(1);
    // Both tabs read revision 1. A saves hiring 700 (revision 2); B, still at 1, saves hiring 50.
    const readByB = (await b.load('s'))!;
    const savedByA = await a.save(withHiring(first, 700));
    expect(savedByA.revision).toBe(2);
    const refused = b.save(withHiring(readByB, 50));
    await expect(refused).rejects.toBeInstanceOf(RevisionConflict);
    const conflict = (await refused.catch((e: unknown) => e)) as RevisionConflict;
    expect(conflict.current?.scenario.plan.hiring.capacityPerYear).toBe(700);
    expect(conflict.zh).toMatch(/另一个标签页/);
    // Nothing was written by the refused save.
    expect((await a.load('s'))?.scenario.plan.hiring.capacityPerYear).toBe(700);
    expect((await a.load('s'))?.revision).toBe(2);
    a.close();
    b.close();
  });

  it('lets concurrent saves from one revision through one at a time: exactly one wins', async () => {
    const name = freshName();
    const stores = await Promise.all([1, 2, 3].map(() => ScenarioStore.open(name, { journal: null })));
    const base = await stores[0].save(record('s'));
    const outcomes = await Promise.allSettled(stores.map((s, i) => s.save(withHiring(base, 100 * (i + 1)))));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === 'rejected' && o.reason instanceof RevisionConflict)).toHaveLength(2);
    expect((await stores[0].load('s'))?.revision).toBe(2);
    stores.forEach((s) => s.close());
  });

  it('tells the other tab which revision was saved or deleted', async () => {
    const name = freshName();
    const a = await ScenarioStore.open(name, { journal: null });
    const b = await ScenarioStore.open(name, { journal: null });
    const heard: Change[] = [];
    b.changes.listen((c) => heard.push(c));
    const saved = await a.save(record('s'));
    await a.save(saved);
    await a.remove('s');
    await vi.waitFor(() => expect(heard).toEqual([{ id: 's', revision: 1 }, { id: 's', revision: 2 }, { id: 's' }]));
    a.close();
    b.close();
  });

  it('refuses to bring back a scenario another tab deleted, and says so', async () => {
    const name = freshName();
    const a = await ScenarioStore.open(name, { journal: null });
    const b = await ScenarioStore.open(name, { journal: null });
    const readByB = await b.save(record('s'));
    await a.remove('s');
    // B still shows revision 1 and saves an edit: before, the record came back to life under the same id.
    const refused = b.save(withHiring(readByB, 50));
    await expect(refused).rejects.toBeInstanceOf(ScenarioDeleted);
    expect(((await refused.catch((e: unknown) => e)) as ScenarioDeleted).zh).toMatch(/另一个标签页中被删除/);
    expect(await a.load('s')).toBeUndefined();
    // A record never stored (no revision) is still saved as new.
    expect((await b.save(record('t'))).revision).toBe(1);
    a.close();
    b.close();
  });

  it('finds the journal of a tab that went away, and not that of a tab still open', async () => {
    const name = freshName();
    const storage = new MemoryStorage();
    const live = await ScenarioStore.open(name, { journal: storage });
    const killed = await ScenarioStore.open(name, { journal: storage });
    const stored = { ...record('s'), revision: 1 };
    const edited = withHiring(stored, 700).scenario;
    killed.journal.write('s', 1, 3, stored.scenario, edited);
    live.journal.write('s', 1, 1, stored.scenario, withHiring(stored, 40).scenario);
    const next = await ScenarioStore.open(name, { journal: storage });
    // Both writers are alive: nothing is an orphan yet.
    expect(await next.journal.orphans(stored)).toEqual([]);
    killed.close(); // its tab lock is released, as when the browser kills the tab; its entry stays
    const orphans = await next.journal.orphans(stored);
    expect(orphans.map((o) => [o.base, o.seq, o.scenario.plan.hiring.capacityPerYear, o.damaged])).toEqual([[1, 3, 700, false]]);
    next.journal.drop(orphans[0]);
    expect(await next.journal.orphans(stored)).toEqual([]);
    // A save covering the tab's edits clears its own entry; a later edit's entry stays.
    live.journal.saved('s', 2, 0);
    expect(storage.length).toBe(1);
    live.journal.saved('s', 2, 1);
    expect(storage.length).toBe(0);
    [live, next].forEach((s) => s.close());
  });
});

describe('revisions kept for journal entries', () => {
  const keptKeys = async (name: string) => {
    const db = await openDB(name);
    const keys = await db.getAllKeys(DB.stores.journalBases);
    db.close();
    return keys;
  };

  it("keeps the revision another tab's entry was written on while an entry names it, and no other", async () => {
    const name = freshName();
    const storage = new MemoryStorage();
    const a = await ScenarioStore.open(name, { journal: storage });
    const b = await ScenarioStore.open(name, { journal: storage });
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    const first = await a.save(record('s'));
    // No entry: the save writes the record and its listing entry alone, no kept revision.
    expect(put.mock.contexts.map((store) => (store as IDBObjectStore).name)).toEqual([DB.stores.scenarios, DB.stores.listing]);
    put.mockRestore();
    // B edits on revision 1; A saves revision 2 and 3 over it: revision 1 is kept, revision 2 is not.
    b.journal.write('s', 1, 1, first.scenario, withHiring(first, 40).scenario);
    const second = await a.save(withHiring(first, 700));
    expect(await keptKeys(name)).toEqual([['s', 1]]);
    expect((await b.load('s'))?.revision).toBe(2);
    // A's own entry on revision 2 does not make its own save keep revision 2.
    a.journal.write('s', 2, 1, second.scenario, withHiring(second, 800).scenario);
    const third = await a.save(withHiring(second, 800));
    expect(await keptKeys(name)).toEqual([['s', 1]]);
    // Once B's entry is gone, the next save drops revision 1.
    b.journal.clear('s');
    await a.save(third);
    expect(await keptKeys(name)).toEqual([]);
    a.close();
    b.close();
  });
});

describe('an upgrade from a newer tab', () => {
  it('closes the old connection, says why, and lets the upgrade through', async () => {
    const name = freshName();
    const onUpgraded = vi.fn();
    const old = await ScenarioStore.open(name, { journal: null, onUpgraded });
    await old.save(record('s'));
    // A newer build asks for the next version while this tab is open; without the handler this waits forever.
    const newer = await openDB(name, DB.version + 1);
    expect(onUpgraded).toHaveBeenCalledTimes(1);
    expect(((await newer.get('scenarios', 's')) as ScenarioRecord).name).toBe('方案 s');
    // The old tab's next save fails with a message in both languages rather than a raw DOMException.
    await expect(old.save(record('t'))).rejects.toMatchObject({ zh: expect.stringMatching(/刷新本页/) });
    newer.close();
  });

  it('tells a newer tab that an old one holds the database, and opens once it lets go', async () => {
    const name = freshName();
    // An old build with no handler keeps its connection open.
    const stale = await openDB(name, 1, { upgrade: (db) => void db.createObjectStore('scenarios', { keyPath: 'id' }) });
    const onBlocked = vi.fn();
    const opening = ScenarioStore.open(name, { journal: null, onBlocked });
    await vi.waitFor(() => expect(onBlocked).toHaveBeenCalled());
    stale.close();
    const store = await opening;
    expect(await store.list()).toEqual([]);
    store.close();
  });
});
