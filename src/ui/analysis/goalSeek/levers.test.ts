import { describe, expect, it } from 'vitest';
import { community, tinyCity } from '../../../fixtures/tinyCity';
import type { Facility, Scenario } from '../../../engine/scenario';
import { currentValue, engineLever, leverChoices, leverId, parseLeverId, rangeFrom, shownValue, storedValue, type LeverChoice } from './levers';
import { formatLeverValue, leverName, leverShortName, leverUnitLabel, reversalsText } from './leverText';
import { defaultSeekDraws, seekRequest, type SeekForm } from './seekForm';

const facility = (id: string, openingYear: number): Facility => ({ id, name: id, type: 'service', location: { x: 0, y: 0 }, openingYear });

const scenario: Scenario = tinyCity([community({ id: 'A' })], {
  plan: {
    hiring: { capacityPerYear: 575, attritionRate: 0, certifiedShare: 0, bachelorShare: 0 },
    pay: { perWorker: 100_000, growth: 0, cityShare: 0.5 },
    budgets: { district: { '2026': 1e7, '2027': 1e7, '2028': 1e7, '2029': 1e7, '2030': 1e7 }, city: { '2026': 5e6 } } },
});

describe('lever choices', () => {
  it('offers hiring, every payer’s budget, the city share and the GOV2020 parameter with a documented range', () => {
    // GOV2020-3a gives 300–400 households per worker; nothing else in GOV2020 has a range.
    expect(leverChoices(scenario).map(leverId)).toEqual(['hiringCapacity', 'budget.city', 'budget.district', 'budget.street', 'cityShare', 'rule.staffing.householdsPerWorker']);
  });

  it('offers the planned facilities only when the plan has some', () => {
    const withFacilities = { ...scenario, plan: { ...scenario.plan, facilities: [facility('F1', 2027), facility('F2', 2028)] } };
    expect(leverChoices(withFacilities).map(leverId)).toContain('plannedFacilities');
  });

  it.each(['hiringCapacity', 'cityShare', 'plannedFacilities', 'budget.street', 'rule.staffing.householdsPerWorker'])('reads back its id %s', (id) => {
    expect(leverId(parseLeverId(id)!)).toBe(id);
  });

  it('refuses ids it does not know', () => {
    expect(parseLeverId('budget.province')).toBeNull();
    expect(parseLeverId('rule.no.such.key')).toBeNull();
    expect(parseLeverId('')).toBeNull();
  });

  it('searches planned facilities as the first N of the plan’s own, on the scenario without them', () => {
    const planned = [facility('F1', 2027), facility('F2', 2028)];
    const s = { ...scenario, plan: { ...scenario.plan, facilities: planned } };
    const before = structuredClone(s);
    const { scenario: base, lever } = engineLever(s, { kind: 'plannedFacilities' });
    expect(base.plan.facilities).toEqual([]);
    expect(lever).toEqual({ path: 'plan.facilities', candidates: planned });
    expect(s).toEqual(before);
    expect(engineLever(s, { kind: 'budget', payer: 'city' })).toEqual({ scenario: s, lever: { path: 'plan.budgets.city' } });
  });

  it('knows the lever’s value now, when the scenario has one', () => {
    expect(currentValue(scenario, { kind: 'hiringCapacity' })).toBe(575);
    expect(currentValue(scenario, { kind: 'cityShare' })).toBe(0.5);
    // the same every year
    expect(currentValue(scenario, { kind: 'budget', payer: 'district' })).toBe(1e7);
    // only 2026 set: no single value
    expect(currentValue(scenario, { kind: 'budget', payer: 'city' })).toBeNull();
    // no override: the rule set's value, GOV2020-3a's 350 households per worker (the middle of 300–400)
    expect(currentValue(scenario, { kind: 'rule', key: 'staffing.householdsPerWorker' })).toBe(350);
  });
});

