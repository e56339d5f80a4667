/**
 * The Goal seek form and its answer. A deterministic seek runs whole in the goal-seek worker; a seek
 * over uncertainty runs its search there and each candidate's draws on the pool, so progress counts
 * values tried plus the draws of the one in hand. The answer keeps the scenario and lever it was found
 * for, so "apply to a copy" sets exactly that.
 */
import { proxy } from 'comlink';
import type { GoalSeekResult, Lever } from '../../../engine';
import type { Scenario } from '../../../engine/scenario';
import type { DrawChunk } from '../../../engine/uncertainty/drawChunk';
import { ANALYSIS } from '../../../i18n/analysis';
import type { LeverFacts, SeekOutcome } from '../../../../workers/engine.worker';
import { CancelledError } from '../../workers/bridge';
import { problemText } from '../../workers/problemText';
import { addScenario } from '../../library/libraryActions';
import type { App } from '../../state/app.svelte';
import type { AnalysisWorkers } from '../analysisWorkers';
import { WorkerRun } from '../workerRun.svelte';
import { currentValue, engineLever, parseLeverId, type LeverChoice } from './levers';
import { formatLeverValue, leverShortName } from './leverText';
import type { SeekMode, SeekRequest } from './seekForm';

export interface SeekAnswer {
  result: GoalSeekResult;
  targetId: string;
  choice: LeverChoice;
  lever: Lever;
  /** the scenario searched over (for planned facilities: without them, as the lever adds them back) */
  base: Scenario;
  /** the scenario as it was when the seek started */
  scenario: Scenario;
  current: number | null;
  probability?: number;
  draws?: number;
  elapsedMs: number;
}

export class GoalSeekState extends WorkerRun {
  targetId = $state('');
  leverId = $state('hiringCapacity');
  lo = $state('');
  hi = $state('');
  mode = $state<SeekMode>('certain');
  probability = $state('80');
  draws = $state('');

  facts = $state.raw<LeverFacts | null>(null);
  private factsKey = '';
  private factsScenario: Scenario | null = null;

  /** draws done of the value in hand, over uncertainty */
  drawsDone = $state(0);
  answer = $state.raw<SeekAnswer | null>(null);
  applying = $state(false);
  /** why the pool could not run a candidate's draws: it reaches the seek only as a message through the worker */
  private poolProblem: unknown = null;

  constructor(
    private readonly workers: AnalysisWorkers,
    settled: () => void,
  ) {
    super(settled);
  }

  get choice(): LeverChoice | null {
    return parseLeverId(this.leverId);
  }

  /** Progress 0..1: values tried, and the share of draws of the value in hand. */
  get progress(): number {
    if (this.total === 0) return 0;
    const within = this.mode === 'probable' ? this.drawsDone : 0;
    return Math.min(1, (this.done + within) / this.total);
  }

  /** The lever's name, default range and step for this scenario (one run in the worker); stale answers are dropped. */
  async describe(scenario: Scenario, key: string): Promise<void> {
    const choice = this.choice;
    if (!choice || (this.facts && this.factsKey === key && this.factsScenario === scenario)) return;
    this.factsKey = key;
    this.factsScenario = scenario;
    this.facts = null;
    const { scenario: base, lever } = engineLever(scenario, choice);
    try {
      const facts = await this.workers.seek<LeverFacts>((api) => api.describeLever(base, lever, this.mode === 'probable'));
      if (this.factsKey === key) this.facts = facts;
    } catch (error) {
      if (!(error instanceof CancelledError) && this.factsKey === key) this.facts = { ok: false, message: String(error) };
    }
  }

  async run(scenario: Scenario, targetId: string, request: SeekRequest): Promise<void> {
    const choice = this.choice;
    if (!choice) return;
    const { scenario: base, lever } = engineLever(scenario, choice);
    this.begin(0);
    this.poolProblem = null;
    this.drawsDone = 0;
    this.answer = null;
    const onProgress = (done: number, total: number) => {
      this.done = done;
      this.total = total;
      this.drawsDone = 0;
    };
    await this.track(async () => {
      const outcome =
        request.probability === undefined
          ? await this.workers.seek<SeekOutcome>((api, progress) => api.seek(base, targetId, lever, { ...(request.range && { range: request.range }) }, progress), onProgress)
          : await this.workers.seek<SeekOutcome>(
              (api, progress) => api.seekOverDraws(base, targetId, lever, { ...request, probability: request.probability! }, proxy(this.drawsOnPool), progress),
              onProgress,
            );
      if (!outcome.ok) {
        if ('errors' in outcome) return this.invalid(outcome.errors);
        return this.failed(this.poolProblem ? problemText(this.poolProblem) : { zh: outcome.message, en: outcome.message });
      }
      this.answer = {
        result: outcome.result,
        targetId,
        choice,
        lever,
        base,
        scenario,
        current: currentValue(scenario, choice),
        ...(request.probability !== undefined && { probability: request.probability, draws: request.draws }),
        elapsedMs: outcome.elapsedMs,
      };
      this.status = 'done';
    });
  }

  /** Called back by the goal-seek worker for each value tried over uncertainty. */
  private drawsOnPool = async (candidate: Scenario, draws: number): Promise<DrawChunk> => {
    try {
      const outcome = await this.workers.drawPool().run(candidate, draws, (done, total) => (this.drawsDone = done / total));
      if (!outcome.ok) throw new Error(outcome.errors.map((e) => `${e.path}: ${e.zh}`).join('; '));
      return outcome.chunk;
    } catch (error) {
      this.poolProblem = error;
      throw error;
    }
  };

  cancel(): void {
    this.workers.cancel();
  }

  /** A new library record with the lever at the answer, opened at once; the scenario being edited is left alone. */
  async applyToCopy(app: App): Promise<void> {
    const a = this.answer;
    if (!a || a.result.value === null || this.applying) return;
    const value = a.result.value;
    this.applying = true;
    try {
      const applied = await this.workers.seek((api) => api.applyLever(a.base, a.lever, value));
      const name = ANALYSIS[app.locale].seek.copyName(a.scenario.name, leverShortName(a.choice, a.scenario, app.locale), formatLeverValue(a.choice, value, app.locale));
      const record = await addScenario(app.store, { ...applied, name }, app.locale);
      app.notice = { zh: ANALYSIS['zh-CN'].seek.copied(record.name), en: ANALYSIS.en.seek.copied(record.name) };
      app.router.go({ page: 'scenario', id: record.id, tab: 'plan' });
    } catch (error) {
      if (!(error instanceof CancelledError)) app.notice = problemText(error);
    } finally {
      this.applying = false;
    }
  }
}
