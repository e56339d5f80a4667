/**
 * Load and save the user's own rule sets, beside the scenarios and under the same write lock. A save
 * starts from the revision it read and is refused when another tab saved since; deleting is final
 * only for the rule set record (scenarios that use a set carry their own copy of it).
 */
import type { IDBPDatabase } from 'idb';
import { RULE_SET_STORE } from '../i18n/ruleSetLibrary';
import { openShapanDB, type Interruptions, type ShapanDB } from './db';
import { DB, tabKeys } from './keys';
import { withLock } from './locks';
import { revisionOf } from './records';
import { isRuleSetRecord, type RuleSetRecord } from './ruleSetRecords';
import { guard, StoreError } from './storeError';

export type { RuleSetRecord } from './ruleSetRecords';

/** Another tab saved this rule set since this one read it; nothing was written. */
export class RuleSetConflict extends StoreError {
  constructor() {
    super(RULE_SET_STORE.conflict.zh, RULE_SET_STORE.conflict.en);
  }
}

export class RuleSetStore {
  private readonly lock: string;

  private constructor(private readonly db: IDBPDatabase<ShapanDB>, name: string) {
    this.lock = tabKeys(name).writeLock;
  }

  static async open(name: string = DB.name, options: Interruptions = {}): Promise<RuleSetStore> {
    return new RuleSetStore(await guard(() => openShapanDB(name, options)), name);
  }

  /** Every record that can be opened, newest first. */
  list(): Promise<RuleSetRecord[]> {
    return guard(async () => {
      const all: unknown[] = await this.db.getAll(DB.stores.ruleSets);
      return all.filter(isRuleSetRecord).sort((a, b) => b.updatedAt - a.updatedAt);
    });
  }

  load(id: string): Promise<RuleSetRecord | undefined> {
    return guard(async () => {
      const raw: unknown = await this.db.get(DB.stores.ruleSets, id);
      return isRuleSetRecord(raw) ? raw : undefined;
    });
  }

  /** Store a record read at `record.revision` (none for a new one); returns it one revision on. */
  save(record: RuleSetRecord): Promise<RuleSetRecord> {
    return guard(() =>
      withLock(this.lock, async () => {
        const tx = this.db.transaction(DB.stores.ruleSets, 'readwrite');
        const stored = await tx.store.get(record.id);
        const base = revisionOf(record);
        if (stored !== undefined && revisionOf(stored) !== base) throw new RuleSetConflict();
        const saved = { ...record, revision: base + 1 };
        await tx.store.put(saved);
        await tx.done;
        return saved;
      }),
    );
  }

  remove(id: string): Promise<void> {
    return guard(() => withLock(this.lock, async () => void (await this.db.delete(DB.stores.ruleSets, id))));
  }

  close(): void {
    this.db.close();
  }
}
