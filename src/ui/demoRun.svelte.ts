/**
 * The first page's run: fetch the built-in demo scenario, run it in the engine worker, keep the
 * stage for the status line. The scenario is fetched as a file (not imported as a module) so that
 * neither the page bundle nor the type checker has to carry a city's worth of JSON.
 */
import demoUrl from '../../scenarios/demo-15th-fyp.json?url&no-inline';
import type { RunOutcome, RunStage } from '../../workers/engine.worker';
import type { EngineClient } from './engineClient';

export type DemoState =
  | { phase: 'loading' }
  | { phase: 'computing'; stage: RunStage | null }
  | { phase: 'done'; outcome: RunOutcome }
  | { phase: 'failed'; message: string };

export class DemoRun {
  state = $state<DemoState>({ phase: 'loading' });

  async start(client: EngineClient): Promise<void> {
    try {
      const response = await fetch(demoUrl);
      if (!response.ok) throw new Error(`${demoUrl}: HTTP ${response.status}`);
      const scenario: unknown = await response.json();
      this.state = { phase: 'computing', stage: null };
      const outcome = await client.run(scenario, (stage) => {
        // A stage message can arrive after the result; it must not undo the finished state.
        if (this.state.phase === 'computing') this.state = { phase: 'computing', stage };
      });
      this.state = { phase: 'done', outcome };
    } catch (error) {
      this.state = { phase: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
  }
}
