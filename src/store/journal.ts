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
 *
 * Patches address list rows by position, so they replay exactly only on the revision they were written
 * on. When a save replaces a revision another tab's entry was written on, the store keeps that revision
 * (KeptBase) until no entry names it; an entry whose revision was not kept gets only its edits that name
 * no row, and says the others were left out.
 */
import type { Scenario } from '../engine/scenario';
import { tabKeys } from './keys';
import { heldLocks, holdLock } from './locks';
import { applyPatch, diff, isOp, PatchError, type PatchOp } from './patch';
import { revisionOf, type ScenarioRecord } from './records';

export type KeyValue = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** An orphan, replayed on the stored record. */
export interface JournalEntry {
  scenarioId: string;
  tabId: string;
  /** the stored revision the edits were written on (-1 in entries from before revisions were kept for them) */
  base: number;
  /** the tab's edit count when last written */
  seq: number;
  /** the stored scenario with the entry's edits replayed */
  scenario: Scenario;
  /** part or all of the entry could not be read or replayed: the edits before the damage are in `scenario` */
  damaged: boolean;
  /** the revision the edits were written on is gone: edits to list rows were left out, the others are in `scenario` */
  unplaced: boolean;
}

/** A kept revision's scenario (KeptBase), or undefined when it was not kept. */
export type BaseLoader = (scenarioId: string, revision: number) => Promise<Scenario | undefined>;

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
    private readonly keptBase: BaseLoader = () => Promise.resolve(undefined),
  ) {
    this.keys = tabKeys(dbName);
    this.release = holdLock(this.keys.tabLock(this.tabId));
  }

  /**
   * Note an edit from `before` to `after`, the tab's `seq`th, on stored revision `base`. False when the
   * journal could not be written (no storage, or it is full); the edit is still kept here and written
   * with the next one.
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

  /** The tabs with an entry for this scenario, and the keys of their entries. */
  private entries(scenarioId: string): { key: string; tabId: string }[] {
    if (!this.storage) return [];
    const prefix = this.keys.journalPrefix(scenarioId);
    const found: { key: string; tabId: string }[] = [];
    for (let i = 0; i < this.storage.length; i++) {
      const key = this.storage.key(i);
      if (key?.startsWith(prefix)) found.push({ key, tabId: key.slice(prefix.length) });
    }
    return found;
  }

  /**
   * The revisions the entries of this scenario were written on; other tabs' only when a save asks
   * which revision it must keep (this tab's own entry moves to the revision it stores).
   */
  bases(scenarioId: string, othersOnly = false): Set<number> {
    const bases = new Set<number>();
    for (const { key, tabId } of this.entries(scenarioId)) {
      if (othersOnly && tabId === this.tabId) continue;
      const base = baseOf(this.storage?.getItem(key) ?? null);
      if (base !== undefined) bases.add(base);
    }
    return bases;
  }

  /**
   * Entries for this scenario left by tabs that are gone, oldest first by edit count, each replayed on
   * the revision it was written on: the stored record, or the kept revision when the record is newer.
   */
  async orphans(record: ScenarioRecord): Promise<JournalEntry[]> {
    const live = await heldLocks();
    const orphans = this.entries(record.id).filter(({ tabId }) => tabId !== this.tabId && !live.has(this.keys.tabLock(tabId)));
    const replayed = await Promise.all(
      orphans.map(async ({ key, tabId }) => {
        const text = this.storage?.getItem(key) ?? null;
        const base = baseOf(text);
        const kept = base === undefined || base === revisionOf(record) ? undefined : await this.keptBase(record.id, base);
        return replay(text, record, tabId, kept);
      }),
    );
    return replayed.sort((a, b) => a.seq - b.seq);
  }

  drop(entry: JournalEntry): void {
    this.storage?.removeItem(this.keys.journal(entry.scenarioId, entry.tabId));
  }

  close(): void {
    this.release();
  }
}

/** The revision an entry was written on, read from its head without parsing the patches after it. */
export function baseOf(text: string | null): number | undefined {
  const head = /^\{"scenarioId":"(?:[^"\\]|\\.)*","tabId":"(?:[^"\\]|\\.)*","base":(-?\d+)[,}]/.exec(text?.slice(0, 1000) ?? '');
  return head ? Number(head[1]) : undefined;
}

/**
 * How an entry's operations are placed: all of them on the revision they were written on (the record,
 * or `kept`); failing both, on the record, only those that name no list row, since rows may have moved
 * there. Setting a whole part makes the rows under it the entry's own, so later operations inside it stay.
 */
function placement(entry: JournalEntry, record: ScenarioRecord, kept: Scenario | undefined): (ops: unknown[]) => unknown[] {
  if (entry.base === revisionOf(record)) return (ops) => ops;
  if (kept) {
    entry.scenario = kept;
    return (ops) => ops;
  }
  const owned: PatchOp['p'][] = [];
  const isOwned = (p: PatchOp['p']) => owned.some((o) => o.length <= p.length && o.every((k, i) => p[i] === k));
  return (ops) =>
    ops.filter((op) => {
      // What is not an operation is left for applyPatch to refuse, which marks the entry damaged.
      if (!isOp(op)) return true;
      const placed = isOwned(op.p) || (!op.p.some((k) => typeof k === 'number') && !('len' in op));
      if (placed && 'v' in op) owned.push(op.p);
      if (!placed) entry.unplaced = true;
      return placed;
    });
}

/**
 * An entry's edits replayed, in order, up to the first that cannot be read or does not fit; the rest
 * are reported as damaged, never guessed at. `kept` is the revision the entry was written on, when the
 * record is newer (see placement). An entry written before edits were kept as patches holds its whole
 * scenario, which is taken as the starting point instead.
 */
export function replay(text: string | null, record: ScenarioRecord, tabId: string, kept?: Scenario): JournalEntry {
  const entry: JournalEntry = { scenarioId: record.id, tabId, base: revisionOf(record), seq: 0, scenario: record.scenario, damaged: true, unplaced: false };
  let stored: { base?: unknown; seq?: unknown; patches?: unknown; scenario?: unknown };
  try {
    stored = JSON.parse(text ?? '') as typeof stored;
  } catch {
    return entry;
  }
  if (typeof stored !== 'object' || stored === null || typeof stored.base !== 'number') return entry;
  entry.base = stored.base;
  entry.seq = typeof stored.seq === 'number' ? stored.seq : 0;
  const whole = typeof stored.scenario === 'object' && stored.scenario !== null;
  if (whole) entry.scenario = stored.scenario as Scenario;
  const place = whole ? (ops: unknown[]) => ops : placement(entry, record, kept);
  const patches = stored.patches ?? [];
  if (!Array.isArray(patches)) return entry;
  for (const patch of patches as Patch[]) {
    try {
      const ops = (patch as Patch | null)?.ops;
      entry.scenario = applyPatch(entry.scenario, Array.isArray(ops) ? place(ops as unknown[]) : ops);
    } catch (error) {
      if (error instanceof PatchError) return entry;
      throw error;
    }
  }
  entry.damaged = false;
  return entry;
}
