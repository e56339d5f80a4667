/**
 * Load and save scenarios. Deleting moves a record to the trash so it can be restored; quota and
 * other storage errors are thrown as StoreError with a message in both languages.
 */
import type { IDBPDatabase } from 'idb';
import { openShapanDB, type ShapanDB } from './db';
import { DB } from './keys';
import { metaOf, type ScenarioMeta, type ScenarioRecord, type Settings } from './records';

export class StoreError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
    override readonly cause?: unknown,
  ) {
    super(en);
  }
}

function storeError(error: unknown): StoreError {
  if (error instanceof DOMException && error.name === 'QuotaExceededError') {
    return new StoreError('浏览器存储空间已满，未能保存。请导出并删除不用的方案后重试。', 'Browser storage is full; nothing was saved. Export and delete scenarios you no longer need, then try again.', error);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new StoreError(`本地存储出错：${detail}`, `Local storage failed: ${detail}`, error);
}

async function guard<T>(f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (error) {
    throw error instanceof StoreError ? error : storeError(error);
  }
}

export class ScenarioStore {
  private constructor(private readonly db: IDBPDatabase<ShapanDB>) {}

  static async open(name?: string): Promise<ScenarioStore> {
    return new ScenarioStore(await guard(() => openShapanDB(name)));
  }

  /** Newest first. */
  list(): Promise<ScenarioMeta[]> {
    return guard(async () => (await this.db.getAllFromIndex(DB.stores.scenarios, DB.indexes.byUpdated)).reverse().map(metaOf));
  }

  load(id: string): Promise<ScenarioRecord | undefined> {
    return guard(() => this.db.get(DB.stores.scenarios, id));
  }

  save(record: ScenarioRecord): Promise<void> {
    return guard(async () => void (await this.db.put(DB.stores.scenarios, record)));
  }

  /** Move to the trash; restore() brings it back. */
  remove(id: string): Promise<void> {
    return guard(async () => {
      const tx = this.db.transaction([DB.stores.scenarios, DB.stores.trash], 'readwrite');
      const record = await tx.objectStore(DB.stores.scenarios).get(id);
      if (record) {
        await tx.objectStore(DB.stores.trash).put({ ...record, deletedAt: Date.now() });
        await tx.objectStore(DB.stores.scenarios).delete(id);
      }
      await tx.done;
    });
  }

  restore(id: string): Promise<void> {
    return guard(async () => {
      const tx = this.db.transaction([DB.stores.scenarios, DB.stores.trash], 'readwrite');
      const record = await tx.objectStore(DB.stores.trash).get(id);
      if (record) {
        const { deletedAt: _, ...rest } = record;
        await tx.objectStore(DB.stores.scenarios).put(rest);
        await tx.objectStore(DB.stores.trash).delete(id);
      }
      await tx.done;
    });
  }

  async settings(): Promise<Settings> {
    return guard(async () => (await this.db.get(DB.stores.settings, 'app')) ?? {});
  }

  saveSettings(settings: Settings): Promise<void> {
    return guard(async () => void (await this.db.put(DB.stores.settings, settings, 'app')));
  }

  close(): void {
    this.db.close();
  }
}
