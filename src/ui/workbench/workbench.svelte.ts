/**
 * One open scenario: the document being edited, its runs, and autosave. Edits re-run the scenario
 * (debounced in the Runner) and are saved after a pause; a failed save keeps the edit on screen and
 * says why, so nothing typed is lost.
 */
import type { Scenario } from '../../engine/scenario';
import type { ScenarioRecord } from '../../store/records';
import { StoreError, type ScenarioStore } from '../../store/scenarioStore';
import type { EngineClient, RunSuccess, ValidationError } from '../engineClient';
import type { VerdictSummary } from '../../store/records';
import { getIn, pathToString, setIn, type Path } from '../state/setIn';
import { Runner } from '../state/runner.svelte';
import { ScenarioDoc } from '../state/scenarioDoc.svelte';

export type SaveState = 'saved' | 'pending' | 'saving' | 'failed';

/** The side panel: a figure's explanation, or a clause of a policy document. */
export type Panel = { kind: 'explain'; path: string } | { kind: 'clause'; ruleId: string } | null;

const AUTOSAVE_MS = 600;

function summaryOf(outcome: RunSuccess): VerdictSummary {
  return { met: outcome.view.verdicts.filter((v) => v.met).length, total: outcome.view.verdicts.length };
}

export class Workbench {
  readonly doc: ScenarioDoc;
  readonly runner: Runner;
  record = $state.raw() as ScenarioRecord;
  saveState = $state<SaveState>('saved');
  saveError = $state.raw<StoreError | null>(null);
  panel = $state.raw<Panel>(null);
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    record: ScenarioRecord,
    client: EngineClient,
    private readonly store: ScenarioStore,
  ) {
    this.record = record;
    this.runner = new Runner(client, (outcome) => void this.noteVerdicts(outcome));
    this.doc = new ScenarioDoc(record.id, record.scenario, (scenario) => this.changed(scenario));
    void this.runner.runNow(record.scenario);
  }

  private changed(scenario: Scenario): void {
    this.runner.request(scenario);
    this.saveState = 'pending';
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.save(), AUTOSAVE_MS);
  }

  /** Keep the library's verdict summary current even when the scenario was only opened and run. */
  private async noteVerdicts(outcome: RunSuccess): Promise<void> {
    const verdicts = summaryOf(outcome);
    const known = this.record.verdicts;
    if (this.saveState !== 'saved' || (known && known.met === verdicts.met && known.total === verdicts.total)) return;
    const next = { ...this.record, verdicts };
    try {
      await this.store.save(next);
      this.record = next;
    } catch {
      // The summary is a convenience for the list; the next edit's save reports storage problems.
    }
  }

  /** Save now (also called when leaving the scenario). */
  async save(): Promise<void> {
    clearTimeout(this.timer);
    if (this.saveState === 'saved') return;
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
      await this.store.save(next);
      this.record = next;
      this.saveState = 'saved';
      this.saveError = null;
    } catch (error) {
      this.saveState = 'failed';
      this.saveError = error instanceof StoreError ? error : new StoreError(String(error), String(error));
    }
  }

  /** The validation error at this field, if any, for marking it where it is edited. */
  errorAt(path: Path): ValidationError | undefined {
    const key = pathToString(path);
    return this.runner.errors.find((e) => e.path === key);
  }

  /**
   * Set a field: the edit is kept (and saved) even when invalid; the run waits until it is fixed.
   * Entering a community's households or residents replaces an estimate, so its mark goes in the same step.
   */
  edit(path: Path, value: unknown): void {
    const field = path[path.length - 1];
    const community = path.slice(0, -1);
    if ((field === 'households' || field === 'residents') && community[community.length - 2] === 'communities' && getIn(this.doc.scenario, [...community, 'estimated'])) {
      this.doc.replace(setIn(setIn(this.doc.scenario, path, value), [...community, 'estimated'], undefined), pathToString(path));
      return;
    }
    this.doc.edit(path, value);
  }

  dispose(): void {
    void this.save();
    this.runner.cancel();
  }
}
