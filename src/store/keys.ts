/** IndexedDB names in one place (Excalidraw's LocalData keeps its keys the same way). */
export const DB = {
  name: 'shapan',
  /**
   * 1: scenarios only. 2: createdAt and a verdict summary on each record, an updatedAt index, a trash
   * store for undoing deletes, and settings. 3: training attempts (by exercise) and the trainee's profile.
   * Records gained a revision without a version step: a record without one counts as revision 0.
   * 4: the user's own rule sets, beside the scenarios.
   * 5: stored revisions kept for edit journal entries that were written on them (journalBases).
   * 6: an index of the scenarios' ids with their revisions, so a save checks the stored revision without reading the record.
   * 7: what the library lists of each scenario (listing), written with it, so the list reads no scenario.
   */
  version: 7,
  stores: { scenarios: 'scenarios', trash: 'trash', settings: 'settings', attempts: 'attempts', trainee: 'trainee', ruleSets: 'ruleSets', journalBases: 'journalBases', listing: 'listing' },
  indexes: { byUpdated: 'byUpdated', byExercise: 'byExercise', byRevision: 'byRevision' },
} as const;

/** Names shared by every tab of one database: the write lock, the change channel, the edit journal. */
export const tabKeys = (dbName: string) =>
  ({
    writeLock: `${dbName}:write`,
    channel: `${dbName}:changes`,
    tabLock: (tabId: string) => `${dbName}:tab:${tabId}`,
    journal: (scenarioId: string, tabId: string) => `${dbName}:journal:${scenarioId}:${tabId}`,
    journalPrefix: (scenarioId: string) => `${dbName}:journal:${scenarioId}:`,
  }) as const;
