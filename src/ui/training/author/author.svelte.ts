/**
 * Authoring an exercise from a library scenario: the draft the author edits, the reference plan's
 * spending (to pick sensible ceilings), and export and import through the exercise validator, which
 * lists every problem with its path.
 */
import type { Payer, Scenario } from '../../../engine/scenario';
import { spendingByPayer } from '../../../engine/training/debrief';
import type { ValidationError } from '../../../io/validationError';
import { TRAINING } from '../../../i18n/training';
import type { ScenarioMeta } from '../../../store/records';
import { download } from '../../download';
import type { App } from '../../state/app.svelte';
import { defaultLever, emptyDraft, exerciseFromDraft, type AuthorDraft } from './authorDraft';
import type { Training } from '../training.svelte';

export class AuthorState {
  scenarios = $state.raw<ScenarioMeta[]>([]);
  scenario = $state.raw<Scenario | null>(null);
  draft = $state<AuthorDraft | null>(null);
  spending = $state.raw<Record<Payer, number> | null>(null);
  errors = $state.raw<ValidationError[]>([]);
  imported = $state.raw<{ title: string } | null>(null);
  importErrors = $state.raw<ValidationError[]>([]);

  constructor(
    private readonly app: App,
    private readonly training: Training,
  ) {}

  async open(): Promise<void> {
    this.scenarios = await this.app.store.list();
  }

  async pick(id: string): Promise<void> {
    const record = await this.app.store.load(id);
    if (!record) return;
    this.scenario = record.scenario;
    this.draft = emptyDraft(record.scenario);
    this.errors = [];
    this.spending = null;
    const outcome = await this.app.client.run(record.scenario);
    if (outcome.ok && this.scenario === record.scenario) this.spending = spendingByPayer(outcome.view);
  }

  toggleLever(path: string, on: boolean): void {
    if (!this.draft || !this.scenario) return;
    const rest = this.draft.levers.filter((l) => l.path !== path);
    this.draft.levers = on ? [...rest, defaultLever(this.scenario, path)] : rest;
  }

  async exportFile(): Promise<void> {
    if (!this.draft || !this.scenario) return;
    const file = exerciseFromDraft(this.scenario, $state.snapshot(this.draft) as AuthorDraft);
    const { validateExercise } = await import('../../../io/training/validateExercise');
    const checked = validateExercise(file);
    this.errors = checked.ok ? [] : checked.errors;
    if (!checked.ok) return;
    download(`${checked.exercise.id}.json`, `${JSON.stringify(file, null, 2)}\n`, 'application/json');
    this.app.notice = { zh: TRAINING['zh-CN'].exportedExercise, en: TRAINING.en.exportedExercise };
  }

  async importFile(file: File): Promise<void> {
    this.imported = null;
    let input: unknown;
    try {
      input = JSON.parse(await file.text());
    } catch {
      this.importErrors = [{ path: '', zh: TRAINING['zh-CN'].notJson, en: TRAINING.en.notJson }];
      return;
    }
    const { validateExercise } = await import('../../../io/training/validateExercise');
    const checked = validateExercise(input);
    this.importErrors = checked.ok ? [] : checked.errors;
    if (!checked.ok) return;
    this.training.addImported(checked.exercise);
    this.imported = { title: this.app.pick(checked.exercise.title) };
  }
}
