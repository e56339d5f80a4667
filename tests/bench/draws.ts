/**
 * The Monte Carlo benchmark: 1,000 draws of the demo over a 1,000-community city with its geometry,
 * planned facilities and life-circle coverage, on 1 and on 2 worker threads; checks that both give the
 * same draws bit for bit. Part of `npm run bench`; `npx tsx tests/bench/draws.ts` runs it alone.
 */
import { fileURLToPath } from 'node:url';
import { cpus, loadavg } from 'node:os';
import { demoScenario } from '../../src/fixtures/demo/demoScenario';
import { generateCity } from '../../src/fixtures/demo/generateCity';
import { planFacilities } from '../../src/fixtures/demo/planFacilities';
import { drawKit, flatten, hashOf, prepareCoverage, runDraws, summariseDraws, type Budgets, type DrawChunk, type Scenario } from '../../src/engine/index';
import { fmtMs, fmtX, mark, median, table } from './measure';
import { ThreadPool, type ThreadShare } from './threadPool';

/** A timed run of a pool: wall and process CPU time, the merged draws and each thread's share. */
interface Run {
  ms: number;
  cpuMs: number;
  chunk: DrawChunk;
  shares: ThreadShare[];
}

const DRAWS = 1000;
const ROUNDS = 3;
/** draws per thread before timing */
const WARM_UP = 500;
const GOAL = { twoWorkersMs: 10_000, speedUp: 1.8 };

/**
 * The demo's plan, targets and uncertainty over a districts × streets × communities city with geometry:
 * budgets and hiring capacity grow with the number of communities (over the demo's 800), and the
 * openings are planned for this city's own geometry.
 */
function demoOver(districts: number, streetsPerDistrict: number, communitiesPerStreet: number): Scenario {
  const demo = demoScenario();
  const k = (districts * streetsPerDistrict * communitiesPerStreet) / 800;
  const scale = (b: Budgets): Budgets =>
    Object.fromEntries(Object.entries(b).map(([p, byYear]) => [p, Object.fromEntries(Object.entries(byYear!).map(([y, v]) => [y, v === 'unlimited' ? v : Math.round(v * k)]))]));
  const s: Scenario = {
    ...demo,
    city: generateCity({ seed: 2026, districts, streetsPerDistrict, communitiesPerStreet, baseYear: 2025, name: '示范市', geometry: true }),
    plan: {
      ...demo.plan,
      hiring: { ...demo.plan.hiring, capacityPerYear: Math.round(demo.plan.hiring.capacityPerYear * k) },
      budgets: scale(demo.plan.budgets),
      facilities: [],
    },
  };
  // The demo's own openings: one or two a year, 2027–2029.
  s.plan.facilities = planFacilities(s, [2027, 2027, 2028, 2028, 2029], 'city');
  return s;
}

/** The demo over a 10 × 10 × 10 city: 1,000 communities. */
export const thousandDemo = (): Scenario => demoOver(10, 10, 10);

/** A province: 30 × 50 × 20 = 30,000 communities (Guangdong has about 26,000 community-level units). */
export const provinceDemo = (): Scenario => demoOver(30, 50, 20);

const pct = (cpuMs: number, wallMs: number) => `${((100 * cpuMs) / wallMs).toFixed(0)}%`;

/** Wall time, and CPU time of the whole process (getrusage counts every thread), so work is visible even when other programs share the cores. */
async function timed<T>(f: () => Promise<T>): Promise<{ ms: number; cpuMs: number; result: T }> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const result = await f();
  const c = process.cpuUsage(c0);
  return { ms: performance.now() - t0, cpuMs: (c.user + c.system) / 1000, result };
}

const range = (ms: number[]) => `${fmtMs(Math.min(...ms))}–${fmtMs(Math.max(...ms))}`;
/** each thread's own CPU time (median over the rounds), NaN where the system does not say */
const threadCpu = (rs: Run[]) => rs[0].shares.map((_, k) => median(rs.map((r) => r.shares[k].cpuMs ?? NaN)));

/** The table's rows for a set of alternated rounds. */
function rows(runs: Record<1 | 2, Run[]>, label: string): string[][] {
  return ([1, 2] as const).map((n) => {
    const ms = runs[n].map((r) => r.ms);
    const cpu = threadCpu(runs[n]);
    const waited = median(runs[n].map((r) => r.shares.reduce((a, s) => a + (s.waitMs ?? NaN), 0)));
    return [
      `${DRAWS} draws, ${n} worker thread${n > 1 ? 's' : ''}${label}`,
      fmtMs(Math.min(...ms)),
      fmtMs(median(ms)),
      range(ms),
      fmtMs(Math.min(...ms) / DRAWS),
      cpu.some(Number.isNaN) ? 'n/a' : cpu.map(fmtMs).join(' + '),
      Number.isNaN(waited) ? 'n/a' : fmtMs(waited),
    ];
  });
}

