/**
 * The library's promise about imports, against a real (in-memory) IndexedDB: a broken file leaves the
 * library exactly as it was, a valid one adds exactly one record. The validator is a stand-in with
 * the engine's contract (a list of problems, empty when valid).
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { smallScenario } from '../../fixtures/smallScenario';
import { v0Scenario } from '../../fixtures/v0Scenario';
import { SCHEMA_VERSION } from '../../engine/scenario';
import { validateScenario } from '../../io/validateScenario';
import { ScenarioStore } from '../../store/scenarioStore';
import type { ValidationError } from '../engineClient';
import { exportFileName, exportText } from './exportFile';
import { addScenario, duplicateScenario, importScenario, renameScenario } from './libraryActions';
import type { Validate } from './parseImport';

/** Accepts an object with a non-empty name and a horizon whose years are in order. */
const standInValidate: Validate = async (data) => {
  const errors: ValidationError[] = [];
  const d = data as { name?: unknown; horizon?: { firstYear?: unknown; lastYear?: unknown } } | null;
  if (typeof d !== 'object' || d === null || Array.isArray(d)) return [{ path: '', zh: '应为对象', en: 'must be an object' }];
  if (typeof d.name !== 'string' || d.name === '') errors.push({ path: 'name', zh: '应为非空文本', en: 'must be non-empty text' });
  if (!(Number(d.horizon?.lastYear) >= Number(d.horizon?.firstYear))) errors.push({ path: 'horizon.lastYear', zh: '应不早于首年', en: 'must not be before the first year' });
  return errors;
};

let dbCount = 0;
let store: ScenarioStore;

beforeEach(async () => {
  store = await ScenarioStore.open(`library-flow-${++dbCount}`);
  await addScenario(store, { ...smallScenario(), name: '已有方案' }, 'zh-CN');
});

afterEach(() => store.close());

describe('importing a file', () => {
  const broken = [
    { name: 'not JSON at all', text: 'this is not json', path: '' },
    { name: 'cut-off JSON', text: '{"name": "方案", "horizon": {', path: '' },
    { name: 'an empty file', text: '', path: '' },
    { name: 'JSON that is not a scenario', text: '[1, 2, 3]', path: '' },
    { name: 'a scenario with a bad field', text: JSON.stringify({ ...smallScenario(), horizon: { baseYear: 2025, firstYear: 2030, lastYear: 2026 } }), path: 'horizon.lastYear' },
  ];
  for (const c of broken) {
    it(`leaves the library unchanged for ${c.name}`, async () => {
      const before = await store.list();
      const outcome = await importScenario(c.text, store, standInValidate, 'zh-CN');
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.errors.map((e) => e.path)).toContain(c.path);
      expect(await store.list()).toEqual(before);
    });
  }

  it('stores a file from an earlier format in the current one', async () => {
    // A version-0 file (no schemaVersion, budgets in 万元) opens as today's small scenario (src/io/migrations).
    const outcome = await importScenario(JSON.stringify(v0Scenario()), store, async (data) => {
      const checked = validateScenario(data);
      return checked.ok ? [] : checked.errors;
    }, 'zh-CN');
    expect(outcome.ok).toBe(true);
    const added = (await store.list()).find((m) => m.name !== '已有方案')!;
    const record = await store.load(added.id);
    expect(record?.scenario.schemaVersion).toBe(SCHEMA_VERSION);
    expect(record?.scenario.plan.budgets).toEqual(smallScenario().plan.budgets);
  });

  it('adds exactly one record for a valid file, keeping its name and content', async () => {
    const before = await store.list();
    const scenario = { ...smallScenario(), name: '新导入的方案' };
    const outcome = await importScenario(JSON.stringify(scenario), store, standInValidate, 'zh-CN');
    expect(outcome.ok).toBe(true);
    const after = await store.list();
    expect(after).toHaveLength(before.length + 1);
    expect(after.filter((meta) => !before.some((b) => b.id === meta.id)).map((m) => m.name)).toEqual(['新导入的方案']);
    if (outcome.ok) expect((await store.load(outcome.record.id))?.scenario).toEqual(scenario);
  });

  it('suffixes a name the library already has, in the record and in the scenario', async () => {
    const outcome = await importScenario(JSON.stringify({ ...smallScenario(), name: '已有方案' }), store, standInValidate, 'zh-CN');
    if (!outcome.ok) throw new Error('expected the import to succeed');
    const saved = await store.load(outcome.record.id);
    expect(saved?.name).toBe('已有方案（2）');
    expect(saved?.scenario.name).toBe('已有方案（2）');
  });

  it('saves nothing when the check itself fails', async () => {
    const before = await store.list();
    const failing: Validate = async () => {
      throw new Error('worker gone');
    };
    await expect(importScenario(JSON.stringify(smallScenario()), store, failing, 'zh-CN')).rejects.toThrow('worker gone');
    expect(await store.list()).toEqual(before);
  });
});

