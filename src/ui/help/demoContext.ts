/**
 * The worked examples' source: the built-in demo scenario, fetched as the library fetches it and run
 * by the engine worker (a copy of its own, ended once the run is back), so every figure a help page
 * quotes is the figure the app shows for the demo. Run once per page load.
 */
import type { HelpContext } from '../../i18n/help/helpPage';
import type { Locale } from '../../i18n/messages';
import { BUILT_INS, fetchBuiltIn } from '../library/builtIns';
import { WorkerBridge } from '../workers/bridge';
import { spawnEngineWorker, type EngineApi } from '../workers/engineWorker';
import type { HelpRunOutcome } from '../../../workers/engine.worker';

type DemoRun = Omit<HelpContext, 'locale'>;

let demo: Promise<DemoRun> | null = null;

async function runDemo(): Promise<DemoRun> {
  const input = await fetchBuiltIn(BUILT_INS.find((b) => b.key === 'demo-15th-fyp') ?? BUILT_INS[0]);
  const bridge = new WorkerBridge<EngineApi>(spawnEngineWorker);
  try {
    const outcome = await bridge.call<HelpRunOutcome>((api) => api.helpRun(input));
    if (!outcome.ok) throw new Error(`the demo scenario does not validate: ${outcome.errors.map((e) => e.path).join(', ')}`);
    return { scenario: outcome.scenario, result: outcome.result };
  } finally {
    bridge.dispose();
  }
}

export async function demoContext(locale: Locale): Promise<HelpContext> {
  demo ??= runDemo().catch((error: unknown) => {
    demo = null;
    throw error;
  });
  return { ...(await demo), locale };
}
