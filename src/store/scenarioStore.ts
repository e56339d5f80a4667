/**
 * Load and save scenarios. Every save starts from the revision it read and is refused, never silently
 * applied, when another tab saved since (RevisionConflict); saves from all tabs take turns under one
 * lock. A record that cannot be read is listed as damaged instead of stopping the rest. Deleting
 * moves a record to the trash so it can be restored. Errors come out as StoreError in both languages.
 */
import type { IDBPDatabase } from 'idb';
import { ChangeFeed } from './changes';
import { openShapanDB, type Interruptions, type ShapanDB } from './db';
import { Journal, type KeyValue } from './journal';
import { DB, tabKeys } from './keys';
import { withLock } from './locks';
import { damagedRecord, damageOf, metaOf, revisionOf, type DamagedRecord, type ScenarioMeta, type ScenarioRecord, type Settings } from './records';
import { guard, RevisionConflict, ScenarioDeleted } from './storeError';

export { RevisionConflict, ScenarioDeleted, StoreError } from './storeError';

type Shelf = typeof DB.stores.scenarios | typeof DB.stores.trash;

export interface Survey {
  /** newest first */
  items: ScenarioMeta[];
  damaged: DamagedRecord[];
}

export interface OpenOptions extends Interruptions {
  /** where the edit journal lives; localStorage in the browser */
  journal?: KeyValue | null;
}

/** The record as stored, or the reason it cannot be opened. */
export type Loaded = { ok: true; record: ScenarioRecord } | { ok: false; damaged: DamagedRecord } | undefined;

const defaultJournal = (): KeyValue | null => {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
};

export class ScenarioStore {
  readonly changes: ChangeFeed;
  readonly journal: Journal;
  private readonly keys;

  private constructor(
    private readonly db: IDBPDatabase<ShapanDB>,
    readonly name: string,
    journal: KeyValue | null,
  ) {
    this.keys = tabKeys(name);
    this.changes = new ChangeFeed(this.keys.channel);
    this.journal = new Journal(name, journal);
  }

  static async open(name: string = DB.name, options: OpenOptions = {}): Promise<ScenarioStore> {
    const db = await guard(() => openShapanDB(name, options));
    return new ScenarioStore(db, name, options.journal === undefined ? defaultJournal() : options.journal);
  }

  /** Every record: those that can be opened, newest first, and those that cannot. */
  survey(): Promise<Survey> {
    return guard(async () => {
      const survey: Survey = { items: [], damaged: [] };
      const tx = this.db.transaction(DB.stores.scenarios);
      // A cursor over the store, not the updatedAt index: the index leaves out records without a number there.
      for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
        const damage = damageOf(cursor.value);
        if (damage) survey.damaged.push(damagedRecord(String(cursor.key), cursor.value, damage));
        else survey.items.push(metaOf(cursor.value));
      }
      survey.items.sort((a, b) => b.updatedAt - a.updatedAt);
      return survey;
    });
  }

  /** The records that can be opened, newest first. */
  async list(): Promise<ScenarioMeta[]> {
    return (await this.survey()).items;
  }

  inspect(id: string): Promise<Loaded> {
    return guard(async () => {
      const raw: unknown = await this.db.get(DB.stores.scenarios, id);
      if (raw === undefined) return undefined;
      const damage = damageOf(raw);
      return damage ? { ok: false, damaged: damagedRecord(id, raw, damage) } : { ok: true, record: raw as ScenarioRecord };
    });
  }

  /** The record, or undefined when there is none or it cannot be opened. */
  async load(id: string): Promise<ScenarioRecord | undefined> {
    const loaded = await this.inspect(id);
    return loaded?.ok ? loaded.record : undefined;
  }

  /**
   * Store a record that was read at `record.revision` (none for a new one) and return it as stored,
   * one revision on. Throws RevisionConflict, writing nothing, when the stored revision has moved on,
   * and ScenarioDeleted when a record read from storage is no longer there.
   */
  save(record: ScenarioRecord): Promise<ScenarioRecord> {
    return guard(() =>
      withLock(this.keys.writeLock, async () => {
        const tx = this.db.transaction(DB.stores.scenarios, 'readwrite');
        const stored: unknown = await tx.store.get(record.id);
        const base = revisionOf(record);
        if (stored === undefined && base > 0) throw new ScenarioDeleted();
        if (stored !== undefined && revisionOf(stored as ScenarioRecord) !== base) {
          throw new RevisionConflict(damageOf(stored) ? null : (stored as ScenarioRecord));
        }
        const saved = { ...record, revision: base + 1 };
        await tx.store.put(saved);
        await tx.done;
        this.changes.post({ id: saved.id, revision: saved.revision });
        return saved;
      }),
    );
  }

  /** Move to the trash; restore() brings it back. Works on damaged records too. */
  remove(id: string): Promise<void> {
    return this.move(id, DB.stores.scenarios, DB.stores.trash);
  }

  restore(id: string): Promise<void> {
    return this.move(id, DB.stores.trash, DB.stores.scenarios);
  }

  /** A restored record comes back one revision on, so a tab still showing the deleted one hears of it. */
  private move(id: string, from: Shelf, to: Shelf): Promise<void> {
    return guard(() =>
      withLock(this.keys.writeLock, async () => {
        const tx = this.db.transaction([DB.stores.scenarios, DB.stores.trash], 'readwrite');
        const record = await tx.objectStore(from).get(id);
        if (record) {
          const { deletedAt: _, ...rest } = record as ScenarioRecord & { deletedAt?: number };
          const moved = to === DB.stores.trash ? { ...rest, deletedAt: Date.now() } : { ...rest, revision: revisionOf(rest) + 1 };
          await tx.objectStore(to).put(moved as ScenarioRecord & { deletedAt: number });
          await tx.objectStore(from).delete(id);
          await tx.done;
          this.changes.post(to === DB.stores.trash ? { id } : { id, revision: moved.revision });
        }
      }),
    );
  }

  async settings(): Promise<Settings> {
    return guard(async () => (await this.db.get(DB.stores.settings, 'app')) ?? {});
  }

  saveSettings(settings: Settings): Promise<void> {
    return guard(async () => void (await this.db.put(DB.stores.settings, settings, 'app')));
  }

  close(): void {
    this.changes.close();
    this.journal.close();
    this.db.close();
  }
}
