import { describe, expect, it } from 'vitest';
import type { CompareTitle } from '../engine/compare';
import { compareTitle } from './compareTitles';
import { expectBoth } from './bothLanguages';

/** Titles as src/engine/compare.test.ts finds them for a city share of pay raised from 0.5 to 0.6 and 0.7. */
const span: [number, number] = [2026, 2030];
const base: CompareTitle = { name: '基准方案', met: 1, of: 1, span };
// 0.6: 200,000 yuan more a year for the city, × 5 years = 1,000,000 = 100万.
const reform: CompareTitle = { name: '改革方案', met: 1, of: 1, more: 0, span, spending: { payer: 'city', delta: 1_000_000 } };
// 0.7: 400,000 × 5 = 2,000,000 = 200万 more, and one target fewer.
const bold: CompareTitle = { name: '激进方案', met: 0, of: 1, more: -1, span, spending: { payer: 'city', delta: 2_000_000 } };

describe('compare titles', () => {
  it.each([
    { title: base, zh: '基准方案达成 1 个目标中的 1 个', en: '"基准方案" meets 1 of 1 targets' },
    {
      title: reform,
      zh: '改革方案达成 1 个目标中的 1 个，与基准相同；2026–2030 年市级财政多支出 100 万元',
      en: '"改革方案" meets 1 of 1 targets, as many as the baseline; it costs the city 1 million yuan (100万) more over 2026–2030',
    },
    {
      title: bold,
      zh: '激进方案达成 1 个目标中的 0 个，比基准少 1 个；2026–2030 年市级财政多支出 200 万元',
      en: '"激进方案" meets 0 of 1 targets, 1 fewer than the baseline; it costs the city 2 million yuan (200万) more over 2026–2030',
    },
    {
      title: { ...reform, spending: { payer: 'district', delta: -50_000 } } as CompareTitle,
      zh: '改革方案达成 1 个目标中的 1 个，与基准相同；2026–2030 年区（县）级财政少支出 5 万元',
      en: '"改革方案" meets 1 of 1 targets, as many as the baseline; it saves the district 50,000 yuan (5万) over 2026–2030',
    },
    {
      title: { ...reform, more: 1, span: [2026, 2026], spending: null } as CompareTitle,
      zh: '改革方案达成 1 个目标中的 1 个，比基准多 1 个；2026 年各级财政支出与基准相当',
      en: '"改革方案" meets 1 of 1 targets, 1 more than the baseline; it spends about the same as the baseline over 2026',
    },
  ])('$zh', ({ title, zh, en }) => {
    expectBoth((locale) => compareTitle(title, locale), { zh, en });
  });
});
