/**
 * A lever edit checks the scenario around a city that already passed (validateWithCheckedCity): it
 * must accept and refuse exactly what validateScenario does, for every worked case that leaves the
 * city's own fields alone.
 */
import { describe, expect, it } from 'vitest';
import { smallScenario } from '../fixtures/smallScenario';
import { checkedCity as indexed, validateScenario, validateWithCheckedCity, type CheckedCity } from './validateScenario';
import { CROSS_FIELD_CASES, SHAPE_CASES, type Loose } from './validateScenarioCases';

function checkedCity(): CheckedCity {
  const result = validateScenario(smallScenario());
  if (!result.ok) throw new Error('the fixture should pass');
  return indexed(result.scenario.city);
}

const withoutCity = (s: Loose): Loose => {
  const { city: _city, ...rest } = s;
  return rest;
};

describe('validateWithCheckedCity', () => {
  it('gives the scenario validateScenario gives, around the very city object it was handed', () => {
    const checked = checkedCity();
    const result = validateWithCheckedCity(withoutCity(smallScenario()), checked);
    expect(result).toEqual(validateScenario(smallScenario()));
    expect(result.ok && result.scenario.city).toBe(checked.city);
  });

  // Cases that break the city itself are checked when the city is first sent; the rest must match.
  const AROUND_CITY = [...SHAPE_CASES, ...CROSS_FIELD_CASES].filter((c) => !c.path.startsWith('city'));

  it('has worked cases to compare', () => expect(AROUND_CITY.length).toBeGreaterThan(20));

  it.each(AROUND_CITY)('$name → the same errors as validateScenario', (c) => {
    const broken = smallScenario() as Loose;
    c.break(broken);
    if (broken.city !== smallScenario().city && JSON.stringify(broken.city) !== JSON.stringify(smallScenario().city)) return;
    const whole = validateScenario(broken);
    expect(whole.ok).toBe(false);
    expect(validateWithCheckedCity(withoutCity(broken), checkedCity())).toEqual(whole);
  });

  it('checks a scenario of an older format whole, migrating it first', () => {
    const old = { ...withoutCity(smallScenario()), schemaVersion: 2 };
    const result = validateWithCheckedCity(old, checkedCity());
    expect(result).toEqual(validateScenario({ ...old, city: checkedCity().city }));
  });
});
