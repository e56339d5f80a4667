/**
 * Recovery of a closed tab's edits when another tab saved since: the journal's patches address list
 * rows by position, so they are replayed on the revision they were written on (kept for them), never on
 * a newer one whose rows have moved.
 */
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../engine/scenario';
import { MemoryStorage } from '../../fixtures/memoryStorage';
import { smallScenario } from '../../fixtures/smallScenario';
import { DB } from '../../store/keys';
import { ScenarioStore } from '../../store/scenarioStore';
import type { EngineClient } from '../engineClient';
import { newRecord } from '../library/createFromBuiltIn';
import { setIn } from '../state/setIn';
import { Workbench } from './workbench.svelte';

const idle = { run: () => new Promise(() => {}), cancel: () => {} } as unknown as EngineClient;

const ROWS = ['city', 'districts', 0, 'streets', 0, 'communities'];
const rowsOf = (s: Scenario) => s.city.districts[0].streets[0].communities;

/** The small scenario with a third community in the first street, so that removing the first row leaves a row 1. */
function threeRows(): Scenario {
  const s = smallScenario();
  const rows = rowsOf(s);
  return setIn(s, ROWS, [...rows, { ...rows[1], id: 'D1-S1-C3', name: '第三社区', households: 500 }]) as Scenario;
}

let dbCount = 0;
const opened: ScenarioStore[] = [];
async function setUp() {
  const name = `base-${++dbCount}`;
  const storage = new MemoryStorage();
  const tab = async () => {
    const store = await ScenarioStore.open(name, { journal: storage });
    opened.push(store);
    return store;
  };
  const first = await tab();
  const record = await first.save(newRecord(threeRows()));
  return { name, tab, record, first, storage };
}

const keptRevisions = async (name: string): Promise<unknown[]> => {
  const db = await openDB(name);
  const keys = await db.getAllKeys(DB.stores.journalBases);
  db.close();
  return keys;
};

/** Open the scenario in a new tab and recover what closed tabs left. */
async function reopen(tab: () => Promise<ScenarioStore>, id: string): Promise<Workbench> {
  const next = await tab();
  const wb = new Workbench((await next.load(id))!, idle, next);
  await wb.recover(await next.journal.orphans(wb.record), 'zh-CN');
  return wb;
}

afterEach(() => {
  opened.splice(0).forEach((s) => s.close());
});