describe('lever values as typed and shown', () => {
  const budget: LeverChoice = { kind: 'budget', payer: 'district' };
  const share: LeverChoice = { kind: 'cityShare' };

  it('reads 万元 for budgets and % for shares, without float dust', () => {
    expect(storedValue(budget, '1,234.5')).toBe(12_345_000);
    expect(storedValue(share, '33.3')).toBe(0.333);
    expect(storedValue(budget, '')).toBeNull();
    expect(storedValue(budget, 'abc')).toBeNull();
    expect(shownValue(share, 0.575)).toBe(57.5);
  });

  it.each([
    { name: 'both empty: the default', lo: '', hi: '', expected: { ok: true } },
    { name: 'both given', lo: '100', hi: '500', expected: { ok: true, range: [1_000_000, 5_000_000] } },
    { name: 'one end from the default', lo: '', hi: '500', expected: { ok: true, range: [0, 5_000_000] } },
    { name: 'reversed', lo: '600', hi: '500', expected: { ok: false, problem: 'reversed' } },
    { name: 'not a number', lo: 'x', hi: '', expected: { ok: false, problem: 'unreadable' } },
  ])('turns the range boxes into a range: $name', ({ lo, hi, expected }) => {
    expect(rangeFrom(budget, lo, hi, [0, 9_000_000])).toEqual(expected);
  });

  it('needs both ends while the default is unknown', () => {
    expect(rangeFrom(budget, '', '500', null)).toEqual({ ok: false, problem: 'needBoth' });
  });

  it('writes each lever’s value in its unit', () => {
    expect(formatLeverValue({ kind: 'hiringCapacity' }, 593, 'zh-CN')).toBe('593 人/年');
    expect(formatLeverValue(budget, 4_800_000, 'zh-CN')).toBe('480 万元/年');
    expect(formatLeverValue(budget, 4_800_000, 'en')).toBe('480万 yuan a year');
    expect(formatLeverValue(share, 0.4, 'zh-CN')).toBe('40%');
    expect(formatLeverValue({ kind: 'plannedFacilities' }, 1, 'en')).toBe('1 facility');
    expect(formatLeverValue({ kind: 'rule', key: 'staffing.householdsPerWorker' }, 320, 'zh-CN')).toBe('320 户');
    expect(leverUnitLabel({ kind: 'rule', key: 'staffing.householdsPerWorker' }, 'zh-CN')).toBe('户');
  });

  it('names levers from the message table or the rule set, shortened for a copy’s title', () => {
    expect(leverName(budget, scenario, 'zh-CN')).toBe('区（县）级财政年度预算（规划期各年相同）');
    expect(leverShortName(budget, scenario, 'zh-CN')).toBe('区（县）级财政年度预算');
    expect(leverName({ kind: 'rule', key: 'staffing.householdsPerWorker' }, scenario, 'zh-CN')).toBe('每名专职社区工作者对应户数');
  });

  it('says where the outcome fell, in the lever’s unit', () => {
    expect(reversalsText(share, [{ from: 0.5, to: 0.625 }], 'zh-CN')).toBe('50% 至 62.5%');
  });
});

describe('goal seek request', () => {
  const form: SeekForm = { lo: '', hi: '', mode: 'certain', probability: '80', draws: '' };
  const choice: LeverChoice = { kind: 'hiringCapacity' };
  const uncertain: Scenario = { ...scenario, uncertainty: { draws: 1000, inputs: [] } };

  it('asks for certainty with the default range when nothing is typed', () => {
    expect(seekRequest(form, choice, [0, 1528], uncertain)).toEqual({ ok: true, request: {} });
  });

  it('asks for a probability as a share, with the default draws per value (at most 200)', () => {
    expect(defaultSeekDraws(uncertain)).toBe(200);
    expect(seekRequest({ ...form, mode: 'probable', hi: '2000' }, choice, [0, 1528], uncertain)).toEqual({ ok: true, request: { range: [0, 2000], probability: 0.8, draws: 200 } });
    expect(seekRequest({ ...form, mode: 'probable', draws: '50' }, choice, null, { ...scenario, uncertainty: { draws: 40, inputs: [] } })).toEqual({
      ok: true,
      request: { probability: 0.8, draws: 50 },
    });
  });

  it('seeks for certain when the scenario has no uncertainty, whatever the form says', () => {
    expect(seekRequest({ ...form, mode: 'probable' }, choice, null, scenario)).toEqual({ ok: true, request: {} });
  });

  it.each([
    { probability: '0', draws: '', problem: 'probability' },
    { probability: '120', draws: '', problem: 'probability' },
    { probability: '', draws: '', problem: 'probability' },
    { probability: '90', draws: '2.5', problem: 'draws' },
    { probability: '90', draws: '20000', problem: 'draws' },
  ])('refuses probability $probability with draws "$draws"', ({ probability, draws, problem }) => {
    expect(seekRequest({ ...form, mode: 'probable', probability, draws }, choice, null, uncertain)).toEqual({ ok: false, problem });
  });
});
