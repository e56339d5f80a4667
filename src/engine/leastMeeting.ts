/**
 * The search behind goal seek, apart from what is evaluated: on a grid lo, lo + step, …, hi, the least
 * value whose probe meets the target. A generator: it yields the lever values it wants evaluated and is
 * sent back each probe, so a synchronous driver (tests, CLI, one worker) and an asynchronous one (a
 * pool of workers) share one algorithm.
 *
 * First `samples` evenly spaced points are probed, to check that the outcome does not fall as the
 * lever rises (bisection is only sound when it does not) and to find the first sampled point that
 * meets the target; then bisection between it and the sampled point before. Each grid point is probed
 * at most once.
 */

export interface Probe {
  /** the outcome, larger is better (a value oriented by its metric, or a probability); -Infinity for none */
  score: number;
  met: boolean;
}

export interface SearchResult {
  /** least grid value found to meet; null when no sampled value does */
  value: number | null;
  probes: { value: number; score: number; met: boolean }[];
  /** the sampled points, in lever order */
  samples: { value: number; score: number; met: boolean }[];
  /** consecutive sampled values between which the outcome fell as the lever rose */
  reversals: { from: number; to: number }[];
}

export interface Grid {
  lo: number;
  hi: number;
  step: number;
}

/** How many grid points past lo: hi is the last, even when the range is not a whole number of steps. */
export function gridSize({ lo, hi, step }: Grid): number {
  return Math.max(0, Math.ceil((hi - lo) / step - 1e-9));
}

export function gridValue(g: Grid, k: number): number {
  // Rounded to the step's decimals, so 0.1 + 0.2 reads 0.3 and the answer is a value a person would type.
  const decimals = Math.max(0, -Math.floor(Math.log10(g.step)) + 3);
  return Math.min(g.hi, Number((g.lo + k * g.step).toFixed(decimals)));
}

/** Nearly equal scores are a tie, not a fall: sums of many terms drift in their last bits. */
function falls(a: number, b: number): boolean {
  if (a === -Infinity) return false;
  return b < a - 1e-9 * Math.max(1, Math.abs(a));
}

export function* leastMeeting(g: Grid, samples = 9): Generator<number, SearchResult, Probe> {
  const K = gridSize(g);
  const seen = new Map<number, Probe>();
  const probes: SearchResult['probes'] = [];
  function* probe(k: number): Generator<number, Probe, Probe> {
    let p = seen.get(k);
    if (!p) {
      p = yield gridValue(g, k);
      seen.set(k, p);
      probes.push({ value: gridValue(g, k), ...p });
    }
    return p;
  }
  const ks = [...new Set(Array.from({ length: Math.max(2, samples) }, (_, j) => Math.round((j * K) / Math.max(1, samples - 1))))];
  const sampled: SearchResult['samples'] = [];
  for (const k of ks) sampled.push({ value: gridValue(g, k), ...(yield* probe(k)) });
  const reversals: SearchResult['reversals'] = [];
  for (let j = 1; j < sampled.length; j++) {
    if (falls(sampled[j - 1].score, sampled[j].score)) reversals.push({ from: sampled[j - 1].value, to: sampled[j].value });
  }
  const first = sampled.findIndex((s) => s.met);
  if (first < 0) return { value: null, probes, samples: sampled, reversals };
  if (first === 0) return { value: sampled[0].value, probes, samples: sampled, reversals };
  let bad = ks[first - 1];
  let good = ks[first];
  while (good - bad > 1) {
    const mid = Math.floor((bad + good) / 2);
    if ((yield* probe(mid)).met) good = mid;
    else bad = mid;
  }
  return { value: gridValue(g, good), probes, samples: sampled, reversals };
}
