/**
 * The engine worker's projection calls: validate and run a scenario, then explain its figures and
 * build the map's layers and site suggestions. The last projection stays in the worker, so those are
 * answered without sending the typed arrays across.
 */
import { transfer } from 'comlink';
// From the engine's modules, not its index: the index would bring the worker's later calls' code into
// its first chunk (laterApi.ts).
import type { CoverageKey, Explanation, Prepared, RunView, Scenario, Text } from '../src/engine';
import { COVERAGE_KEYS } from '../src/engine/coverage/coverage';
import { flatten } from '../src/engine/flatten';
import { metricById } from '../src/engine/metrics';
import { sharingMetricValues } from '../src/engine/metrics/sharedValues';
import { RULE_SETS } from '../src/engine/policyLibrary';
import { runScenario } from '../src/engine/run';
import { buildRunView } from '../src/engine/runView';
import type { ValidationError, ValidationResult } from '../src/io/validateScenario';
import { checkAndKeep, checkOnce, checkWithKeptCity, keepCity, keptByDigest } from './checkedOnce';
import type { CoverageLayers, SiteSuggestionsView } from './coverageLayers';
import { failure } from './failure';
import { arraysFor, keepLast, lastRun } from './lastRun';
import { preparedCity } from './preparedCity';

export interface RunSuccess {
  ok: true;
  view: RunView;
  ruleSetName: Text;
  /** time spent in the worker, validation included */
  elapsedMs: number;
  /** numbers this worker's runs, so map layers can be matched to the view they belong to */
  runId: number;
  /**
   * The run left the life-circle coverage out, to paint the other verdicts sooner; the next run of the
   * same scenario works it out. These targets' verdicts are not yet known.
   */
  coveragePending?: string[];
}

export type RunOutcome = { ok: false; errors: ValidationError[] } | RunSuccess;

export type ExplainOutcome = { ok: true; explanation: Explanation } | { ok: false; message: string };

/** null layers: the scenario has no spatial data. */
export type LayersOutcome = { ok: true; layers: CoverageLayers | null } | { ok: false; message: string };

/** null suggestions: the scenario has no spatial data. */
export type SuggestOutcome = { ok: true; suggestions: SiteSuggestionsView | null } | { ok: false; message: string };

// From the clock, so a restarted worker (after a cancel) never reuses an id the page still holds.
let runs = Date.now();

let lastRunCode: Promise<typeof import('./lastRunCode')> | null = null;

/** Explanations, map layers and site suggestions, loaded on the first call that needs them (lastRunCode.ts). */
const readersOfRun = () => (lastRunCode ??= import('./lastRunCode'));

/** The view's typed arrays, copied where they are the projection's own (a transfer would detach them). */
function viewBuffers(view: RunView): ArrayBuffer[] {
  const c = view.communities;
  const own = [c.district, c.kind, c.established, c.households, c.staffRequired, c.inPost, c.spaceRequired, c.space, c.spending];
  const cov = view.coverage;
  if (cov) {
    cov.communityAll5 = cov.communityAll5.slice();
    own.push(cov.communityAll5);
  }
  return own.map((a) => a.buffer as ArrayBuffer);
}

/**
 * Years reported only once a run has taken this long: a lever edit's run answers sooner, and each report
 * has the page repaint its progress bar, work that shares the machine's cores with the run it reports on.
 */
const QUIET_MS = 250;

function afterQuiet(started: number, onProgress: ((done: number, total: number) => void) | undefined) {
  return onProgress && ((done: number, total: number) => void (performance.now() - started >= QUIET_MS && onProgress(done, total)));
}

/** A run without coverage: the city flattened, no cells placed (coverage takes the most of a first run). */
const withoutCoverage = (scenario: Scenario): Prepared => ({ flat: flatten(scenario.city), prep: null });

function runChecked(
  checked: ValidationResult,
  started: number,
  onProgress: ((done: number, total: number) => void) | undefined,
  cityRevision: number | undefined,
  coverage = true,
  /** false on the city the page already has the labels of (runKeptCity) */
  labels = true,
): RunOutcome {
  if (!checked.ok) return { ok: false, errors: checked.errors };
  const scenario = checked.scenario;
  const prepared = coverage ? { ...preparedCity(scenario, cityRevision), alloc: arraysFor(cityRevision) } : withoutCoverage(scenario);
  // The view reuses the metric values the verdicts were judged on.
  const { result, view } = sharingMetricValues(() => {
    const result = runScenario(scenario, { onProgress: afterQuiet(started, onProgress) }, prepared);
    return { result, view: buildRunView(result, scenario, labels) };
  });
  const id = ++runs;
  keepLast({ id, projection: result.projection, scenario, prepared: prepared.prep }, coverage ? cityRevision : undefined);
  const buffers = viewBuffers(view);
  const outcome: RunSuccess = {
    ok: true,
    view,
    ruleSetName: RULE_SETS[scenario.ruleSet.id]?.name ?? { zh: scenario.ruleSet.id, en: scenario.ruleSet.id },
    elapsedMs: Math.round(performance.now() - started),
    runId: id,
  };
  if (!coverage && scenario.city.spatial) {
    outcome.coveragePending = scenario.targets.filter((t) => metricById(t.metric)?.concerns === 'coverage').map((t) => t.id);
  }
  return transfer<RunOutcome>(outcome, buffers);
}