describe('importing through the real validator', () => {
  // The gate the app's worker runs, called here on the main thread.
  const realValidate: Validate = async (data) => {
    const checked = validateScenario(data);
    return checked.ok ? [] : checked.errors;
  };

  it('rejects a file with a negative household count, naming the field, and saves nothing', async () => {
    const before = await store.list();
    const scenario = smallScenario();
    scenario.city.districts[0].streets[0].communities[0].households = -5;
    const outcome = await importScenario(JSON.stringify(scenario), store, realValidate, 'zh-CN');
    expect(outcome.ok ? [] : outcome.errors.map((e) => e.path)).toContain('city.districts[0].streets[0].communities[0].households');
    expect(await store.list()).toEqual(before);
  });

  it('accepts the test city', async () => {
    const before = await store.list();
    expect((await importScenario(JSON.stringify(smallScenario()), store, realValidate, 'en')).ok).toBe(true);
    expect(await store.list()).toHaveLength(before.length + 1);
  });
});

describe('row actions', () => {
  it('duplicates under a copy name, keeping the scenario and its verdicts', async () => {
    const original = await addScenario(store, { ...smallScenario(), name: '方案甲' }, 'zh-CN');
    await store.save({ ...original, verdicts: { met: 3, total: 7 } });
    const copy = await duplicateScenario(store, original.id, 'zh-CN');
    expect(copy.id).not.toBe(original.id);
    expect(copy.name).toBe('方案甲（副本）');
    expect(copy.verdicts).toEqual({ met: 3, total: 7 });
    expect((await store.load(copy.id))?.scenario).toEqual({ ...original.scenario, name: '方案甲（副本）' });
    expect((await duplicateScenario(store, original.id, 'en')).name).toBe('方案甲 (copy)');
  });

  it('renames the record and the scenario inside it', async () => {
    const record = await addScenario(store, smallScenario(), 'zh-CN');
    await renameScenario(store, record.id, '改名后的方案', 99);
    const saved = await store.load(record.id);
    expect(saved?.name).toBe('改名后的方案');
    expect(saved?.scenario.name).toBe('改名后的方案');
    expect(saved?.updatedAt).toBe(99);
  });

  it('reports a scenario that is gone in both languages', async () => {
    await expect(duplicateScenario(store, 'no-such-id', 'zh-CN')).rejects.toMatchObject({ zh: expect.stringContaining('找不到'), en: expect.stringContaining('not on this computer') });
  });

  it('exports pretty JSON under a safe file name', () => {
    const text = exportText(smallScenario());
    expect(JSON.parse(text)).toEqual(smallScenario());
    expect(text.split('\n')[1]).toMatch(/^ {2}"schemaVersion"/);
    expect(exportFileName('示例市 2026–2030')).toBe('示例市 2026–2030.json');
    expect(exportFileName('a/b:c*?')).toBe('a_b_c_.json');
    expect(exportFileName(' .. ')).toBe('scenario.json');
  });
});
