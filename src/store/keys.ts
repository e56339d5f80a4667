/** IndexedDB names in one place (Excalidraw's LocalData keeps its keys the same way). */
export const DB = {
  name: 'shapan',
  /**
   * 1: scenarios only. 2: createdAt and a verdict summary on each record, an updatedAt index, a trash
   * store for undoing deletes, and settings. 3: training attempts (by exercise) and the trainee's profile.
   */
  version: 3,
  stores: { scenarios: 'scenarios', trash: 'trash', settings: 'settings', attempts: 'attempts', trainee: 'trainee' },
  indexes: { byUpdated: 'byUpdated', byExercise: 'byExercise' },
} as const;
