/**
 * Load and save scenarios. Every save starts from the revision it read and is refused, never silently
 * applied, when another tab saved since (RevisionConflict); saves from all tabs take turns under one
 * lock. A record that cannot be read is listed as damaged instead of stopping the rest. Deleting
 * moves a record to the trash so it can be restored. Errors come out as StoreError in both languages.
 */
import type { IDBPDatabase, IDBPObjectStore, StoreNames } from 'idb';
import { ChangeFeed } from './changes';
import { openShapanDB, type Interruptions, type ShapanDB } from './db';
import { Journal, type KeyValue } from './journal';
import { DB, tabKeys } from './keys';
import { withLock } from './locks';
import { damagedRecord, damageOf, listingOf, revisionOf, type DamagedRecord, type ScenarioMeta, type ScenarioRecord, type Settings } from './records';
import { guard, RevisionConflict, ScenarioDeleted } from './storeError';

export { RevisionConflict, ScenarioDeleted, StoreError } from './storeError';

type Shelf = typeof DB.stores.scenarios | typeof DB.stores.trash;
type KeptStore = IDBPObjectStore<ShapanDB, ArrayLike<StoreNames<ShapanDB>>, typeof DB.stores.journalBases, 'readwrite'>;

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
    this.journal = new Journal(name, journal, async (id, revision) => (await this.db.get(DB.stores.journalBases, [id, revision]))?.scenario);
  }

  static async open(name: string = DB.name, options: OpenOptions = {}): Promise<ScenarioStore> {
    const db = await guard(() => openShapanDB(name, options));
    return new ScenarioStore(db, name, options.journal === undefined ? defaultJournal() : options.journal);
  }

  /**
   * Every record: those that can be opened, newest first, and those that cannot; from the listing
   * (records.ts), reading only the records that cannot be opened (shown as they are stored) and any
   * written without an entry, by hand or by a build that did not keep the listing.
   */
  survey(): Promise<Survey> {
    return guard(async () => {
      const survey: Survey = { items: [], damaged: [] };
      const tx = this.db.transaction([DB.stores.scenarios, DB.stores.listing]);
      const scenarios = tx.objectStore(DB.stores.scenarios);
      const [keys, entries] = await Promise.all([scenarios.getAllKeys(), tx.objectStore(DB.stores.listing).getAll()]);
      const listed = new Map(entries.map((e) => [e.id, e]));
      for (const key of keys) {
        const entry = listed.get(key) ?? listingOf(key, await scenarios.get(key));
        if ('meta' in entry) survey.items.push(entry.meta);
        else survey.damaged.push({ id: key, name: entry.name, damage: entry.damage, raw: await scenarios.get(key) });
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
   * and ScenarioDeleted when a record read from storage is no longer there. The revision replaced is
   * kept when another tab's journal entry was written on it (journal.ts), in the same transaction.
   */
  save(record: ScenarioRecord): Promise<ScenarioRecord> {
    return guard(() =>
      withLock(this.keys.writeLock, async () => {
        const tx = this.db.transaction([DB.stores.scenarios, DB.stores.journalBases, DB.stores.listing], 'readwrite');
        const scenarios = tx.objectStore(DB.stores.scenarios);
        const base = revisionOf(record);
        const needed = this.journal.bases(record.id, true);
        // The index says whether revision `base` is the one stored without reading the record, which on a
        // province is 15 MB and a fifth of a second of the page's time. The record is read when its
        // revision is not there (a conflict, a deletion, a new record) or must be kept for an entry.
        const unmoved = base > 0 && !needed.has(base) && (await scenarios.index(DB.indexes.byRevision).count([record.id, base])) === 1;
        if (!unmoved) {
          const stored: unknown = await scenarios.get(record.id);
          if (stored === undefined && base > 0) throw new ScenarioDeleted();
          if (stored !== undefined && revisionOf(stored as ScenarioRecord) !== base) {
            throw new RevisionConflict(damageOf(stored) ? null : (stored as ScenarioRecord));
          }
          if (stored !== undefined && needed.has(base)) {
            await tx.objectStore(DB.stores.journalBases).put({ scenarioId: record.id, revision: base, scenario: (stored as ScenarioRecord).scenario });
          }
        }
        await this.dropBases(tx.objectStore(DB.stores.journalBases), record.id, needed);
        const saved = { ...record, revision: base + 1 };
        await scenarios.put(saved);
        await tx.objectStore(DB.stores.listing).put(listingOf(saved.id, saved));
        await tx.done;
        this.changes.post({ id: saved.id, revision: saved.revision });
        return saved;
      }),
    );
  }

  /**
   * Keep a revision a tab's edits were written on, when that tab learns a newer one was stored: its
   * entry may have been written just after the save that replaced the revision looked for entries.
   */
  keepBase(record: ScenarioRecord): Promise<void> {
    const kept = { scenarioId: record.id, revision: revisionOf(record), scenario: record.scenario };
    return guard(() => withLock(this.keys.writeLock, async () => void (await this.db.put(DB.stores.journalBases, kept))));
  }

  /** Drop the kept revisions of a scenario that no journal entry was written on any more. */
  dropUnusedBases(scenarioId: string): Promise<void> {
    return guard(() =>
      withLock(this.keys.writeLock, async () => {
        const tx = this.db.transaction(DB.stores.journalBases, 'readwrite');
        await this.dropBases(tx.store, scenarioId, this.journal.bases(scenarioId));
        await tx.done;
      }),
    );
  }

  /** With no entry left, one delete over the scenario's key range: a save with no other tab's entry reads nothing more. */
  private async dropBases(bases: KeptStore, scenarioId: string, needed: Set<number>): Promise<void> {
    const all = IDBKeyRange.bound([scenarioId, -Infinity], [scenarioId, Infinity]);
    if (needed.size === 0) return bases.delete(all);
    for (const key of await bases.getAllKeys(all)) if (!needed.has(key[1])) await bases.delete(key);
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
        const tx = this.db.transaction([DB.stores.scenarios, DB.stores.trash, DB.stores.listing], 'readwrite');
        const record = await tx.objectStore(from).get(id);
        if (record) {
          const { deletedAt: _, ...rest } = record as ScenarioRecord & { deletedAt?: number };
          const moved = to === DB.stores.trash ? { ...rest, deletedAt: Date.now() } : { ...rest, revision: revisionOf(rest) + 1 };
          await tx.objectStore(to).put(moved as ScenarioRecord & { deletedAt: number });
          await tx.objectStore(from).delete(id);
          const listing = tx.objectStore(DB.stores.listing);
          await (to === DB.stores.scenarios ? listing.put(listingOf(id, moved)) : listing.delete(id));
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
