/**
 * A pool of worker_threads for the benchmark, handing out draws as src/ui/analysis/drawPool.ts does
 * (ranges on demand from a DrawQueue, merged in draw order). Threads start once and stay up between
 * runs, as the app's workers do, so a run's time is the draws' and not the threads' start-up. As the
 * app's pool does by a scenario's number, a run sends the scenario (or kit) only to a thread that does
 * not already hold that very object: copying it costs each side milliseconds a run (a 1,000-community
 * scenario is 345 KB), a fixed cost per thread that would weigh against the draws.
 */
import { Worker } from 'node:worker_threads';
import { DrawQueue, mergeChunks, partsFor, type DrawChunk, type DrawKit, type Scenario } from '../../src/engine/index';

/** One thread's share of a run: draws, ranges, and its own CPU and run-queue wait in ms (null where the system does not say) */
export interface ThreadShare {
  draws: number;
  ranges: number;
  cpuMs: number | null;
  waitMs: number | null;
}

type Times = { cpuMs: number; waitMs: number } | null;

export class ThreadPool {
  private readonly threads: Worker[];
  /** the scenario or kit object each thread holds prepared */
  private readonly held: unknown[] = [];
  /** each thread's CPU and wait times at its last answer: a thread is idle between runs, so a run's share starts there */
  private readonly last: Times[] = [];

  constructor(readonly size: number) {
    // Threads do not inherit tsx's loader from the main thread (Node 20), so each loads its TypeScript
    // entry through tsx's API.
    const api = import.meta.resolve('tsx/esm/api');
    const entry = new URL('./drawsThread.ts', import.meta.url).href;
    const boot = `import(${JSON.stringify(api)}).then(({ tsImport }) => tsImport(${JSON.stringify(entry)}, ${JSON.stringify(import.meta.url)}));`;
    this.threads = Array.from({ length: size }, () => new Worker(boot, { eval: true }));
  }

  /** kit: what the draws need (drawKit), copied to every thread instead of the scenario, as the app's engine worker hands it to its draw workers */
  async run(scenario: Scenario, draws: number, kit?: DrawKit): Promise<{ chunk: DrawChunk; shares: ThreadShare[] }> {
    const parts = partsFor(draws, this.size);
    const queue = new DrawQueue(draws, parts);
    const chunks: DrawChunk[] = [];
    const shares = await Promise.all(
      this.threads.slice(0, parts).map(async (t, j) => {
        const given = kit ?? scenario;
        if (this.held[j] !== given) {
          this.held[j] = undefined;
          this.last[j] = (await this.ask<{ times: Times }>(t, kit ? { kit } : { scenario })).times;
          this.held[j] = given;
        }
        const start = this.last[j];
        let end = start;
        const share: ThreadShare = { draws: 0, ranges: 0, cpuMs: null, waitMs: null };
        for (let r = queue.take(); r; r = queue.take()) {
          const { chunk, times } = await this.ask<{ chunk: DrawChunk; times: Times }>(t, { from: r[0], to: r[1] });
          chunks.push(chunk);
          share.draws += r[1] - r[0];
          share.ranges++;
          end = times;
        }
        this.last[j] = end;
        if (start && end) [share.cpuMs, share.waitMs] = [end.cpuMs - start.cpuMs, end.waitMs - start.waitMs];
        return share;
      }),
    );
    return { chunk: mergeChunks(chunks), shares };
  }

  private ask<T>(t: Worker, message: unknown): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const done = (answer: T) => {
        t.off('error', reject);
        resolve(answer);
      };
      t.once('message', done);
      t.once('error', reject);
      t.postMessage(message);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.threads.map((t) => t.terminate()));
  }
}
