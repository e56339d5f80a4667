import { describe, expect, it } from 'vitest';
import type { Group, Target } from '../engine';
import { conflictSentence } from './synthesis';

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
