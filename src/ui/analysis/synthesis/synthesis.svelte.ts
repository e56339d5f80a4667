/**
 * The plan synthesis form and its answer. The synthesis runs whole in the analysis tab's engine
 * worker (the one goal seek uses; only one analysis runs at a time), progress counting rounds of
 * solve and verification. The answer keeps the scenario it was found for, so "apply to a copy" saves
 * exactly the plan that was verified. The value of a year of lead time (two more solves) is asked for
 * only once the plan is shown; cancel ends it with the worker, and a new synthesis discards it.
 */
import type { LeadTimeBasis, LeadTimeValue, SynthesisOptions } from '../../../engine';
import type { Scenario } from '../../../engine/scenario';
import { ANALYSIS } from '../../../i18n/analysis';
import type { LeadTimeOutcome, SynthesisOutcome } from '../../../../workers/engine.worker';
import { CancelledError } from '../../workers/bridge';
import { problemText } from '../../workers/problemText';
import { addScenario } from '../../library/libraryActions';
import type { App } from '../../state/app.svelte';
import type { Workbench } from '../../workbench/workbench.svelte';
import type { AnalysisWorkers } from '../analysisWorkers';
import { WorkerRun } from '../workerRun.svelte';
import { blankFields, type SynthesisFields } from './synthesisForm';

type Answered = Extract<SynthesisOutcome, { ok: true }>;
type TooLarge = Extract<SynthesisOutcome, { tooLarge: unknown }>['tooLarge'];

export class SynthesisState extends WorkerRun {
  fields = $state<SynthesisFields>(blankFields());
  /** targets the fields were last filled for: a new target is chosen by default */
  private known: string[] = [];
  answer = $state.raw<(Answered & { scenario: Scenario }) | null>(null);
  tooLarge = $state.raw<TooLarge | null>(null);
  applying = $state(false);
  /** the lead-time values of the answer shown: 'computing' until the worker answers, null when not asked or given up */
  leadTime = $state.raw<LeadTimeValue[] | 'computing' | null>(null);
  /** which synthesis the pending lead-time call belongs to */
  private asked = 0;

  constructor(
    private readonly workers: AnalysisWorkers,
    settled: () => void,
  ) {
    super(settled);
  }

  /** Every target is chosen by default, and so is any target added since. */
  chooseNew(ids: string[]): void {
    const added = ids.filter((id) => !this.known.includes(id));
    this.known = ids;
    if (added.length > 0) this.fields.targets = [...this.fields.targets.filter((id) => ids.includes(id)), ...added];
  }

  async run(scenario: Scenario, options: SynthesisOptions): Promise<void> {
    this.begin(0);
    const asked = ++this.asked;
    this.answer = null;
    this.tooLarge = null;
    this.leadTime = null;
    await this.track(async () => {
      const outcome = await this.workers.seek<SynthesisOutcome>(
        (api, progress) => api.synthesize(scenario, options, progress),
        (round, rounds) => ((this.done = round), (this.total = rounds)),
      );
      if (!outcome.ok) {
        if ('errors' in outcome) return this.invalid(outcome.errors);
        if ('tooLarge' in outcome) return void ((this.tooLarge = outcome.tooLarge), (this.status = 'done'));
        return this.failed({ zh: outcome.message, en: outcome.message });
      }
      this.answer = { ...outcome, scenario };
      this.status = 'done';
      const basis = outcome.result.leadTimeBasis;
      if (basis) void this.valueLeadTime(asked, scenario, options, basis);
    });
  }

  private async valueLeadTime(asked: number, scenario: Scenario, options: SynthesisOptions, basis: LeadTimeBasis): Promise<void> {
    this.leadTime = 'computing';
    const outcome = await this.workers.seek<LeadTimeOutcome>((api) => api.leadTime(scenario, options, basis)).catch(() => null);
    if (asked === this.asked) this.leadTime = outcome?.ok ? outcome.values : null;
  }

  cancel(): void {
    this.workers.cancel();
  }

  /** The tool is open: the solver loads while the form is filled in. */
  prepare(): void {
    this.workers.prepareSynthesis();
  }

  /** A new library record carrying the verified plan, compared beside the scenario being edited (which is left alone). */
  async applyToCopy(app: App, wb: Workbench): Promise<void> {
    const applied = this.answer?.result.scenario;
    if (!applied || this.answer?.result.status !== 'accepted' || this.applying) return;
    this.applying = true;
    try {
      await wb.save();
      const name = ANALYSIS[app.locale].synthesis.copyName(this.answer!.scenario.name);
      const record = await addScenario(app.store, { ...applied, name }, app.locale);
      app.router.go({ page: 'compare', ids: [wb.record.id, record.id] });
    } catch (error) {
      if (!(error instanceof CancelledError)) app.notice = problemText(error);
    } finally {
      this.applying = false;
    }
  }
}
