/**
 * Where a projection spends its time: the same sequence as project() and runScenario(), with a clock
 * around each stage, summed over the years. It mirrors src/engine/project.ts step for step (each
 * payer's earmarks, the pools recounted after each item, waiting hires, the model reward, the
 * projection and the end of the run included) and checks every value against a real run, so a drift
 * shows up as a mismatch.
 */
import { prepareCoverage } from '../../src/engine/coverage/prepare';
import { leftFor, openPools, shortfallOf, type Pools } from '../../src/engine/budgetPools';
import { endRun } from '../../src/engine/endRun';
import { flatten, indicesOf } from '../../src/engine/flatten';
import { coverage } from '../../src/engine/coverage/coverage';
import { horizonYears, project, ruleSetOf, toProjection } from '../../src/engine/project';
import { inForceIn, resolveParams } from '../../src/engine/resolveParams';
import { createRun, type Run } from '../../src/engine/runState';
import { PAYERS, payerAt, type DeferrableItem, type Payer, type Scenario } from '../../src/engine/scenario';
import { stepBuilding } from '../../src/engine/steps/building';
import { stepFacilityCosts } from '../../src/engine/steps/facilityCosts';
import { stepMigrants } from '../../src/engine/steps/migrants';
import { stepModelReward } from '../../src/engine/steps/modelReward';
import { addHireCosts, stepRecurringCosts } from '../../src/engine/steps/recurringCosts';
import { openYear } from '../../src/engine/steps/openYear';
import { HiringMoney } from '../../src/engine/steps/hiringMoney';
import { stepHiring } from '../../src/engine/steps/staffing';
import { unitCosts, type UnitCosts } from '../../src/engine/steps/unitCosts';
import { bookWaitingHires } from '../../src/engine/steps/waitingHires';
import { evaluateTargets } from '../../src/engine/targets';
import { projectionDifferences } from '../../src/fixtures/projectionDifferences';

/** Wall and CPU milliseconds per stage. CPU is the process's (user + system, every thread, so a collection's helper threads count too): on a shared machine a stage's wall time swings with other work while its CPU stays put. */
export type StageTimes = Map<string, { ms: number; cpu: number }>;

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

function clock(times: StageTimes) {
  return <T>(stage: string, fn: () => T): T => {
    const c0 = cpuMs();
    const t0 = performance.now();
    const x = fn();
    const ms = performance.now() - t0;
    const cpu = cpuMs() - c0;
    const sum = times.get(stage);
    times.set(stage, { ms: (sum?.ms ?? 0) + ms, cpu: (sum?.cpu ?? 0) + cpu });
    return x;
  };
}

type Clock = ReturnType<typeof clock>;

function hire(run: Run, y: number, u: UnitCosts, money: HiringMoney, pools: Pools, t: Clock): Record<Payer, number> {
  for (const p of PAYERS) run.remaining[payerAt(p)] = leftFor(run, pools, p, 'staffPay');
  const { wanted, claims, places } = t('stepHiring', () => stepHiring(run, y, money.affordable));
  t('bookWaitingHires', () => bookWaitingHires(run, y, money, wanted, claims, places));
  const cost = t('addHireCosts', () => addHireCosts(run, y, u, places));
  for (const p of PAYERS) run.remaining[payerAt(p)] -= cost[p];
  return cost;
}

function build(run: Run, y: number, defer: boolean, index: (id: string) => number | undefined, pools: Pools, t: Clock): Record<Payer, number> {
  for (const p of PAYERS) run.remaining[payerAt(p)] = leftFor(run, pools, p, 'building');
  return t('stepBuilding', () => stepBuilding(run, y, defer, index));
}

function stepYear(run: Run, y: number, order: readonly DeferrableItem[], defer: boolean, index: (id: string) => number | undefined, money: HiringMoney, t: Clock): void {
  t('stepMigrants', () => stepMigrants(run, y));
  t('openYear (population, requirements, completions, leavers)', () => openYear(run, y));
  const u = t('unitCosts', () => unitCosts(run, y));
  const spent = t('stepRecurringCosts', () => stepRecurringCosts(run, y, u));
  const facilities = t('stepFacilityCosts', () => stepFacilityCosts(run, y));
  for (const p of PAYERS) spent[p] += facilities[p];
  for (const a of run.deferred) a.fill(0);
  for (const a of run.deferredHires) a.fill(0);
  let pools = t('openPools', () => openPools(run, y, spent));
  for (const item of order) {
    const add = item === 'hiring' ? hire(run, y, u, money.year(u, defer), pools, t) : build(run, y, defer, index, pools, t);
    for (const p of PAYERS) spent[p] += add[p];
    pools = t('openPools', () => openPools(run, y, spent));
  }
  const rewards = t('stepModelReward', () => stepModelReward(run, y));
  if (rewards > 0) {
    spent.city += rewards;
    pools = t('openPools', () => openPools(run, y, spent));
  }
  for (const p of PAYERS) {
    const deferredIn = Array.from(run.deferred[payerAt(p)]);
    const deferred = deferredIn.reduce((a, b) => a + b, 0);
    const deferredHiresIn = Array.from(run.deferredHires[payerAt(p)]);
    run.payers[p].push({ budget: pools.budget[p], spent: spent[p], shortfall: shortfallOf(run, y, pools, p, spent[p]), deferred, deferredIn, deferredHiresIn });
  }
}

/** One timed projection; returns stage wall and CPU times in ms and whether every value matches a real run. */
export function timeStages(scenario: Scenario): { times: StageTimes; agrees: boolean } {
  const times: StageTimes = new Map();
  const t = clock(times);
  const years = horizonYears(scenario);
  const ruleSet = ruleSetOf(scenario);
  const params = t('resolveParams', () => resolveParams(ruleSet, scenario.ruleSet.overrides, years));
  const flat = t('flatten', () => flatten(scenario.city));
  const prep = t('prepareCoverage', () => prepareCoverage(scenario));
  const run = t('createRun (allocate arrays)', () => createRun(scenario, flat, params, years, prep));
  run.inForceAtBase = t('inForceIn', () => inForceIn(ruleSet, scenario.horizon.baseYear));
  const index = t("indicesOf (projects' targets)", () => indicesOf(flat, Array.from(scenario.plan.building.projects, (p) => p.target)));
  const { priority, mode } = scenario.plan.shortfall;
  const order = [...priority, ...(['hiring', 'building'] as const).filter((d) => !priority.includes(d))];
  const money = new HiringMoney(run);
  for (let y = 0; y < years.length; y++) stepYear(run, y, order, mode === 'defer', index, money, t);
  const projection = t('toProjection (coverage, care network)', () => toProjection(run, prep, coverage));
  t('endRun (figures packed or left to their first read)', () => endRun(run, projection));
  t('evaluateTargets', () => evaluateTargets(projection, scenario.targets));
  return { times, agrees: projectionDifferences(projection, project(scenario)).length === 0 };
}
