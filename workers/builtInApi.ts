/**
 * A built-in scenario's first run, from its file fetched by the worker. On a first visit the page
 * names the engine worker for the demo's file (src/ui/early), and the worker fetches and runs it as
 * soon as its script has loaded: a message from the page would reach it only once the page's main
 * thread, busy loading the app, was free to pass it on. The page, which stores the scenario, has
 * started its own download of the file before the worker's: the worker takes the browser's cached
 * copy as it is, or waits for that download, rather than fetching it again. The file ships with the
 * app, so it runs unchecked (runApi.runBuiltIn).
 */
import { takeFile } from './fileAtStart';
import { runApi, type RunOutcome } from './runApi';
import { runAtStartUrl } from './runAtStart';

/** The run started with the worker, by its file's URL, until the page asks for it. */
const started = new Map<string, Promise<RunOutcome>>();

/** The file's run, from its text fetched at the worker's start (fileAtStart.ts) or fetched now. */
async function fetchAndRun(url: string): Promise<RunOutcome> {
  return runApi.runBuiltIn(await takeFile(url));
}

/** Start the run a worker's name asks for (src/ui/early names it, engine.worker.ts calls this); another name starts nothing. */
export function runAtStart(name: string): void {
  const url = runAtStartUrl(name);
  if (url === null) return;
  const run = fetchAndRun(url);
  // Rejects for the page when it asks; until then the failure is not this worker's to report.
  run.catch(() => {});
  started.set(url, run);
}

export const builtInApi = {
  /** The run of the built-in file at `url`: the one started with the worker, or else one made now. */
  runBuiltInFile(url: string): Promise<RunOutcome> {
    const run = started.get(url) ?? fetchAndRun(url);
    started.delete(url);
    return run;
  },
};
