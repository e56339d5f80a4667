/**
 * The comparison page's state: the library to choose from, and the comparison of the chosen records,
 * run in an engine worker of its own. A new choice ends a comparison still running (its worker is
 * terminated), so the newest choice wins.
 */
import type { Comparison } from '../../engine/compare';
import type { CompareOutcome, ValidationError } from '../../../workers/engine.worker';
import type { ScenarioMeta, ScenarioRecord } from '../../store/records';
import type { ScenarioStore } from '../../store/scenarioStore';
import { WorkerBridge } from '../workers/bridge';
import { spawnEngineWorker, type EngineApi } from '../workers/engineWorker';
import { problemText } from '../workers/problemText';
import { MIN_COMPARED } from './selection';

export type CompareStatus = 'idle' | 'running' | 'done' | 'invalid' | 'failed';

export class CompareState {
  library = $state.raw<ScenarioMeta[] | null>(null);
  status = $state<CompareStatus>('idle');
  comparison = $state.raw<Comparison | null>(null);
  /** the compared records, baseline first */
  records = $state.raw<ScenarioRecord[]>([]);
  missing = $state(0);
  invalid = $state.raw<{ name: string; errors: ValidationError[] } | null>(null);
  message = $state.raw<{ zh: string; en: string } | null>(null);
  elapsedMs = $state(0);
  private readonly worker = new WorkerBridge<EngineApi>(spawnEngineWorker);
  private seq = 0;

  constructor(private readonly store: ScenarioStore) {}

  async refreshLibrary(): Promise<void> {
    try {
      this.library = await this.store.list();
    } catch (error) {
      this.library = [];
      this.message = problemText(error);
    }
  }

  async compare(ids: readonly string[]): Promise<void> {
    const id = ++this.seq;
    this.invalid = null;
    this.message = null;
    try {
      const loaded = await Promise.all(ids.map((x) => this.store.load(x)));
      if (id !== this.seq) return;
      const records = loaded.filter((r): r is ScenarioRecord => r !== undefined);
      this.missing = ids.length - records.length;
      this.records = records;
      if (records.length < MIN_COMPARED) {
        this.comparison = null;
        this.status = 'idle';
        return;
      }
      this.status = 'running';
      const outcome = await this.worker.latest<CompareOutcome>((api) => api.compare(records.map((r) => r.scenario)));
      if (id !== this.seq) return;
      if (outcome.ok) {
        this.comparison = outcome.comparison;
        this.elapsedMs = outcome.elapsedMs;
        this.status = 'done';
      } else if ('errors' in outcome) {
        this.invalid = { name: records[outcome.index].name, errors: outcome.errors };
        this.comparison = null;
        this.status = 'invalid';
      } else {
        this.message = { zh: outcome.message, en: outcome.message };
        this.status = 'failed';
      }
    } catch (error) {
      if (id !== this.seq) return;
      this.message = problemText(error);
      this.status = 'failed';
    }
  }

  dispose(): void {
    this.seq++;
    this.worker.dispose();
  }
}
