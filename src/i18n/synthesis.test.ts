import { describe, expect, it } from 'vitest';
import type { Group, LeadTimeValue, LimitValue, Target } from '../engine';
import { conflictSentence, gapSentence, leadTimeSentence, limitValueSentence } from './synthesis';

// The conflict engine/synthesis/synthesize.test.ts finds: half the communities at the space rule by
// 2027 costs the district 1,150,000 yuan in 2026, above a ceiling of 1,000,000 (100 万元) a year.
const targets: Target[] = [{ id: 'half', metric: 'spaceShareMet', threshold: 0.5, year: 2027, label: { zh: '2027年50%社区用房达标', en: 'Half the communities at the space rule by 2027' } }];
const conflict: Group[] = [{ kind: 'target', targetId: 'half' }, { kind: 'budgetCeiling', payer: 'district', yuan: 1_000_000 }];

describe('conflict sentences', () => {
  it('names the target and the limit in Chinese', () => {
    expect(conflictSentence(conflict, targets, 'zh-CN')).toBe('2027年50%社区用房达标 与 区（县）级财政每年不超过 100 万元 不能同时满足');
  });
  it('and in English', () => {
    expect(conflictSentence(conflict, targets, 'en')).toBe('Half the communities at the space rule by 2027 and district finance at most 100万 (10,000 yuan) a year cannot both be met');
  });
  it('names a target without a label by its metric, year and threshold in the unit of its metric', () => {
    const unlabelled: Target[] = [{ id: 't', metric: 'spaceShareMet', threshold: 0.9, year: 2027 }];
    expect(conflictSentence([{ kind: 'target', targetId: 't' }, { kind: 'hiringCapacity', capacity: 30 }], unlabelled, 'zh-CN')).toBe('2027年办公服务用房达标社区比例90% 与 每年招聘不超过 30 人 不能同时满足');
  });
});

// The values engine/synthesis/limitValues.test.ts works out by hand.
describe('what a limit and a year of lead time are worth, in words', () => {
  it('says a kept capacity costs, rather than "saves" a negative amount', () => {
    const v: LimitValue = { limit: { kind: 'hiringCapacity' }, value: -10, range: [2, 4] };
    expect(limitValueSentence(v, 'zh-CN')).toBe('招聘能力每年多 1 人：目标值增加 10 万元（招聘能力在 2–4 人之间成立）');
    expect(limitValueSentence(v, 'en')).toBe('One more recruit a year of capacity: objective higher by 10万 (10,000 yuan) (holds for a capacity of 2 to 4)');
  });
  it('values a budget with room to spare at nothing, up to no limit', () => {
    const v: LimitValue = { limit: { kind: 'budget', payer: 'district', year: 2026 }, value: 0, range: [51, Infinity] };
    expect(limitValueSentence(v, 'zh-CN')).toBe('2026年区（县）级财政预算每增加 1 万元：目标值减少 0 万元（预算在 51 万元–不限 之间成立）');
  });
  it('puts a year of lead time in words: saved, costing more, or no plan', () => {
    const shorter: LeadTimeValue = { years: 0, from: 1, saved: 46 };
    const longer: LeadTimeValue = { years: 2, from: 1, saved: -64 };
    const none: LeadTimeValue = { years: 2, from: 1, saved: null };
    expect(leadTimeSentence(shorter, 'zh-CN')).toBe('建设周期缩短一年（1 → 0 年）可节省 46 万元');
    expect(leadTimeSentence(longer, 'zh-CN')).toBe('建设周期延长一年（1 → 2 年）将多花 64 万元');
    expect(leadTimeSentence(none, 'zh-CN')).toBe('建设周期延长一年（1 → 2 年）则无方案满足目标');
    expect(leadTimeSentence(shorter, 'en')).toBe('Building lead time one year shorter (1 → 0 years) would save 46万 (10,000 yuan)');
    expect(leadTimeSentence(none, 'en')).toBe('Building lead time one year longer (1 → 2 years): no plan would meet the targets');
  });
});

// 500,000 yuan above the bound on an objective of 1,000,000,000 yuan: 50 万元, 0.05%.
describe('how close the plan is proved to the best, in words', () => {
  it('gives the gap in 万元 and as a share of the objective', () => {
    expect(gapSentence(500_000, 1_000_000_000, 'zh-CN')).toBe('与下界相差 50 万元（目标值的 0.05%）：任何方案都不低于下界，此方案至多比最优方案多这么多。');
    expect(gapSentence(500_000, 1_000_000_000, 'en')).toBe('At most 50万 (10,000 yuan) above the lower bound, 0.05% of the objective: no plan can do better than the bound, so none is better than this one by more.');
  });
  it('calls a plan the bound reaches optimal', () => {
    expect(gapSentence(0, 1_000_000_000, 'zh-CN')).toBe('已证明为最优：没有目标值更低的方案。');
    expect(gapSentence(0, 1_000_000_000, 'en')).toBe('Proved optimal: no plan has a lower objective.');
  });
});
