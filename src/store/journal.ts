/**
 * The edit journal: each tab writes its unsaved scenario synchronously on every edit and when the
 * page is hidden, so an edit survives a tab that is closed, reloaded or killed before the save lands.
 * It lives in localStorage because that write finishes before the page can go away, which an
 * IndexedDB transaction begun on the way out does not promise. A tab holds a lock while it lives;
 * entries of tabs that hold none are orphans, recovered when the scenario is next opened.
 */
import type { Scenario } from '../engine/scenario';
import { tabKeys } from './keys';
import { heldLocks, holdLock } from './locks';

export type KeyValue = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export interface JournalEntry {
  scenarioId: string;
  tabId: string;
  /** the stored revision the edits started from */
  base: number;
  /** the tab's edit count when written, so a save clears only what it covered */
  seq: number;
  scenario: Scenario;
}

export class Journal {
  readonly tabId = crypto.randomUUID();
  private readonly keys;
  private readonly release: () => void;

  constructor(
    dbName: string,
    private readonly storage: KeyValue | null,
  ) {
    this.keys = tabKeys(dbName);
    this.release = holdLock(this.keys.tabLock(this.tabId));
  }

  /** False when the journal could not be written (no storage, or it is full). */
  write(entry: Omit<JournalEntry, 'tabId'>): boolean {
    if (!this.storage) return false;
    try {
      this.storage.setItem(this.keys.journal(entry.scenarioId, this.tabId), JSON.stringify({ ...entry, tabId: this.tabId }));
      return true;
    } catch {
      return false;
    }
  }

  /** Forget this tab's entry once a save has covered edits up to `seq`. */
  clear(scenarioId: string, seq = Infinity): void {
    const key = this.keys.journal(scenarioId, this.tabId);
    const entry = this.read(key);
    if (entry && entry.seq <= seq) this.storage?.removeItem(key);
  }

  /** Entries for this scenario left by tabs that are gone, oldest first by edit count. */
  async orphans(scenarioId: string): Promise<JournalEntry[]> {
    if (!this.storage) return [];
    const prefix = this.keys.journalPrefix(scenarioId);
    const keys: string[] = [];
    for (let i = 0; i < this.storage.length; i++) {
      const key = this.storage.key(i);
      if (key?.startsWith(prefix)) keys.push(key);
    }
    const live = await heldLocks();
    return keys
      .map((key) => this.read(key))
      .filter((e): e is JournalEntry => e !== null && e.tabId !== this.tabId && !live.has(this.keys.tabLock(e.tabId)))
      .sort((a, b) => a.seq - b.seq);
  }

  drop(entry: JournalEntry): void {
    this.storage?.removeItem(this.keys.journal(entry.scenarioId, entry.tabId));
  }

  private read(key: string): JournalEntry | null {
    try {
      const entry = JSON.parse(this.storage?.getItem(key) ?? 'null') as JournalEntry | null;
      if (entry && typeof entry.scenario === 'object' && typeof entry.base === 'number') return entry;
    } catch {
      // An unreadable entry cannot be recovered; it is removed below so it is not tried again.
    }
    this.storage?.removeItem(key);
    return null;
  }

  close(): void {
    this.release();
  }
}
