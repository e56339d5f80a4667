import { describe, expect, it } from 'vitest';
import type { CoverageFigures, CoverageKey } from '../../engine/coverage/types';
import type { RunView } from '../../engine/runView';
import { COVERAGE_KEYS } from '../../registry';
import { coverageTable } from './reportCoverage';
import { cssString, printFooterCss } from './reportData';

/** Two districts over 2026–2027; district i's share for type number k in year y is (k + 1) / 10 + i / 100 + y / 1000. */
function view(): RunView {
  const byDistrict = Object.fromEntries(COVERAGE_KEYS.map((key, k) => [key, [0, 1].map((i) => [0, 1].map((y) => (k + 1) / 10 + i / 100 + y / 1000))]));
  return { summary: { years: [2026, 2027] }, districts: [{ id: 'D1', name: '甲区' }, { id: 'D2', name: '乙区' }], coverage: { byDistrict } } as unknown as RunView;
}

const figures = (residents: number, covered: number) => ({ residents: [0, residents], coveredResidents: [0, covered] }) as unknown as CoverageFigures;

describe('the report’s life-circle table', () => {
  it('gives each district its share per type for the year, its residents out of reach of all five, and the city last', () => {
    const layers = [0, 1].map((i) => Object.fromEntries(COVERAGE_KEYS.map((k) => [k, figures(1000 * (i + 1), 900 * (i + 1) - 50)]))) as Record<CoverageKey, CoverageFigures>[];
    const city = [{ key: 'all5' as const, share: 0.6, communityShare: 0.5, uncovered: 1234 }];
    const rows = coverageTable(view(), layers, city, 2027);
    expect(rows.map((r) => r.name)).toEqual(['甲区', '乙区', '']);
    // all5 is the eighth key (k = 7): district 乙区 (i = 1) in 2027 (y = 1): 0.8 + 0.01 + 0.001 = 0.811.
    expect(rows[1].shares.all5).toBeCloseTo(0.811, 12);
    // market is the first key (k = 0): 甲区 in 2027: 0.1 + 0 + 0.001.
    expect(rows[0].shares.market).toBeCloseTo(0.101, 12);
    // 乙区 has 2,000 residents in 2027, 1,750 within reach of all five: 250 out of reach.
    expect(rows[1].uncovered).toBe(250);
    expect(rows[2]).toMatchObject({ id: '', uncovered: 1234, shares: { all5: 0.6, market: null } });
  });

  it('leaves residents out of reach blank until the map’s layers arrive', () => {
    expect(coverageTable(view(), null, [], 2026).map((r) => r.uncovered)).toEqual([null, null, null]);
  });
});

describe('the printed pages’ foot', () => {
  it('writes the scenario and date, and the page counters, as @page margin boxes', () => {
    const css = printFooterCss('示范市 · 2026年12月6日', ['第 ', ' 页 / 共 ', ' 页']);
    expect(css).toContain('@bottom-left { content: "示范市 · 2026年12月6日";');
    expect(css).toContain('@bottom-right { content: "第 " counter(page) " 页 / 共 " counter(pages) " 页";');
  });

  it('keeps a name with quotes or a backslash a single CSS string', () => {
    expect(cssString('A "B" \\ C')).toBe('"A \\"B\\" \\\\ C"');
    expect(cssString('a\nb')).toBe('"a\\A b"');
  });
});
