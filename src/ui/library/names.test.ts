import { describe, expect, it } from 'vitest';
import { copyName, uniqueName } from './names';

describe('copyName', () => {
  const cases = [
    { name: 'first copy, zh', input: ['方案甲', ['方案甲']], locale: 'zh-CN', expected: '方案甲（副本）' },
    { name: 'first copy, en', input: ['Plan A', ['Plan A']], locale: 'en', expected: 'Plan A (copy)' },
    { name: 'second copy counts up', input: ['方案甲', ['方案甲', '方案甲（副本）']], locale: 'zh-CN', expected: '方案甲（副本 2）' },
    { name: 'a copy of a copy does not stack suffixes', input: ['方案甲（副本）', ['方案甲', '方案甲（副本）']], locale: 'zh-CN', expected: '方案甲（副本 2）' },
    { name: 'a copy of copy 2 finds the next free one', input: ['方案甲（副本 2）', ['方案甲（副本）', '方案甲（副本 2）']], locale: 'zh-CN', expected: '方案甲（副本 3）' },
    { name: 'an English copy copied in Chinese', input: ['Plan A (copy)', ['Plan A (copy)']], locale: 'zh-CN', expected: 'Plan A（副本）' },
    { name: 'a name that is only a suffix keeps it as its base', input: ['（副本）', ['（副本）']], locale: 'zh-CN', expected: '（副本）（副本）' },
  ] as const;
  for (const c of cases) {
    it(c.name, () => expect(copyName(c.input[0], c.input[1], c.locale)).toBe(c.expected));
  }
});

describe('uniqueName', () => {
  const cases = [
    { name: 'a free name is kept', input: ['方案甲', ['方案乙']], locale: 'zh-CN', expected: '方案甲' },
    { name: 'a taken name gets (2)', input: ['方案甲', ['方案甲']], locale: 'zh-CN', expected: '方案甲（2）' },
    { name: 'and (3) when (2) is taken', input: ['方案甲', ['方案甲', '方案甲（2）']], locale: 'zh-CN', expected: '方案甲（3）' },
    { name: 'a numbered name counts on instead of stacking', input: ['方案甲（2）', ['方案甲', '方案甲（2）']], locale: 'zh-CN', expected: '方案甲（3）' },
    { name: 'English', input: ['Plan A', ['Plan A']], locale: 'en', expected: 'Plan A (2)' },
  ] as const;
  for (const c of cases) {
    it(c.name, () => expect(uniqueName(c.input[0], c.input[1], c.locale)).toBe(c.expected));
  }

  it('does not change the list it is given', () => {
    const taken = ['方案甲'];
    uniqueName('方案甲', taken, 'zh-CN');
    expect(taken).toEqual(['方案甲']);
  });
});
