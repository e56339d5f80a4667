/**
 * One open scenario: the document being edited, its runs, and saving. Each edit goes to the tab's
 * journal at once and is saved after a pause, or at once when the page is hidden or closed. A save
 * starts from the revision this tab read; when another tab saved first, nothing is overwritten: a tab
 * without unsaved edits takes the newer version, one with edits shows the conflict and lets the user
 * choose. A failed save keeps the edit on screen and says why, so nothing typed is lost.
 */
import type { Scenario } from '../../engine/scenario';
import type { Locale } from '../../i18n/messages';
import { STORAGE } from '../../i18n/storage';
import type { Change } from '../../store/changes';
import type { JournalEntry } from '../../store/journal';
import { revisionOf, type ScenarioRecord, type VerdictSummary } from '../../store/records';
import { RevisionConflict, ScenarioDeleted, type ScenarioStore, type StoreError } from '../../store/scenarioStore';
import { storeError } from '../../store/storeError';
import type { EngineClient, RunOutcome, RunSuccess, ValidationError } from '../engineClient';
import { addScenario } from '../library/libraryActions';
import { editClearingEstimate } from '../editor/city/estimateEdit';
import { pathToString, type Path } from '../state/setIn';
import { Runner } from '../state/runner.svelte';
import { ScenarioDoc } from '../state/scenarioDoc.svelte';

export type SaveState = 'saved' | 'pending' | 'saving' | 'failed' | 'conflict';

/** The side panel: a figure's explanation, or a clause of a policy document. */
export type Panel = { kind: 'explain'; path: string } | { kind: 'clause'; ruleId: string } | null;

/** Another tab's newer version, met while this tab had unsaved edits (null when it cannot be read). */
export interface Conflict {
  /** what another tab stored; null when it cannot be read or was deleted */
  newer: ScenarioRecord | null;
  /** another tab deleted the scenario: the edits here can only be kept as a new scenario */
  deleted?: true;
}

const AUTOSAVE_MS = 600;
const AUTOSAVE_WAIT_MS = 5_000;

function summaryOf(outcome: RunSuccess): VerdictSummary {
  return { met: outcome.view.verdicts.filter((v) => v.met).length, total: outcome.view.verdicts.length };
}