describe('a closed tab whose scenario another tab saved since', () => {
  it("recovers exactly the closed tab's scenario, shown as a conflict, and drops the kept revision once recovered", async () => {
    const { name, tab, record, storage } = await setUp();
    // Tab A sets row 1 (第二社区, 900 households) to 1,234 on revision 1 and is killed before its save.
    const storeA = await tab();
    const a = new Workbench(record, idle, storeA);
    a.edit([...ROWS, 1, 'households'], 1234);
    const mine = a.doc.scenario;
    a.runner.cancel();
    storeA.close();
    // Tab B removes row 0 and saves revision 2: rows are now [第二社区, 第三社区].
    const b = new Workbench(record, idle, await tab());
    b.edit(ROWS, rowsOf(b.doc.scenario).slice(1));
    await b.save();
    expect(b.record.revision).toBe(2);
    expect(await keptRevisions(name)).toEqual([[record.id, 1]]);
    b.runner.cancel();

    const wb = await reopen(tab, record.id);
    // Exactly A's scenario: three rows, row 1 at 1,234, row 2 untouched at 500; B's removal is not applied.
    expect(rowsOf(wb.doc.scenario).map((c) => [c.id, c.households])).toEqual([
      ['D1-S1-C1', 2400],
      ['D1-S1-C2', 1234],
      ['D1-S1-C3', 500],
    ]);
    expect(wb.doc.scenario).toEqual(mine);
    expect([wb.saveState, wb.conflict?.newer?.revision, wb.recoveryDamaged]).toEqual(['conflict', 2, false]);
    // The orphan is dropped (the one entry left is this tab's, on revision 2), and with it the revision kept for it.
    expect(storage.length).toBe(1);
    await vi.waitFor(async () => expect(await keptRevisions(name)).toEqual([]));
  });

  it('a tab in a conflict keeps its own revision, so its later edits are recovered exactly too', async () => {
    const { tab, record } = await setUp();
    const storeA = await tab();
    const a = new Workbench(record, idle, storeA);
    a.edit([...ROWS, 1, 'households'], 1234);
    // B removes row 0 and saves while A is open with an unsaved edit: A hears of it and shows the conflict.
    const b = new Workbench(record, idle, await tab());
    b.edit(ROWS, rowsOf(b.doc.scenario).slice(1));
    await b.save();
    await vi.waitFor(() => expect(a.saveState).toBe('conflict'));
    // A goes on editing in the conflict, then is killed.
    a.edit([...ROWS, 2, 'households'], 600);
    const mine = a.doc.scenario;
    a.runner.cancel();
    b.runner.cancel();
    storeA.close();

    const wb = await reopen(tab, record.id);
    expect(rowsOf(wb.doc.scenario).map((c) => c.households)).toEqual([2400, 1234, 600]);
    expect(wb.doc.scenario).toEqual(mine);
    expect([wb.saveState, wb.recoveryDamaged]).toEqual(['conflict', false]);
  });

  it('a tab that edits just after another saved keeps the revision it edited on itself, once it hears of the save', async () => {
    const { name, tab, record, first } = await setUp();
    const storeA = await tab();
    const a = new Workbench(record, idle, storeA);
    // Revision 2 is stored while A has no entry, so that save keeps nothing; its message reaches A only after A edits revision 1.
    const raw = await openDB(name);
    await raw.put(DB.stores.scenarios, { ...record, revision: 2, scenario: setIn(record.scenario, ROWS, rowsOf(record.scenario).slice(1)) as Scenario });
    raw.close();
    a.edit([...ROWS, 1, 'households'], 1234);
    const mine = a.doc.scenario;
    first.changes.post({ id: record.id, revision: 2 });
    await vi.waitFor(async () => expect(await keptRevisions(name)).toEqual([[record.id, 1]]));
    expect(a.saveState).toBe('conflict');
    a.runner.cancel();
    storeA.close();

    const wb = await reopen(tab, record.id);
    expect([wb.doc.scenario, wb.saveState, wb.recoveryUnplaced]).toEqual([mine, 'conflict', false]);
  });

  it('without the revision it started from, recovers only the edits that name no row, and says the rest were left out', async () => {
    const { name, tab, record, first } = await setUp();
    const storeA = await tab();
    const a = new Workbench(record, idle, storeA);
    a.edit([...ROWS, 1, 'households'], 1234);
    a.edit(['plan', 'hiring', 'capacityPerYear'], 700);
    a.runner.cancel();
    storeA.close();
    // Revision 2 stored without keeping revision 1, as when A wrote its first edit just as another tab saved.
    const b = new Workbench(record, idle, await tab());
    b.edit(ROWS, rowsOf(b.doc.scenario).slice(1));
    await b.save();
    const db = await openDB(name);
    await db.clear(DB.stores.journalBases);
    db.close();

    const wb = await reopen(tab, record.id);
    // The hiring edit names no row and is recovered; the households edit is not put on whatever row 1 now is.
    expect(wb.doc.scenario.plan.hiring.capacityPerYear).toBe(700);
    expect(rowsOf(wb.doc.scenario)).toEqual(rowsOf((await first.load(record.id))!.scenario));
    expect(rowsOf(wb.doc.scenario).map((c) => c.households)).toEqual([900, 500]);
    expect([wb.saveState, wb.recoveryDamaged, wb.recoveryUnplaced]).toEqual(['conflict', false, true]);
  });
});
