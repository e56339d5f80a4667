import { describe, expect, it } from 'vitest';
import { demoScenario } from '../../fixtures/demo/demoScenario';
import { careNetworkOf } from '../careNetwork';
import { prepareCoverage } from '../coverage/prepare';
import { flatten } from '../flatten';
import { horizonYears } from '../project';
import { chargeFacilities } from '../steps/facilityCharges';
import { perturbPlan } from './applyDraw';
import { possibleDelays } from './coverageSeed';
import { chargesOf, delayBookings } from './delayBookings';

describe('delayBookings', () => {
  it("gives each delay the charges and care network a draw with that delay books itself, value by value", () => {
    const demo = demoScenario();
    const flat = flatten(demo.city);
    const prep = prepareCoverage(demo);
    const delays = possibleDelays(demo);
    // structured as a draw worker receives them
    const b = structuredClone(delayBookings(demo, flat, prep, delays));
    const neutral = { householdGrowth: 0, wageGrowth: 0, budget: { city: 1, district: 1, street: 1 }, hiringSuccess: 1 };
    expect(delays.length).toBeGreaterThan(1);
    delays.forEach((delay, k) => {
      const drawn = { ...demo, plan: perturbPlan(demo.plan, { ...neutral, buildingDelay: delay }) };
      const charges = chargeFacilities(drawn, flat, prep);
      expect(charges.length).toBeGreaterThan(0);
      const packed = chargesOf(b, k);
      expect(packed.length).toBe(charges.length);
      charges.forEach((c, i) => {
        expect(Object.keys(packed[i])).toEqual(Object.keys(c));
        for (const key of Object.keys(c) as (keyof typeof c)[]) expect(Object.is(packed[i][key], c[key])).toBe(true);
      });
      const network = careNetworkOf(drawn, flat, horizonYears(demo));
      expect(b.careNetworks[k].stationFrom.every((v, e) => Object.is(v, network.stationFrom[e]))).toBe(true);
      expect(b.careNetworks[k].points).toEqual(network.points);
    });
    // a delay moves the planned openings: the last delay's differ from no delay's
    expect(b.charges.openingYear.at(-1)!.some((y, i) => y !== b.charges.openingYear[0][i])).toBe(true);
  });
});
