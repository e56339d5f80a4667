/**
 * A pool of worker_threads for the benchmark, splitting draws as src/ui/analysis/drawPool.ts does
 * (contiguous ranges, merged in draw order). Threads start once and stay up between runs, as the
 * app's workers do, so a run's time is the draws' and not the threads' start-up.
 */
import { Worker } from 'node:worker_threads';
import { mergeChunks, splitDraws, type DrawChunk, type DrawKit, type Scenario } from '../../src/engine/index';

export class ThreadPool {
  private readonly threads: Worker[];

  constructor(readonly size: number) {
    // Threads do not inherit tsx's loader from the main thread (Node 20), so each loads its TypeScript
    // entry through tsx's API.
    const api = import.meta.resolve('tsx/esm/api');
    const entry = new URL('./drawsThread.ts', import.meta.url).href;
    const boot = `import(${JSON.stringify(api)}).then(({ tsImport }) => tsImport(${JSON.stringify(entry)}, ${JSON.stringify(import.meta.url)}));`;
    this.threads = Array.from({ length: size }, () => new Worker(boot, { eval: true }));
  }

  /** kit: what the draws need (drawKit), copied to every thread instead of the scenario, as the app's engine worker hands it to its draw workers */
  async run(scenario: Scenario, draws: number, kit?: DrawKit): Promise<DrawChunk> {
    const ranges = splitDraws(0, draws, this.size);
    const chunks = await Promise.all(
      ranges.map(
        ([from, to], k) =>
          new Promise<DrawChunk>((resolve, reject) => {
            const t = this.threads[k];
            const done = (chunk: DrawChunk) => {
              t.off('error', reject);
              resolve(chunk);
            };
            t.once('message', done);
            t.once('error', reject);
            t.postMessage(kit ? { kit, from, to } : { scenario, from, to });
          }),
      ),
    );
    return mergeChunks(chunks);
  }

  async close(): Promise<void> {
    await Promise.all(this.threads.map((t) => t.terminate()));
  }
}
