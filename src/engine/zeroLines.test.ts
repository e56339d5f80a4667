/**
 * Series and cost lines a run leaves at zero share one array (runState.ts). Steps may write zeros to
 * it, −0 among them; none may show in another line or series.
 */
import { describe, expect, it } from 'vitest';
import { smallScenario } from '../fixtures/smallScenario';
import { costLineIndex } from './runState';
import { runScenario } from './run';

describe('lines a run leaves at zero', () => {
  it('read +0 everywhere, though pay at a city share of −0 is −0 yuan of the city', () => {
    // The city pays −0 × 100,000 = −0 of each worker: its pay line stays zero, so it shares the zero array.
    const s = smallScenario();
    s.plan.pay = { perWorker: 100_000, growth: 0, cityShare: -0 };
    const p = runScenario(s).projection;
    const payCity = p.costs[costLineIndex('staffPay', 'city')];
    expect(payCity).toBe(p.series.registeredHouseholds);
    const negativeZeros = [p.series.registeredHouseholds, p.series.coordinators, ...p.costs].filter((a) => a === payCity).flatMap((a) => Array.from(a).filter((x) => Object.is(x, -0)));
    expect(negativeZeros).toEqual([]);
  });
});
