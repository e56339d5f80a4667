/**
 * Goal seek: the least value of one lever that meets one target by its year — for certain (one run per
 * value) or with at least probability p over the scenario's uncertainty (the same draws for every value:
 * common random numbers, so the probability moves only because the lever did). Bisection on the
 * lever's grid (levers/: its range and step), after sampling the range to check the outcome rises with the lever; a fall is
 * reported with where it happens, and so is a range in which no value is enough.
 */
import { leastMeeting, type Grid, type Probe, type SearchResult } from './leastMeeting';
import { leverInfo, leverRange, setLever, stepOf, type Lever } from './levers';
import { metricById } from './metrics';
import { releaseProjection } from './release';
import { runScenario } from './run';
import type { Scenario, Target } from './scenario';
import type { DrawChunk } from './uncertainty/drawChunk';
import { runDraws } from './uncertainty/runDraws';

export interface GoalSeekOptions {
  /** the lever values to search; leverRange() by default */
  range?: [number, number];
  /** the answer's resolution; leverStep() by default */
  step?: number;
  /** seek this probability of meeting the target over the scenario's uncertainty instead of certainty */
  probability?: number;
  /** draws per value when seeking a probability; the scenario's uncertainty.draws by default */
  draws?: number;
  /** points sampled before bisecting, to check the outcome rises with the lever; 9 by default */
  samples?: number;
  /** after each evaluation: (evaluations so far, the most the search will need) */
  onProgress?: (done: number, total: number) => void;
}

export interface GoalSeekResult {
  targetId: string;
  /** least value found that meets the target; null when no value in range is enough */
  value: number | null;
  met: boolean;
  /** with options.probability: the share of draws meeting the target at value (at the range's top when none is enough) */
  probability?: number;
  /** the target's metric at value (certainty), or the probability (uncertainty); at the top of the range when none is enough */
  outcome: number | null;
  evaluations: number;
  /** false when the outcome fell somewhere as the lever rose over the sampled points */
  monotone: boolean;
  reversals: { from: number; to: number }[];
  /** the sampled points, for a sketch of outcome against lever */
  samples: { value: number; outcome: number | null; met: boolean }[];
  range: [number, number];
  step: number;
}

function targetOf(scenario: Scenario, targetId: string): Target {
  const t = scenario.targets.find((x) => x.id === targetId);
  if (!t) throw new RangeError(`targetId: unknown target "${targetId}"; known: ${scenario.targets.map((x) => x.id).join(', ')}`);
  return t;
}

/** Larger is better: the metric's value turned round when lower is better. */
function orient(target: Target, value: number | null): number {
  if (value === null) return -Infinity;
  return metricById(target.metric)?.better === 'lower' ? -value : value;
}

/** The probe of one deterministic run. */
export function probeRun(scenario: Scenario, targetId: string): Probe {
  const target = targetOf(scenario, targetId);
  const { projection, verdicts } = runScenario(scenario);
  // A search runs many probes in a row: each hands its storage to the next.
  releaseProjection(projection);
  const v = verdicts.find((x) => x.targetId === targetId)!;
  return { score: orient(target, v.value), met: v.met };
}

/** The probe of a set of draws: the share meeting the target, against p. */
export function probeDraws(chunk: DrawChunk, targetId: string, p: number): Probe {
  const t = chunk.targetIds.indexOf(targetId);
  const n = chunk.to - chunk.from;
  let met = 0;
  for (let k = 0; k < n; k++) met += chunk.met[k * chunk.targetIds.length + t];
  const share = n === 0 ? 0 : met / n;
  return { score: share, met: share >= p - 1e-12 };
}

function drawsOf(scenario: Scenario, options: GoalSeekOptions): number {
  const n = options.draws ?? scenario.uncertainty?.draws;
  if (!n) throw new RangeError('draws: the scenario has no uncertainty block; pass the number of draws');
  return n;
}

/** The answer's resolution: the lever's step (levers/lever.ts). */
export function leverStep(lever: Lever): number {
  const info = leverInfo(lever.path);
  return info ? stepOf(info.unit) : 1;
}

