/**
 * Training attempts and the trainee's name, in the same database as the scenarios (version 3 added
 * their stores). Errors are thrown as StoreError with a message in both languages, as ScenarioStore does.
 */
import type { IDBPDatabase } from 'idb';
import { openShapanDB, type ShapanDB } from './db';
import { DB } from './keys';
import { StoreError } from './scenarioStore';
import type { AttemptRecord, TraineeProfile } from './trainingRecords';

async function guard<T>(f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (error) {
    if (error instanceof StoreError) throw error;
    if (error instanceof DOMException && error.name === 'QuotaExceededError') {
      throw new StoreError('浏览器存储空间已满，练习记录未能保存。', 'Browser storage is full; the attempt was not saved.', error);
    }
    const detail = error instanceof Error ? error.message : String(error);
    throw new StoreError(`本地存储出错：${detail}`, `Local storage failed: ${detail}`, error);
  }
}

export class TrainingStore {
  private constructor(private readonly db: IDBPDatabase<ShapanDB>) {}

  static async open(name?: string): Promise<TrainingStore> {
    return new TrainingStore(await guard(() => openShapanDB(name)));
  }

  /** Every attempt, oldest first. */
  async all(): Promise<AttemptRecord[]> {
    return guard(async () => (await this.db.getAll(DB.stores.attempts)).sort((a, b) => a.startedAt - b.startedAt));
  }

  /** The attempts at one exercise, oldest first. */
  async forExercise(exerciseId: string): Promise<AttemptRecord[]> {
    return guard(async () => (await this.db.getAllFromIndex(DB.stores.attempts, DB.indexes.byExercise, exerciseId)).sort((a, b) => a.startedAt - b.startedAt));
  }

  save(attempt: AttemptRecord): Promise<void> {
    return guard(async () => void (await this.db.put(DB.stores.attempts, attempt)));
  }

  remove(id: string): Promise<void> {
    return guard(() => this.db.delete(DB.stores.attempts, id));
  }

  async trainee(): Promise<TraineeProfile> {
    return guard(async () => (await this.db.get(DB.stores.trainee, 'me')) ?? { name: '' });
  }

  saveTrainee(profile: TraineeProfile): Promise<void> {
    return guard(async () => void (await this.db.put(DB.stores.trainee, profile, 'me')));
  }

  close(): void {
    this.db.close();
  }
}
