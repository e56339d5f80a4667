/** IndexedDB names in one place (Excalidraw's LocalData keeps its keys the same way). */
export const DB = {
  name: 'shapan',
  /** 1: scenarios only. 2: createdAt and a verdict summary on each record, an updatedAt index, a trash store for undoing deletes, and settings. */
  version: 2,
  stores: { scenarios: 'scenarios', trash: 'trash', settings: 'settings' },
  indexes: { byUpdated: 'byUpdated' },
} as const;