/**
 * The speed-up of a set of rounds on medians, how the two threads shared the draws, and what CPU
 * time says. Wall times swing with whatever else runs on the machine (the "waiting" column), and the
 * kernel shares the cores between sessions, not threads (autogroup): with other work running, a
 * process gets about the same CPU with two threads as with one. A thread's own CPU time swings much
 * less: the one thread's over the busier of the two is the speed-up the draws would show with a core
 * free for each worker.
 */
function ratios(label: string, runs: Record<1 | 2, Run[]>): string {
  const [ms1, ms2] = [runs[1].map((r) => r.ms), runs[2].map((r) => r.ms)];
  const shares = runs[2].map((r) => r.shares.map((s) => `${s.draws} in ${s.ranges}`).join(' / ')).join('; ');
  // The same work in two threads should cost the same CPU time as in one. A 1-thread run also has
  // the other core for the engine's background work (compiler and collector threads), which a
  // 2-thread run must share.
  const processCpu = (rs: Run[]) => median(rs.map((r) => r.cpuMs));
  const [p1, p2] = [processCpu(runs[1]), processCpu(runs[2])];
  const [cpu1, cpu2] = [threadCpu(runs[1]), threadCpu(runs[2])];
  const threads = cpu1.some(Number.isNaN) ? '' : `; on the worker threads' own CPU time ${fmtX(cpu1[0] / Math.max(...cpu2))}, the two doing ×${((cpu2[0] + cpu2[1]) / cpu1[0]).toFixed(2)} the work of one`;
  return (
    `${label}speed-up on medians ${fmtX(median(ms1) / median(ms2))}, best over best ${fmtX(Math.min(...ms1) / Math.min(...ms2))}${threads}; ` +
    `process CPU (median) 1 thread ${fmtMs(p1)} (${pct(p1, median(ms1))} of a core), 2 threads ${fmtMs(p2)} (×${(p2 / p1).toFixed(2)}, ${pct(p2, median(ms2))} of a core); ` +
    `2 threads' draws (in ranges) by round: ${shares}`
  );
}

