import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { smallScenario } from '../fixtures/smallScenario';
import { ScenarioStore } from './scenarioStore';
import { TrainingStore } from './trainingStore';
import type { AttemptRecord } from './trainingRecords';

let dbCount = 0;
const freshName = () => `training-test-${++dbCount}`;

const attempt = (id: string, exerciseId: string, startedAt: number): AttemptRecord => ({
  id,
  exerciseId,
  values: { 'plan.hiring.capacityPerYear': 3 },
  startedAt,
  updatedAt: startedAt,
});

describe('TrainingStore', () => {
  it('keeps attempts per exercise, oldest first, and the trainee name', async () => {
    const store = await TrainingStore.open(freshName());
    await store.save(attempt('b', 'pay-split', 2));
    await store.save(attempt('a', 'pay-split', 1));
    await store.save(attempt('c', 'floor-space', 3));
    expect((await store.forExercise('pay-split')).map((a) => a.id)).toEqual(['a', 'b']);
    expect((await store.all()).map((a) => a.id)).toEqual(['a', 'b', 'c']);
    await store.save({ ...attempt('a', 'pay-split', 1), submittedAt: 5, met: true });
    expect((await store.forExercise('pay-split'))[0].met).toBe(true);
    await store.remove('b');
    expect((await store.forExercise('pay-split')).map((a) => a.id)).toEqual(['a']);
    expect(await store.trainee()).toEqual({ name: '' });
    await store.saveTrainee({ name: '张三' });
    expect(await store.trainee()).toEqual({ name: '张三' });
    store.close();
  });

  it('opens a database written by version 2, keeping its scenarios and settings, and adds the training stores', async () => {
    const name = freshName();
    // Version 2 as it was: scenarios with an updatedAt index, trash and settings.
    const v2 = await openDB(name, 2, {
      upgrade(db) {
        db.createObjectStore('scenarios', { keyPath: 'id' }).createIndex('byUpdated', 'updatedAt');
        db.createObjectStore('trash', { keyPath: 'id' });
        db.createObjectStore('settings');
      },
    });
    await v2.put('scenarios', { id: 'kept', name: '方案 kept', scenario: smallScenario(), createdAt: 7, updatedAt: 8 });
    await v2.put('settings', { locale: 'en' }, 'app');
    v2.close();

    const scenarios = await ScenarioStore.open(name);
    expect((await scenarios.load('kept'))?.createdAt).toBe(7);
    expect(await scenarios.settings()).toEqual({ locale: 'en' });
    const training = await TrainingStore.open(name);
    await training.save(attempt('x', 'life-circle', 1));
    expect((await training.forExercise('life-circle')).map((a) => a.id)).toEqual(['x']);
    training.close();
    scenarios.close();
  });
});
