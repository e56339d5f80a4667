/**
 * The edit journal: each tab writes its unsaved edits synchronously on every edit, so an edit survives
 * a tab that is closed, reloaded or killed before the save lands. It lives in localStorage because
 * that write finishes before the page can go away, which an IndexedDB transaction begun on the way out
 * does not promise. A tab holds a lock while it lives; entries of tabs that hold none are orphans,
 * recovered when the scenario is next opened.
 *
 * An entry holds patches (patch.ts) on the stored revision the edits started from, not the scenario:
 * the stored record is the base, so an edit writes a few dozen bytes where the whole scenario took
 * 6.6 MB (and a fifth of a second) on a province's 30,000 communities. Each save is the compaction: it
 * stores the scenario as a new revision, and the entry keeps only the edits made since.
 */
import type { Scenario } from '../engine/scenario';
import { tabKeys } from './keys';
import { heldLocks, holdLock } from './locks';
import { applyPatch, diff, PatchError } from './patch';
import { revisionOf, type ScenarioRecord } from './records';

export type KeyValue = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** An orphan, replayed on the stored record. */
export interface JournalEntry {
  scenarioId: string;
  tabId: string;
  /** the stored revision the edits started from; -1 when they followed from none (a conflict) */
  base: number;
  /** the tab's edit count when last written */
  seq: number;
  /** the stored scenario with the entry's edits replayed */
  scenario: Scenario;
  /** part or all of the entry could not be read or replayed: the edits before the damage are in `scenario` */
  damaged: boolean;
}

/** An edit as stored: the tab's edit count after it, and the operations. */
interface Patch {
  seq: number;
  ops: unknown;
}

/** A tab's journal of one scenario, in memory: what is written, and the patches already turned to text. */
interface Open {
  base: number;
  patches: { seq: number; text: string }[];
}

export class Journal {
  readonly tabId = crypto.randomUUID();
  private readonly keys;
  private readonly release: () => void;
  private readonly open = new Map<string, Open>();

  constructor(
    dbName: string,
    private readonly storage: KeyValue | null,
  ) {
    this.keys = tabKeys(dbName);
    this.release = holdLock(this.keys.tabLock(this.tabId));
  }

  /**
   * Note an edit from `before` to `after`, the tab's `seq`th, on stored revision `base` (-1 in a
   * conflict). False when the journal could not be written (no storage, or it is full); the edit is
   * still kept here and written with the next one.
   */
  write(scenarioId: string, base: number, seq: number, before: Scenario, after: Scenario): boolean {
    let entry = this.open.get(scenarioId);
    if (!entry) this.open.set(scenarioId, (entry = { base, patches: [] }));
    entry.base = base;
    entry.patches.push({ seq, text: JSON.stringify({ seq, ops: diff(before, after) }) });
    return this.flush(scenarioId, entry);
  }

  /** A save stored the edits up to `seq` as `revision`: the entry keeps only later ones, on that revision. */
  saved(scenarioId: string, revision: number, seq: number): void {
    const entry = this.open.get(scenarioId);
    if (!entry) return;
    entry.base = revision;
    entry.patches = entry.patches.filter((p) => p.seq > seq);
    if (entry.patches.length > 0) this.flush(scenarioId, entry);
    else this.clear(scenarioId);
  }

  /** Forget this tab's edits of a scenario (another version was taken, or they were kept as a copy). */
  clear(scenarioId: string): void {
    this.open.delete(scenarioId);
    this.storage?.removeItem(this.keys.journal(scenarioId, this.tabId));
  }

  private flush(scenarioId: string, entry: Open): boolean {
    if (!this.storage) return false;
    const last = entry.patches.at(-1)?.seq ?? 0;
    const head = JSON.stringify({ scenarioId, tabId: this.tabId, base: entry.base, seq: last });
    try {
      this.storage.setItem(this.keys.journal(scenarioId, this.tabId), `${head.slice(0, -1)},"patches":[${entry.patches.map((p) => p.text).join(',')}]}`);
      return true;
    } catch {
      return false;
    }
  }

  /** Entries for this scenario left by tabs that are gone, replayed on its stored record, oldest first by edit count. */
  async orphans(record: ScenarioRecord): Promise<JournalEntry[]> {
    if (!this.storage) return [];
    const prefix = this.keys.journalPrefix(record.id);
    const keys: string[] = [];
    for (let i = 0; i < this.storage.length; i++) {
      const key = this.storage.key(i);
      if (key?.startsWith(prefix)) keys.push(key);
    }
    const live = await heldLocks();
    return keys
      .map((key) => ({ key, tabId: key.slice(prefix.length) }))
      .filter(({ tabId }) => tabId !== this.tabId && !live.has(this.keys.tabLock(tabId)))
      .map(({ key, tabId }) => replay(this.storage?.getItem(key) ?? null, record, tabId))
      .sort((a, b) => a.seq - b.seq);
  }

  drop(entry: JournalEntry): void {
    this.storage?.removeItem(this.keys.journal(entry.scenarioId, entry.tabId));
  }

  close(): void {
    this.release();
  }
}

/**
 * An entry's edits replayed on the stored scenario, in order, up to the first that cannot be read or
 * does not fit; the rest are reported as damaged, never guessed at. An entry written before edits were
 * kept as patches holds its whole scenario, which is taken as the starting point instead.
 */
export function replay(text: string | null, record: ScenarioRecord, tabId: string): JournalEntry {
  const entry: JournalEntry = { scenarioId: record.id, tabId, base: revisionOf(record), seq: 0, scenario: record.scenario, damaged: true };
  let stored: { base?: unknown; seq?: unknown; patches?: unknown; scenario?: unknown };
  try {
    stored = JSON.parse(text ?? '') as typeof stored;
  } catch {
    return entry;
  }
  if (typeof stored !== 'object' || stored === null || typeof stored.base !== 'number') return entry;
  entry.base = stored.base;
  entry.seq = typeof stored.seq === 'number' ? stored.seq : 0;
  if (typeof stored.scenario === 'object' && stored.scenario !== null) entry.scenario = stored.scenario as Scenario;
  const patches = stored.patches ?? [];
  if (!Array.isArray(patches)) return entry;
  for (const patch of patches as Patch[]) {
    try {
      entry.scenario = applyPatch(entry.scenario, (patch as Patch | null)?.ops);
    } catch (error) {
      if (error instanceof PatchError) return entry;
      throw error;
    }
  }
  entry.damaged = false;
  return entry;
}