export async function benchDraws(log: (line: string) => void): Promise<void> {
  const scenario = thousandDemo();
  const cells = scenario.city.spatial ? 'with coverage' : 'without coverage';
  const load = loadavg().map((x) => x.toFixed(2)).join(' ');
  log(
    `\nMonte Carlo: ${DRAWS.toLocaleString('en-US')} draws, demo over 1,000 communities ${cells}, ${scenario.uncertainty!.inputs.length} uncertain inputs; ` +
      `${cpus().length} cores, load ${load}`,
  );

  // In this thread first: the draws' own cost, no messages, for reference.
  const t0 = performance.now();
  runDraws(scenario, 0, 20);
  const perDraw = (performance.now() - t0) / 20;

  const one = new ThreadPool(1);
  const two = new ThreadPool(2);
  const startUp = await timed(() => Promise.all([one.run(scenario, 4), two.run(scenario, 4)]));
  // Warm-up, one pool at a time: the JIT keeps optimising for the first few hundred draws of a thread
  // (measured in one thread: draws a quarter faster from about the 500th on than over the first 250),
  // and while it does, its compiler threads take CPU that a second worker would need. The app's
  // workers likewise stay up between runs.
  await one.run(scenario, WARM_UP);
  await two.run(scenario, 2 * WARM_UP);
  // Rounds alternate between the pools, so load from elsewhere on the machine falls on both alike.
  const alternated = async (): Promise<Record<1 | 2, Run[]>> => {
    const runs: Record<1 | 2, Run[]> = { 1: [], 2: [] };
    for (let round = 0; round < ROUNDS; round++) {
      for (const [n, pool] of [[1, one], [2, two]] as const) {
        const { ms, cpuMs, result } = await timed(() => pool.run(scenario, DRAWS));
        runs[n].push({ ms, cpuMs, ...result });
      }
    }
    return runs;
  };
  const runs = await alternated();
  // By now each thread has drawn about 2,000 draws or more (the one thread 3,500, each of two 2,000), past
  // the JIT's last re-optimisations (measured: a thread's functions are still being re-optimised,
  // about 150 a run, until its 1,500th–2,000th draw). The rounds above gave the one thread more of its
  // settled draws than each of the two, a handicap for the two-thread runs the app pays in a
  // session's first runs; these rounds compare both settled.
  const settled = await alternated();
  await Promise.all([one.close(), two.close()]);

  const [r1, r2] = [runs[1][ROUNDS - 1].chunk, settled[2][ROUNDS - 1].chunk];
  const same = new Set([runs, settled].flatMap((rs) => [...rs[1], ...rs[2]]).map((r) => hashOf(r.chunk))).size === 1;
  const summary = summariseDraws([r2]);
  // Best of the rounds: what the code does when the machine lets it; the median shows the spread.
  const best = (rs: Run[]) => Math.min(...rs.map((r) => r.ms));
  const speedUp = best(runs[1]) / best(runs[2]);
  log(
    table([
      ['case', 'best', 'median', 'range', 'per draw (best)', 'each thread CPU (median)', 'waiting for a core'],
      ['1 draw in this thread (mean of 20, cold)', fmtMs(perDraw), '', '', fmtMs(perDraw), '', ''],
      ['threads start and load the engine (1 + 2 threads, 4 draws each)', fmtMs(startUp.ms), '', '', '', '', ''],
      ...rows(runs, ''),
      ...rows(settled, ', JIT settled'),
    ]),
  );
  log(`${ROUNDS} rounds each, alternating, twice: after ${WARM_UP} draws a thread, then with every thread past 2,000 (JIT settled)`);
  for (const [label, rs] of [['', runs], ['JIT settled: ', settled]] as const) log(ratios(label, rs));
  const best2 = best(runs[2]);
  log('\nMonte Carlo goals');
  log(
    table([
      ['measure', 'value', 'goal', ''],
      [`${DRAWS} draws on 2 workers`, fmtMs(best2), `< ${GOAL.twoWorkersMs / 1000} s`, mark(best2 < GOAL.twoWorkersMs)],
      ['speed-up, 2 workers over 1', fmtX(speedUp), `≥ ${GOAL.speedUp}×`, mark(speedUp >= GOAL.speedUp)],
    ]),
  );
  log(`1 and 2 workers give the same draws bit for bit, in every round (hash ${hashOf(r1)}): ${mark(same)}`);
  log(`summary hash ${hashOf(summary)}; P(met): ${summary.targets.map((t) => `${t.targetId} ${t.probability.toFixed(3)}`).join(', ')}`);
}

/**
 * A province's uncertainty: 1,000 draws of the demo over 30,000 communities with coverage, on 2 worker
 * threads that have not seen the scenario (their preparation counted). As in the app, the cells are
 * placed once, where the scenario was run (here the main thread, untimed: the app's engine worker holds
 * them from the run), and the draw kit made there (timed: the coverage rasters, with the flat city)
 * goes to both threads, which neither flatten the city nor place cells. Prints the time; the issue's goal (< 15 s) is for the browser, measured by bench:ui.
 */
export async function benchProvinceDraws(log: (line: string) => void): Promise<void> {
  const t0 = performance.now();
  const scenario = provinceDemo();
  const built = performance.now() - t0;
  const load = loadavg().map((x) => x.toFixed(2)).join(' ');
  log(
    `\nMonte Carlo, province: ${DRAWS.toLocaleString('en-US')} draws, demo over 30,000 communities with coverage ` +
      `(scenario built in ${fmtMs(built)}), 2 worker threads; ${cpus().length} cores, load ${load}`,
  );
  const pool = new ThreadPool(2);
  // Threads started and the engine loaded on a small scenario, so the timed run counts preparing this one.
  await pool.run(thousandDemo(), 4);
  const flat = flatten(scenario.city);
  const prep = prepareCoverage(scenario)!;
  const run = await timed(() => pool.run(scenario, DRAWS, drawKit(scenario, flat, prep)));
  await pool.close();
  log(
    table([
      ['case', 'time', 'per draw', 'CPU of the process'],
      [`${DRAWS} draws, 2 threads, rasters and preparation included`, fmtMs(run.ms), fmtMs(run.ms / DRAWS), `${fmtMs(run.cpuMs)} (${pct(run.cpuMs, run.ms)} of a core)`],
    ]),
  );
  log(`summary hash ${hashOf(summariseDraws([run.result.chunk]))}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  benchDraws((line) => process.stdout.write(line + '\n')).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
