import { describe, expect, it } from 'vitest';
import { smallScenario } from '../fixtures/smallScenario';
import { flatten } from './flatten';
import { runScenario } from './run';
import type { City } from './scenario';

const communities = (city: City) => city.districts.flatMap((d) => d.streets.flatMap((s) => s.communities));
const every = (a: Float64Array, test: (x: number) => boolean) => a.every(test);

describe('inputs a city leaves out share one array', () => {
  it('shares the arrays of cities of one size that leave them out, holding +0 and NaN', () => {
    const withoutMembers = () => {
      const { city } = smallScenario();
      for (const c of communities(city)) delete c.staff.committeeMembers;
      return city;
    };
    const [a, b] = [flatten(withoutMembers()), flatten(withoutMembers())];
    for (const key of ['migrants', 'registrations', 'volunteers', 'publicBenefitShare'] as const) expect(a.base[key]).toBe(b.base[key]);
    expect(a.entities.committee).toBe(b.entities.committee);
    expect(a.base.migrants).toBe(a.base.registrations);
    expect(every(a.base.migrants, (x) => Object.is(x, 0))).toBe(true);
    expect(every(a.base.publicBenefitShare, Number.isNaN)).toBe(true);
  });

  it('gives a city its own array from the first value it gives, −0 included, and leaves the shared one as it was', () => {
    const shared = flatten(smallScenario().city);
    const scenario = smallScenario();
    const [c1, , c3] = communities(scenario.city);
    c3.migrants = 120;
    c1.volunteers = -0;
    c1.staff.committeeMembers = 5;
    c3.publicBenefitShare = 0.4;
    const own = flatten(scenario.city);
    expect(own.base.migrants).not.toBe(shared.base.migrants);
    // Communities come first, in the city's order: c1 is entity 0, c3 entity 2.
    expect(Array.from(own.base.migrants)).toEqual([0, 0, 120, ...Array(own.nEntities - 3).fill(0)]);
    expect(Object.is(own.base.volunteers[0], -0)).toBe(true);
    expect(own.entities.committee[0]).toBe(5);
    expect(Array.from(own.base.publicBenefitShare.subarray(0, 3))).toEqual([NaN, NaN, 0.4]);
    // Registrations were left out: still the shared array.
    expect(own.base.registrations).toBe(shared.base.registrations);
    expect(every(shared.base.migrants, (x) => Object.is(x, 0)) && every(shared.base.publicBenefitShare, Number.isNaN)).toBe(true);
  });

  it('is not written by a run or its targets', () => {
    const scenario = smallScenario();
    const { projection } = runScenario(scenario);
    const shared = flatten(smallScenario().city);
    expect(projection.base.migrants).toBe(shared.base.migrants);
    expect(every(shared.base.migrants, (x) => Object.is(x, 0)) && every(shared.base.publicBenefitShare, Number.isNaN)).toBe(true);
  });
});
