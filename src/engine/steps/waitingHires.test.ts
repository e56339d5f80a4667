import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { Arena } from '../arena';
import { demoScenario } from '../../fixtures/demo/demoScenario';
import { flatten } from '../flatten';
import { horizonYears, ruleSetOf } from '../project';
import { resolveParams } from '../resolveParams';
import { createRun } from '../runState';
import type { Payer } from '../scenario';
import type { HiringMoney } from './hiringMoney';
import { bookWaitingHires } from './waitingHires';

setFlagsFromString('--allow-natives-syntax');
const prepare = new Function('f', '%PrepareFunctionForOptimization(f);') as (f: unknown) => void;
const optimiseNext = new Function('f', '%OptimizeFunctionOnNextCall(f);') as (f: unknown) => void;
const isOptimised = new Function('f', 'return (%GetOptimizationStatus(f) & 16) !== 0;') as (f: unknown) => boolean;

const demo = demoScenario();
const years = horizonYears(demo);
const flat = flatten(demo.city);
const run = createRun(demo, flat, resolveParams(ruleSetOf(demo), demo.ruleSet.overrides, years), years, null, undefined, new Arena());
run.hiring[0] = { demand: 10, capacity: 10, affordable: 4, hired: 4, limitedBy: 'budget', shortBy: 0 };
// Communities 0 and 1 each claim 3 workers and, this fresh run's hires being 0, all 3 wait.
const claims = new Float64Array(flat.nCommunities);
claims[0] = claims[1] = 3;
const places = Int32Array.of(0, 1);
// Every community's hire costs the short payer 2 yuan: 3 waiting × 2 = 6 yuan a community.
const rates = new Float64Array(2 * flat.nDistricts).fill(2);
const shortOf = (payer: Payer) => ({ short: { payer, perHire: 5 }, ratesOf: () => rates }) as unknown as HiringMoney;

describe('the hires the budget made wait', () => {
  it('are booked to the short payer, by name in the log and in its deferred spending', () => {
    run.remaining.fill(0);
    run.remaining[1] = 12;
    for (const a of [...run.deferred, ...run.deferredHires]) a.fill(0);
    bookWaitingHires(run, 0, shortOf('district'), 10, claims, places);
    // 10 wanted × 5 yuan, less the 12 the district has left.
    expect(run.hiring[0]).toMatchObject({ payer: 'district', shortBy: 38 });
    const [d0, d1] = [flat.entities.district[0], flat.entities.district[1]];
    const expected = new Float64Array(flat.nDistricts);
    expected[d0] += 6;
    expected[d1] += 6;
    expect([...run.deferred[1]]).toEqual([...expected]);
    expect([...run.deferredHires[1]]).toEqual([...expected]);
    expect(run.deferred[0].every((v) => v === 0) && run.deferred[2].every((v) => v === 0)).toBe(true);
  });

  it('keep their optimised code when a draw is short of another payer than the draws before', () => {
    // A Monte Carlo worker's first draws were all short of the district; a later one of the city.
    prepare(bookWaitingHires);
    bookWaitingHires(run, 0, shortOf('district'), 10, claims, places);
    bookWaitingHires(run, 0, shortOf('district'), 10, claims, places);
    optimiseNext(bookWaitingHires);
    bookWaitingHires(run, 0, shortOf('district'), 10, claims, places);
    expect(isOptimised(bookWaitingHires)).toBe(true);
    bookWaitingHires(run, 0, shortOf('city'), 10, claims, places);
    bookWaitingHires(run, 0, shortOf('street'), 10, claims, places);
    expect(isOptimised(bookWaitingHires)).toBe(true);
    expect(run.hiring[0].payer).toBe('street');
  });
});
