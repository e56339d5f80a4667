/**
 * Two tabs editing one scenario, each a Workbench over its own connection to one fake IndexedDB:
 * the losses of issue 13 (a stale tab overwriting a newer save; a tab closed before its save) played
 * out, and what the user is offered instead.
 */
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from '../../fixtures/memoryStorage';
import { smallScenario } from '../../fixtures/smallScenario';
import type { ScenarioRecord } from '../../store/records';
import { ScenarioStore } from '../../store/scenarioStore';
import { QuotaError } from '../../store/storeError';
import type { EngineClient } from '../engineClient';
import { newRecord } from '../library/createFromBuiltIn';
import { Workbench } from './workbench.svelte';

/** A worker whose runs never finish: these tests are about saving, not results (the Runner calls only these two). */
const idle = { run: () => new Promise(() => {}), cancel: () => {} } as unknown as EngineClient;

const HIRING = ['plan', 'hiring', 'capacityPerYear'];
const hiring = (wb: Workbench) => wb.doc.scenario.plan.hiring.capacityPerYear;

let dbCount = 0;
const opened: ScenarioStore[] = [];
async function setUp(storage = new MemoryStorage()) {
  const name = `wb-${++dbCount}`;
  const tab = async () => {
    const store = await ScenarioStore.open(name, { journal: storage });
    opened.push(store);
    return store;
  };
  const first = await tab();
  const record = await first.save(newRecord(smallScenario()));
  return { tab, record, storage, first };
}

/** A tab that sets hiring to 700 and is killed within the autosave pause: only its journal entry remains. */
async function killedAfterEdit(tab: () => Promise<ScenarioStore>, record: ScenarioRecord): Promise<void> {
  const doomed = await tab();
  const wb = new Workbench(record, idle, doomed);
  wb.edit(HIRING, 700);
  wb.runner.cancel();
  doomed.close();
}

afterEach(() => {
  opened.splice(0).forEach((s) => s.close());
});

describe('two tabs on one scenario', () => {
  it('a tab without unsaved edits takes the newer revision at once', async () => {
    const { tab, record } = await setUp();
    const a = new Workbench(record, idle, await tab());
    const b = new Workbench(record, idle, await tab());
    a.edit(HIRING, 700);
    await a.save();
    expect(a.record.revision).toBe(2);
    await vi.waitFor(() => expect(hiring(b)).toBe(700));
    expect(b.record.revision).toBe(2);
    expect(b.saveState).toBe('saved');
    expect(b.conflict).toBeNull();
  });

  it("a tab with unsaved edits is told, never overwrites, and can keep its edits as a copy", async () => {
    const { tab, record, first } = await setUp();
    const a = new Workbench(record, idle, await tab());
    const b = new Workbench(record, idle, await tab());
    b.edit(['name'], 'B 的方案');
    a.edit(HIRING, 700);
    await a.save();
    await vi.waitFor(() => expect(b.saveState).toBe('conflict'));
    await b.save();
    // A's 700 is still what is stored, at A's revision: B's save did nothing.
    const stored = await first.load(record.id);
    expect([stored?.revision, stored?.scenario.plan.hiring.capacityPerYear]).toEqual([2, 700]);
    expect(b.conflict?.newer?.revision).toBe(2);

    const copy = await b.keepMineAsCopy('zh-CN');
    expect([copy?.name, copy?.scenario.name]).toEqual(['B 的方案（本页修改）', 'B 的方案（本页修改）']);
    // B now shows A's version, and both records are in the library.
    expect([hiring(b), b.saveState]).toEqual([700, 'saved']);
    expect((await first.list()).map((m) => m.id).sort()).toEqual([record.id, copy!.id].sort());
  });

  it('a save that meets a newer revision before the message arrives is refused and shown, and "use the newer" takes it', async () => {
    const { tab, record } = await setUp();
    const storeA = await tab();
    const b = new Workbench(record, idle, await tab());
    await storeA.save({ ...record, name: 'A 改名' });
    b.edit(HIRING, 50);
    await b.save();
    await vi.waitFor(() => expect(b.saveState).toBe('conflict'));
    expect(b.conflict?.newer?.name).toBe('A 改名');
    b.useNewer();
    expect([b.record.name, b.record.revision, hiring(b), b.saveState]).toEqual(['A 改名', 2, smallScenario().plan.hiring.capacityPerYear, 'saved']);
  });
});

