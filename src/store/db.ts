/** Opening the database, with one upgrade step per version so any older database opens. */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { DB } from './keys';
import { listingOf, type KeptBase, type ListingEntry, type ScenarioRecord, type Settings } from './records';
import type { RuleSetRecord } from './ruleSetRecords';
import type { AttemptRecord, TraineeProfile } from './trainingRecords';

export interface ShapanDB extends DBSchema {
  scenarios: { key: string; value: ScenarioRecord; indexes: { byUpdated: number; byRevision: [string, number] } };
  trash: { key: string; value: ScenarioRecord & { deletedAt: number } };
  settings: { key: string; value: Settings };
  attempts: { key: string; value: AttemptRecord; indexes: { byExercise: string } };
  trainee: { key: string; value: TraineeProfile };
  ruleSets: { key: string; value: RuleSetRecord };
  journalBases: { key: [string, number]; value: KeptBase };
  listing: { key: string; value: ListingEntry };
}

/** What a tab is told when another tab's upgrade and this connection get in each other's way. */
export interface Interruptions {
  /** a newer version wants to upgrade: this connection has been closed so it can */
  onUpgraded?: () => void;
  /** an older tab keeps its connection open, so this one waits for it */
  onBlocked?: () => void;
}

export function openShapanDB(name: string = DB.name, on: Interruptions = {}): Promise<IDBPDatabase<ShapanDB>> {
  let connection: IDBPDatabase<ShapanDB> | undefined;
  const opening = openDB<ShapanDB>(name, DB.version, {
    blocked: () => on.onBlocked?.(),
    // Closing at once lets the other tab's upgrade go ahead; an open connection would hold it up.
    blocking: () => {
      connection?.close();
      on.onUpgraded?.();
    },
    async upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) db.createObjectStore(DB.stores.scenarios, { keyPath: 'id' });
      if (oldVersion < 2) {
        const scenarios = tx.objectStore(DB.stores.scenarios);
        scenarios.createIndex(DB.indexes.byUpdated, 'updatedAt');
        db.createObjectStore(DB.stores.trash, { keyPath: 'id' });
        db.createObjectStore(DB.stores.settings);
        // Version 1 records had no createdAt: the last edit is the best date we have.
        let cursor = await scenarios.openCursor();
        while (cursor) {
          if (cursor.value.createdAt === undefined) await cursor.update({ ...cursor.value, createdAt: cursor.value.updatedAt });
          cursor = await cursor.continue();
        }
      }
      if (oldVersion < 3) {
        const attempts = db.createObjectStore(DB.stores.attempts, { keyPath: 'id' });
        attempts.createIndex(DB.indexes.byExercise, 'exerciseId');
        db.createObjectStore(DB.stores.trainee);
      }
      if (oldVersion < 4) db.createObjectStore(DB.stores.ruleSets, { keyPath: 'id' });
      if (oldVersion < 5) db.createObjectStore(DB.stores.journalBases, { keyPath: ['scenarioId', 'revision'] });
      // A record without a revision (revision 0) has no entry: a save on it reads the record instead.
      if (oldVersion < 6) tx.objectStore(DB.stores.scenarios).createIndex(DB.indexes.byRevision, ['id', 'revision']);
      // Each record read once here, and left as it is: its entry is made from it.
      if (oldVersion < 7) {
        const listing = db.createObjectStore(DB.stores.listing, { keyPath: 'id' });
        for (let cursor = await tx.objectStore(DB.stores.scenarios).openCursor(); cursor; cursor = await cursor.continue()) {
          await listing.put(listingOf(String(cursor.key), cursor.value));
        }
      }
    },
  });
  return opening.then((opened) => (connection = opened));
}