const sameScenario = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export class Workbench {
  readonly doc: ScenarioDoc;
  readonly runner: Runner;
  record = $state.raw() as ScenarioRecord;
  saveState = $state<SaveState>('saved');
  saveError = $state.raw<StoreError | null>(null);
  conflict = $state.raw<Conflict | null>(null);
  /** edits recovered from a tab that closed before saving: 0 none, else how many were kept as copies + 1 */
  recovered = $state(0);
  /** part of what a closed tab's journal held could not be read or replayed */
  recoveryDamaged = $state(false);
  /** a closed tab's edits to list rows were left out: the revision they were made on is no longer kept */
  recoveryUnplaced = $state(false);
  panel = $state.raw<Panel>(null);
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** edits made in this tab, so a save clears only the journal entries it covered */
  private seq = 0;
  /** the scenario as the journal last noted it, which the next edit is written as a patch on */
  private journaled: Scenario;
  /** saves (and verdict notes) one after another, each starting from the revision the last one stored */
  private queue: Promise<void> = Promise.resolve();
  private readonly stopListening: () => void;

  constructor(
    record: ScenarioRecord,
    client: EngineClient,
    private readonly store: ScenarioStore,
    /** a run of this record's scenario already made or under way (the first visit's demo), shown instead of running again */
    ready?: Promise<RunOutcome>,
  ) {
    this.record = record;
    this.journaled = record.scenario;
    this.runner = new Runner(client, (outcome) => void this.noteVerdicts(outcome));
    this.doc = new ScenarioDoc(record.id, record.scenario, (scenario) => this.changed(scenario));
    this.stopListening = store.changes.listen((change) => void this.heard(change));
    if (typeof window !== 'undefined') {
      window.addEventListener('pagehide', this.flush);
      document.addEventListener('visibilitychange', this.flush);
    }
    if (ready) void this.runner.adoptWhenAnswered(record.scenario, ready);
    else void this.runner.runNow(record.scenario);
  }

  private changed(scenario: Scenario): void {
    this.runner.request(scenario);
    this.seq++;
    // In a conflict too the edits follow from this.record, the revision this tab read, which is kept for them.
    this.store.journal.write(this.record.id, revisionOf(this.record), this.seq, this.journaled, scenario);
    this.journaled = scenario;
    if (this.saveState === 'conflict') return;
    this.saveState = 'pending';
    clearTimeout(this.timer);
    this.autosave();
  }

  /**
   * Save after a pause, once no run is in flight and none has answered for AUTOSAVE_MS: on a province,
   * storing the scenario holds the page for a fifth of a second or more, which must not land between an
   * edit and its redrawn results, nor between an answer and its redraw (an edit longer than the pause
   * set that off, and each save then made the next edit long enough to set it off again). The journal
   * holds the edits meanwhile; runs that never stop delay the save by AUTOSAVE_WAIT_MS at most.
   */
  private autosave(since = Date.now()): void {
    this.timer = setTimeout(() => {
      const running = this.runner.status === 'running' || this.runner.status === 'pending';
      const busy = running || Date.now() - this.runner.answeredAt < AUTOSAVE_MS;
      if (busy && Date.now() - since < AUTOSAVE_WAIT_MS) this.autosave(since);
      else void this.save();
    }, AUTOSAVE_MS);
  }

  /** Leaving or hiding the page: save now rather than after the pause (the journal already holds the edit). */
  private readonly flush = (): void => void this.save();

  /** Another tab saved or deleted this scenario. */
  private async heard(change: Change): Promise<void> {
    if (change.id !== this.record.id) return;
    if (change.revision === undefined) return this.heardDeleted();
    if (change.revision <= revisionOf(this.record)) return;
    await this.queue;
    if (change.revision <= revisionOf(this.record)) return;
    const loaded = await this.store.inspect(this.record.id).catch(() => undefined);
    const newer = loaded?.ok ? loaded.record : null;
    if (newer && revisionOf(newer) <= revisionOf(this.record)) return;
    if (this.saveState === 'saved' && newer) this.adopt(newer);
    else this.enterConflict(newer);
  }

  /** Said whether or not there are edits here: the scenario on screen is no longer in the library. */
  private async heardDeleted(): Promise<void> {
    await this.queue;
    const loaded = await this.store.inspect(this.record.id).catch(() => null);
    if (loaded === undefined) this.enterConflict(null, true);
  }

  /**
   * Another tab stored a newer version: the revision this tab's edits follow from is kept for their
   * recovery. Not for a deleted scenario, which has no record to recover them on (the trash holds it).
   */
  private enterConflict(newer: ScenarioRecord | null, deleted = false): void {
    if (!deleted) void this.store.keepBase(this.record).catch(() => {});
    this.showConflict(newer, deleted);
  }

  private showConflict(newer: ScenarioRecord | null, deleted = false): void {
    clearTimeout(this.timer);
    this.conflict = { newer, ...(deleted && { deleted: true as const }) };
    this.saveState = 'conflict';
    this.saveError = null;
  }

  /** Show and run another tab's version, dropping this tab's unsaved edits and journal. */
  private adopt(newer: ScenarioRecord): void {
    clearTimeout(this.timer);
    this.store.journal.clear(newer.id);
    void this.store.dropUnusedBases(newer.id).catch(() => {});
    this.journaled = newer.scenario;
    this.record = newer;
    this.doc.reset(newer.scenario);
    this.conflict = null;
    this.saveState = 'saved';
    this.saveError = null;
    this.runner.request(newer.scenario);
  }

  useNewer(): void {
    if (this.conflict?.newer) this.adopt(this.conflict.newer);
  }

  /** Save this tab's edits as a new scenario, then show the newer version here; returns the copy. */
  async keepMineAsCopy(locale: Locale): Promise<ScenarioRecord | null> {
    const conflict = this.conflict;
    if (!conflict) return null;
    try {
      const name = STORAGE[locale].conflict.copyName(this.doc.scenario.name);
      const copy = await addScenario(this.store, { ...this.doc.scenario, name }, locale, this.record.source);
      if (conflict.newer) this.adopt(conflict.newer);
      else {
        this.store.journal.clear(this.record.id);
        this.journaled = this.doc.scenario;
      }
      return copy;
    } catch (error) {
      this.saveError = storeError(error);
      return null;
    }
  }

  /**
   * Edits a closed tab left in its journal: the newest is applied as an edit (or, when it started
   * from an older revision, shown as a conflict); any others are kept as copies. Each is then dropped.
   */
  async recover(orphans: JournalEntry[], locale: Locale): Promise<void> {
    const latest = orphans.at(-1);
    if (!latest) return;
    this.recoveryDamaged = orphans.some((entry) => entry.damaged);
    this.recoveryUnplaced = orphans.some((entry) => entry.unplaced);
    let copies = 0;
    for (const entry of orphans.slice(0, -1)) {
      if (sameScenario(entry.scenario, this.record.scenario) || sameScenario(entry.scenario, latest.scenario)) continue;
      await addScenario(this.store, { ...entry.scenario, name: STORAGE[locale].conflict.copyName(entry.scenario.name) }, locale, this.record.source);
      copies++;
    }
    if (!sameScenario(latest.scenario, this.record.scenario)) {
      // this.record is what is stored: nothing to keep, as this tab's edits are now written on it.
      if (latest.base !== revisionOf(this.record)) this.showConflict(this.record);
      this.doc.replace(latest.scenario, 'recover');
      this.recovered = copies + 1;
    }
    orphans.forEach((entry) => this.store.journal.drop(entry));
    await this.store.dropUnusedBases(this.record.id).catch(() => {});
  }

  /** Keep the library's verdict summary current even when the scenario was only opened and run. */
  private noteVerdicts(outcome: RunSuccess): Promise<void> {
    const verdicts = summaryOf(outcome);
    this.queue = this.queue.then(async () => {
      const known = this.record.verdicts;
      if (this.saveState !== 'saved' || (known && known.met === verdicts.met && known.total === verdicts.total)) return;
      try {
        this.record = await this.store.save({ ...this.record, verdicts });
        // The same scenario one revision on: edits made meanwhile now start from it.
        this.store.journal.saved(this.record.id, revisionOf(this.record), 0);
      } catch {
        // The summary is a convenience for the list; another tab's newer version arrives by its message.
      }
    });
    return this.queue;
  }

  /** Save now (also called when leaving the scenario or the page). */
  save(): Promise<void> {
    clearTimeout(this.timer);
    this.queue = this.queue.then(() => this.saveOnce());
    return this.queue;
  }

  private async saveOnce(): Promise<void> {
    if (this.saveState === 'saved' || this.saveState === 'conflict') return;
    const seq = this.seq;
    this.saveState = 'saving';
    const outcome = this.runner.outcome;
    const next: ScenarioRecord = {
      ...this.record,
      name: this.doc.scenario.name,
      scenario: this.doc.scenario,
      updatedAt: Date.now(),
      verdicts: outcome ? summaryOf(outcome) : this.record.verdicts,
    };
    try {
      this.record = await this.store.save(next);
      this.store.journal.saved(next.id, revisionOf(this.record), seq);
      this.saveError = null;
      // Edits made while saving are still pending; their timer is already running.
      this.saveState = this.seq === seq ? 'saved' : 'pending';
    } catch (error) {
      if (error instanceof RevisionConflict) return this.enterConflict(error.current);
      if (error instanceof ScenarioDeleted) return this.enterConflict(null, true);
      this.saveState = 'failed';
      this.saveError = storeError(error);
    }
  }

  /** The validation error at this field, if any, for marking it where it is edited. */
  errorAt(path: Path): ValidationError | undefined {
    const key = pathToString(path);
    return this.runner.errors.find((e) => e.path === key);
  }

  /**
   * Set a field: the edit is kept (and saved) even when invalid; the run waits until it is fixed.
   * Entering a community's estimated figure replaces the estimate, so its mark goes in the same step.
   */
  edit(path: Path, value: unknown): void {
    const cleared = editClearingEstimate(this.doc.scenario, path, value);
    if (cleared) this.doc.replace(cleared, pathToString(path));
    else this.doc.edit(path, value);
  }

  dispose(): void {
    this.stopListening();
    if (typeof window !== 'undefined') {
      window.removeEventListener('pagehide', this.flush);
      document.removeEventListener('visibilitychange', this.flush);
    }
    void this.save();
    this.runner.cancel();
  }
}
