/**
 * Where a projection spends its time: the same sequence as project() and runScenario(), with a clock
 * around each stage, summed over the years. It mirrors src/engine/project.ts step for step (hiring's
 * budget bound included) and checks its totals against a real run, so a drift shows up as a mismatch.
 */
import { coverage } from '../../src/engine/coverage/coverage';
import { prepareCoverage } from '../../src/engine/coverage/prepare';
import { openPools } from '../../src/engine/budgetPools';
import { flatten, indicesOf } from '../../src/engine/flatten';
import { horizonYears, project, ruleSetOf } from '../../src/engine/project';
import { resolveParams } from '../../src/engine/resolveParams';
import { createRun, type Run } from '../../src/engine/runState';
import { PAYERS, payerAt, type Payer, type Scenario } from '../../src/engine/scenario';
import { stepBuilding } from '../../src/engine/steps/building';
import { stepFacilityCosts } from '../../src/engine/steps/facilityCosts';
import { stepMigrants } from '../../src/engine/steps/migrants';
import { addHireCosts, stepRecurringCosts } from '../../src/engine/steps/recurringCosts';
import { openYear } from '../../src/engine/steps/openYear';
import { HiringMoney } from '../../src/engine/steps/hiringMoney';
import { stepHiring } from '../../src/engine/steps/staffing';
import { unitCosts, type UnitCosts } from '../../src/engine/steps/unitCosts';
import { evaluateTargets } from '../../src/engine/targets';
import type { Values } from '../../src/engine/projection';

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

function hireBounded(run: Run, y: number, u: UnitCosts, money: HiringMoney, t: ReturnType<typeof clock>): Record<Payer, number> {
  const { places } = t('stepHiring', () => stepHiring(run, y, money.affordable));
  const cost = t('addHireCosts', () => addHireCosts(run, y, u, places));
  for (const p of PAYERS) run.remaining[payerAt(p)] -= cost[p];
  return cost;
}

/** One timed projection; returns stage wall and CPU times in ms and whether staff in post and floor space match a real run. */
export function timeStages(scenario: Scenario): { times: StageTimes; agrees: boolean } {
  const times: StageTimes = new Map();
  const t = clock(times);
  const years = horizonYears(scenario);
  const params = t('resolveParams', () => resolveParams(ruleSetOf(scenario), scenario.ruleSet.overrides, years));
  const flat = t('flatten', () => flatten(scenario.city));
  const prep = t('prepareCoverage', () => prepareCoverage(scenario));
  const run = t('createRun (allocate arrays)', () => createRun(scenario, flat, params, years, prep));
  const index = t('indicesOf (projects\' targets)', () => indicesOf(flat, scenario.plan.building.projects.map((p) => p.target)));
  const { priority, mode } = scenario.plan.shortfall;
  const order = [...priority, ...(['hiring', 'building'] as const).filter((d) => !priority.includes(d))];
  const money = new HiringMoney(run);
  for (let y = 0; y < years.length; y++) {
    t('stepMigrants', () => stepMigrants(run, y));
    t('openYear (population, requirements, completions, leavers)', () => openYear(run, y));
    const u = unitCosts(run, y);
    const spent = t('stepRecurringCosts', () => stepRecurringCosts(run, y, u));
    const facilities = t('stepFacilityCosts', () => stepFacilityCosts(run, y));
    for (const p of PAYERS) spent[p] += facilities[p];
    t('openPools', () => openPools(run, y, spent));
    for (const item of order) {
      const add =
        item === 'hiring'
          ? hireBounded(run, y, u, money.year(u, mode === 'defer'), t)
          : t('stepBuilding', () => stepBuilding(run, y, mode === 'defer', index));
      for (const p of PAYERS) spent[p] += add[p];
    }
  }
  t('coverage', () => prep && coverage(prep, run.years, { values: run.series.residents, stride: flat.nEntities }));
  const projection = project(scenario);
  t('evaluateTargets', () => evaluateTargets(projection, scenario.targets));
  const sum = (a: Values) => {
    let total = 0;
    for (const v of a) total += v;
    return total;
  };
  return { times, agrees: sum(run.series.inPost) === sum(projection.series.inPost) && sum(run.series.space) === sum(projection.series.space) };
}
