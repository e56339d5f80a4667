/** Ids are unique across the city's districts, streets and communities; a repeat names where the id was first used. */
import { describe, expect, it } from 'vitest';
import { smallScenario } from '../fixtures/smallScenario';
import { validateScenario } from './validateScenario';

describe('duplicate ids in the city', () => {
  it('a community reusing an earlier community id is reported at its own id, naming the first one by path', () => {
    const s = smallScenario();
    const first = s.city.districts[0].streets[0].communities[0];
    const last = s.city.districts.at(-1)!.streets.at(-1)!;
    const ci = last.communities.length - 1;
    last.communities[ci].id = first.id;
    const di = s.city.districts.length - 1;
    const si = s.city.districts[di].streets.length - 1;
    const result = validateScenario(s);
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors.filter((e) => e.en.startsWith('duplicate id'));
    expect(errors).toHaveLength(1);
    expect(errors[0].path).toBe(`city.districts[${di}].streets[${si}].communities[${ci}].id`);
    expect(errors[0].en).toContain(`already used by city.districts[0].streets[0].communities[0];`);
    expect(errors[0].zh).toContain('已用于 city.districts[0].streets[0].communities[0]；');
  });
});