describe('a scenario deleted in another tab', () => {
  it('the stale tab hears of it, says so, and its next save does not bring the record back', async () => {
    const { tab, record, first } = await setUp();
    const b = new Workbench(record, idle, await tab());
    await first.remove(record.id);
    await vi.waitFor(() => expect(b.conflict?.deleted).toBe(true));
    b.edit(HIRING, 50);
    await b.save();
    expect(await first.load(record.id)).toBeUndefined();
    expect(b.saveState).toBe('conflict');
  });

  it('a save that meets the delete before the message arrives is refused, and "keep mine" saves a new scenario', async () => {
    const { tab, record, first } = await setUp();
    const b = new Workbench(record, idle, await tab());
    // Deleted without a message reaching B, as when it arrives after B's save.
    const raw = await openDB(first.name);
    await raw.delete('scenarios', record.id);
    raw.close();
    b.edit(HIRING, 50);
    await b.save();
    expect([b.saveState, b.conflict?.deleted, b.conflict?.newer]).toEqual(['conflict', true, null]);
    expect(await first.load(record.id)).toBeUndefined();
    const copy = await b.keepMineAsCopy('zh-CN');
    expect(copy?.id).not.toBe(record.id);
    expect((await first.load(copy!.id))?.scenario.plan.hiring.capacityPerYear).toBe(50);
  });
});

describe('a tab closed before its save', () => {
  it('leaves its edit in the journal, and the next open recovers and saves it', async () => {
    const { tab, record, storage } = await setUp();
    await killedAfterEdit(tab, record);
    expect(storage.length).toBe(1);

    const next = await tab();
    const reopened = new Workbench((await next.load(record.id))!, idle, next);
    await reopened.recover(await next.journal.orphans(reopened.record), 'zh-CN');
    expect([hiring(reopened), reopened.recovered, reopened.saveState]).toEqual([700, 1, 'pending']);
    await reopened.save();
    expect((await next.load(record.id))?.scenario.plan.hiring.capacityPerYear).toBe(700);
    expect(storage.length).toBe(0);
  });

  it('shows recovered edits that started from an older revision as a conflict', async () => {
    const { tab, record, first } = await setUp();
    await killedAfterEdit(tab, record);
    // Meanwhile another tab saved revision 2.
    const newer = await first.save({ ...record, name: '另一个标签页' });

    const next = await tab();
    const reopened = new Workbench(newer, idle, next);
    await reopened.recover(await next.journal.orphans(reopened.record), 'zh-CN');
    expect([hiring(reopened), reopened.saveState, reopened.conflict?.newer?.name]).toEqual([700, 'conflict', '另一个标签页']);
  });
});

describe('a damaged journal', () => {
  it('recovers the edits before the damage and marks the recovery damaged', async () => {
    const { tab, record, storage } = await setUp();
    const doomed = await tab();
    const wb = new Workbench(record, idle, doomed);
    wb.edit(HIRING, 700);
    wb.edit(['name'], '关闭前的名字');
    wb.runner.cancel();
    doomed.close();
    // The second edit's patch is damaged on disk, as by a disk error or a hand edit.
    const key = storage.key(0)!;
    const text = storage.getItem(key)!;
    expect(text).toContain('"p":["name"]');
    storage.setItem(key, text.replace('"p":["name"]', '"p":["name","first"]'));

    const next = await tab();
    const reopened = new Workbench((await next.load(record.id))!, idle, next);
    await reopened.recover(await next.journal.orphans(reopened.record), 'zh-CN');
    expect([hiring(reopened), reopened.doc.scenario.name, reopened.recovered, reopened.recoveryDamaged]).toEqual([700, smallScenario().name, 1, true]);
    expect(storage.length).toBe(1);
  });
});

describe('storage full', () => {
  it('keeps the edit in memory and in the journal, and says so in both languages', async () => {
    const { tab, record, storage } = await setUp();
    const store = await tab();
    const wb = new Workbench(record, idle, store);
    wb.edit(HIRING, 700);
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    await wb.save();
    put.mockRestore();
    expect(wb.saveState).toBe('failed');
    expect(wb.saveError).toBeInstanceOf(QuotaError);
    expect(wb.saveError?.zh).toMatch(/仍保留在本页中.*导出/);
    expect(wb.saveError?.en).toMatch(/still on this page/);
    expect(hiring(wb)).toBe(700);
    expect(storage.length).toBe(1);
    // Once there is room, the next save stores the edit from the revision it read.
    await wb.save();
    expect([wb.saveState, (await store.load(record.id))?.scenario.plan.hiring.capacityPerYear]).toEqual(['saved', 700]);
  });
});

describe('autosave', () => {
  it('waits for a pause after the run has answered, not only after the edit', async () => {
    const { tab, record } = await setUp();
    let answer = () => {};
    const worker = {
      run: () => new Promise((resolve) => (answer = () => resolve({ ok: false, errors: [] }))),
      cancel: () => {},
    } as unknown as EngineClient;
    const wb = new Workbench(record, worker, await tab());
    answer();
    await vi.waitFor(() => expect(wb.runner.status).toBe('invalid'));
    wb.edit(HIRING, 700);
    // The run of the edit answers 700 ms on, after the 600 ms pause from the edit has passed: the
    // save waits 600 ms more from the answer (it used to start with the next check, at 1.2 s).
    await new Promise((resolve) => setTimeout(resolve, 700));
    answer();
    const answered = Date.now();
    await vi.waitFor(() => expect(wb.saveState).toBe('saved'), { timeout: 4_000, interval: 10 });
    expect(Date.now() - answered).toBeGreaterThanOrEqual(600);
  });
});