function noRange(lever: Lever): never {
  throw new RangeError(`${lever.path}: the lever has no range of its own (a rule parameter its document gives none); pass options.range`);
}

interface SearchPlan {
  grid: Grid;
  search: Generator<number, SearchResult, Probe>;
  total: number;
}

function searchPlan(scenario: Scenario, targetId: string, lever: Lever, options: GoalSeekOptions): SearchPlan {
  targetOf(scenario, targetId);
  const [lo, hi] = options.range ?? leverRange(scenario, lever, options.probability !== undefined) ?? noRange(lever);
  const step = options.step ?? leverStep(lever);
  if (!(hi >= lo) || !(step > 0)) throw new RangeError(`range [${lo}, ${hi}] and step ${step}: need lo ≤ hi and step > 0`);
  const grid = { lo, hi, step };
  const samples = options.samples ?? 9;
  const K = Math.max(1, Math.ceil((hi - lo) / step));
  const total = Math.min(K + 1, samples + Math.ceil(Math.log2(Math.max(1, K / Math.max(1, samples - 1)))));
  return { grid, search: leastMeeting(grid, samples), total };
}

/** Synchronous: in a worker, in tests and in the CLI. */
export function goalSeek(scenario: Scenario, targetId: string, lever: Lever, options: GoalSeekOptions = {}): GoalSeekResult {
  const { search, total } = searchPlan(scenario, targetId, lever, options);
  const p = options.probability;
  const draws = p === undefined ? 0 : drawsOf(scenario, options);
  const evaluate = (value: number): Probe => {
    const candidate = setLever(scenario, lever, value);
    return p === undefined ? probeRun(candidate, targetId) : probeDraws(runDraws(candidate, 0, draws), targetId, p);
  };
  let done = 0;
  let step = search.next();
  while (!step.done) {
    const probe = evaluate(step.value);
    options.onProgress?.(++done, total);
    step = search.next(probe);
  }
  return resultOf(scenario, targetId, lever, options, step.value);
}

/**
 * Asynchronous, for a pool of workers: runDrawsAsync runs a candidate's draws [0, draws) however it
 * likes (the UI's drawPool) and resolves with them merged in order. Only for probability seeks; a
 * deterministic seek is quick enough for goalSeek in one worker.
 */
export async function goalSeekAsync(
  scenario: Scenario,
  targetId: string,
  lever: Lever,
  options: GoalSeekOptions & { probability: number },
  runDrawsAsync: (candidate: Scenario, draws: number) => Promise<DrawChunk>,
): Promise<GoalSeekResult> {
  const { search, total } = searchPlan(scenario, targetId, lever, options);
  const draws = drawsOf(scenario, options);
  let done = 0;
  let step = search.next();
  while (!step.done) {
    const chunk = await runDrawsAsync(setLever(scenario, lever, step.value), draws);
    const probe = probeDraws(chunk, targetId, options.probability);
    options.onProgress?.(++done, total);
    step = search.next(probe);
  }
  return resultOf(scenario, targetId, lever, options, step.value);
}

const fromScore = (target: Target, score: number, probability: boolean): number | null =>
  score === -Infinity ? null : probability ? score : metricById(target.metric)?.better === 'lower' ? -score : score;

function resultOf(scenario: Scenario, targetId: string, lever: Lever, options: GoalSeekOptions, s: SearchResult): GoalSeekResult {
  const target = targetOf(scenario, targetId);
  const byP = options.probability !== undefined;
  const [lo, hi] = [s.samples[0].value, s.samples[s.samples.length - 1].value];
  const at = s.value === null ? s.samples[s.samples.length - 1] : s.probes.find((x) => x.value === s.value)!;
  const outcome = fromScore(target, at.score, byP);
  return {
    targetId,
    value: s.value,
    met: s.value !== null,
    ...(byP && { probability: at.score }),
    outcome,
    evaluations: s.probes.length,
    monotone: s.reversals.length === 0,
    reversals: s.reversals,
    samples: s.samples.map((x) => ({ value: x.value, outcome: fromScore(target, x.score, byP), met: x.met })),
    range: [lo, hi],
    step: options.step ?? leverStep(lever),
  };
}
