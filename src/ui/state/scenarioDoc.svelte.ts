/**
 * The scenario being edited: immutable snapshots (src/ui/state/setIn.ts) with undo and redo. Every
 * change is reported to onChange, which the workbench uses to re-run and to autosave.
 */
import type { Scenario } from '../../engine/scenario';
import { History } from './history';
import { pathToString, setIn, type Path } from './setIn';

export class ScenarioDoc {
  scenario = $state.raw() as Scenario;
  canUndo = $state(false);
  canRedo = $state(false);
  private readonly history = new History<Scenario>();

  constructor(
    readonly id: string,
    scenario: Scenario,
    private readonly onChange: (scenario: Scenario) => void = () => {},
  ) {
    this.scenario = scenario;
  }

  /** Set one field. Edits of the same field in quick succession (a slider drag) undo as one step. */
  edit(path: Path, value: unknown): void {
    this.replace(setIn(this.scenario, path, value), pathToString(path));
  }

  /** Replace the scenario with an edited copy (adding or removing rows, say); key groups quick edits. */
  replace(next: Scenario, key = 'replace'): void {
    if (next === this.scenario) return;
    this.history.record(this.scenario, key);
    this.set(next);
  }

  /** Take a scenario saved elsewhere as the starting point: no undo back past it, and no change reported. */
  reset(next: Scenario): void {
    this.history.clear();
    this.scenario = next;
    this.canUndo = this.canRedo = false;
  }

  undo(): void {
    const previous = this.history.undo(this.scenario);
    if (previous) this.set(previous);
  }

  redo(): void {
    const next = this.history.redo(this.scenario);
    if (next) this.set(next);
  }

  private set(next: Scenario): void {
    this.scenario = next;
    this.canUndo = this.history.canUndo;
    this.canRedo = this.history.canRedo;
    this.onChange(next);
  }
}
