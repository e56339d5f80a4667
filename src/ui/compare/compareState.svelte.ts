/**
 * The comparison page's state: the library to choose from, and the comparison of the chosen records,
 * run in the comparison worker (workers/compare.worker.ts). A new choice ends a comparison still
 * running (its worker is terminated), so the newest choice wins.
 */
import { releaseProxy, wrap, type Remote } from 'comlink';
import type { Comparison } from '../../engine/compare';
import type { CompareApi, CompareOutcome, ValidationError } from '../../../workers/compare.worker';
import type { ScenarioMeta, ScenarioRecord } from '../../store/records';
import { StoreError, type ScenarioStore } from '../../store/scenarioStore';
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
  private worker: { worker: Worker; api: Remote<CompareApi> } | null = null;
  private seq = 0;

  constructor(private readonly store: ScenarioStore) {}

  async refreshLibrary(): Promise<void> {
    try {
      this.library = await this.store.list();
    } catch (error) {
      this.library = [];
      this.message = problemOf(error);
    }
  }

  async compare(ids: readonly string[]): Promise<void> {
    const id = ++this.seq;
    this.stop();
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
      const outcome: CompareOutcome = await this.connect().compare(records.map((r) => r.scenario));
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
      this.message = problemOf(error);
      this.status = 'failed';
    }
  }

  private connect(): Remote<CompareApi> {
    if (!this.worker) {
      const worker = new Worker(new URL('../../../workers/compare.worker.ts', import.meta.url), { type: 'module' });
      this.worker = { worker, api: wrap<CompareApi>(worker) };
    }
    return this.worker.api;
  }

  /** End a comparison in flight: a run cannot be interrupted, so its worker goes and the next starts afresh. */
  private stop(): void {
    if (this.status !== 'running' || !this.worker) return;
    this.worker.api[releaseProxy]();
    this.worker.worker.terminate();
    this.worker = null;
  }

  dispose(): void {
    this.seq++;
    if (this.worker) {
      this.worker.api[releaseProxy]();
      this.worker.worker.terminate();
      this.worker = null;
    }
  }
}

function problemOf(error: unknown): { zh: string; en: string } {
  if (error instanceof StoreError) return { zh: error.zh, en: error.en };
  const text = error instanceof Error ? error.message : String(error);
  return { zh: text, en: text };
}
