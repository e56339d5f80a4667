import { describe, expect, it } from 'vitest';
import { RULE_SETS } from '../../engine/policyLibrary';
import { formatEdited, ruleSetName, verdictLabel } from './rowLabels';

describe('ruleSetName', () => {
  it('names a built-in rule set in the reader’s language', () => {
    expect(ruleSetName('GOV2020', 'zh-CN')).toBe(RULE_SETS.GOV2020.name.zh);
    expect(ruleSetName('GOV2020', 'en')).toBe(RULE_SETS.GOV2020.name.en);
  });

  it('knows no name for an id the app does not ship', () => {
    expect(ruleSetName('XX1999', 'zh-CN')).toBeNull();
  });

  it('names a rule set the scenario carries by its own name', () => {
    expect(ruleSetName('XC2027', 'en', { zh: '溪城 2027', en: 'Xicheng 2027' })).toBe('Xicheng 2027');
  });
});

describe('verdictLabel', () => {
  const cases = [
    { name: '3 of 7 met', input: { met: 3, total: 7 }, zh: '达标 3 / 7', en: '3 / 7 met', share: 3 / 7 },
    { name: 'all met', input: { met: 2, total: 2 }, zh: '达标 2 / 2', en: '2 / 2 met', share: 1 },
    { name: 'never run', input: undefined, zh: '尚未测算', en: 'Not run yet', share: null },
    { name: 'no targets', input: { met: 0, total: 0 }, zh: '未设目标', en: 'No targets', share: null },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(verdictLabel(c.input, 'zh-CN')).toEqual({ text: c.zh, share: c.share });
      expect(verdictLabel(c.input, 'en').text).toBe(c.en);
    });
  }
});

describe('formatEdited', () => {
  it('gives the date and the time to the minute', () => {
    const time = new Date(2026, 2, 5, 14, 7).getTime();
    expect(formatEdited(time, 'zh-CN')).toBe('2026/03/05 14:07');
    expect(formatEdited(time, 'en')).toMatch(/03\/05\/2026,? 14:07/);
  });
});