export const runApi = {
  /** Check a scenario without running it. */
  validate(input: unknown): ValidationError[] {
    const checked = checkAndKeep(input);
    return checked.ok ? [] : checked.errors;
  },

  /**
   * Validate and run a scenario. onProgress (years done, years in all) must be wrapped in comlink's
   * proxy() on the page side to cross the worker boundary. cityRevision numbers the scenario's city
   * (src/ui/cityRevision.ts): a run with the same number as the last reuses the city as prepared then.
   */
  run(input: unknown, onProgress?: (done: number, total: number) => void, cityRevision?: number): RunOutcome {
    const started = performance.now();
    const checked = checkOnce(input);
    if (checked.ok) keepCity(cityRevision, checked.scenario);
    return runChecked(checked, started, onProgress, cityRevision);
  },

  /**
   * run() for the scenario validate() just passed, named by the digest of it (src/io/valueDigest.ts)
   * the page made: a scenario opened after its import is not sent again. null when this worker's last
   * check was of another scenario, or there was a run since: send the scenario.
   */
  runJustChecked(digest: string, onProgress: ((done: number, total: number) => void) | undefined, cityRevision: number | undefined): RunOutcome | null {
    const started = performance.now();
    const scenario = keptByDigest(digest);
    if (!scenario) return null;
    keepCity(cityRevision, scenario);
    return runChecked({ ok: true, scenario }, started, onProgress, cityRevision);
  },

  /**
   * run() for a scenario sent without its city, which is that of the last run with this city
   * revision: a lever edit on a large city neither copies the city to the worker nor checks it again.
   * null when this worker does not hold that city (it was restarted): send the scenario whole. The
   * view comes without the community table's ids and names, which the page has from that run.
   */
  runKeptCity(input: Record<string, unknown>, onProgress: ((done: number, total: number) => void) | undefined, cityRevision: number): RunOutcome | null {
    const started = performance.now();
    const checked = checkWithKeptCity(input, cityRevision);
    return checked && runChecked(checked, started, onProgress, cityRevision, true, false);
  },

  /**
   * Run a built-in scenario from the text of its file, without checking it and without its
   * life-circle coverage: every built-in passes validateScenario unchanged (src/ui/library/builtIns.test.ts),
   * so on a first visit the demo's verdicts wait neither for the validator nor for coverage, which
   * the run that follows works out (RunSuccess.coveragePending).
   */
  runBuiltIn(text: string): RunOutcome {
    const started = performance.now();
    return runChecked({ ok: true, scenario: JSON.parse(text) as Scenario }, started, undefined, undefined, false);
  },

  /** The formula, inputs and rule behind a figure of the last run (paths: src/engine/explain/index.ts). */
  async explain(path: string): Promise<ExplainOutcome> {
    try {
      const { explain } = await readersOfRun();
      // Read after the code has loaded: a run made meanwhile has replaced the last one (and reused its arrays).
      const last = lastRun();
      if (!last) return { ok: false, message: 'no run yet' };
      return { ok: true, explanation: explain(last.projection, path) };
    } catch (error) {
      return failure(error);
    }
  },

  /** The last run's population cells, coverage by year and type, and community shares, for the map. */
  async coverageLayers(): Promise<LayersOutcome> {
    try {
      const { coverageLayers, layerBuffers } = await readersOfRun();
      const last = lastRun();
      if (!last) return { ok: false, message: 'no run yet' };
      // Built on each call and handed over, not kept: the page asks once per run (src/ui/map/mapState.svelte.ts),
      // and for a province the layers are 3.3 million cells, 107 MB, that a kept copy would double.
      const layers = coverageLayers(last.prepared, last.projection, last.id);
      return transfer<LayersOutcome>({ ok: true, layers }, layers ? layerBuffers(layers) : []);
    } catch (error) {
      return failure(error);
    }
  },

  /**
   * Where to open `count` more facilities of a type (or full sets of the five, for all5) so that the
   * most residents of the horizon's last year newly fall within the walk, on the last run's cells.
   */
  async suggestSites(type: CoverageKey, count: number): Promise<SuggestOutcome> {
    try {
      const { siteSuggestions } = await readersOfRun();
      const last = lastRun();
      if (!last) return { ok: false, message: 'no run yet' };
      if (!(COVERAGE_KEYS as readonly string[]).includes(type)) return { ok: false, message: `unknown facility type "${type}"; try ${COVERAGE_KEYS.join(', ')}` };
      const prep = last.prepared;
      return { ok: true, suggestions: prep && siteSuggestions(prep, last.projection, type, count) };
    } catch (error) {
      return failure(error);
    }
  },
};
