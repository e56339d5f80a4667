/**
 * Two explanations of the demo as an official opens them: a community's households carry its own
 * growth rate, and the city's spending reads in 万元 with separators, by cost line, and to the yuan.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { explain } from '../engine/explain/index';
import { runScenario } from '../engine/run';
import type { Scenario } from '../engine/scenario';
import { renderExplanation } from './explain';

const demo = JSON.parse(readFileSync(fileURLToPath(new URL('../../scenarios/demo-15th-fyp.json', import.meta.url)), 'utf8')) as Scenario;
const p = runScenario(demo).projection;

describe("阳洲社区's households in 2030", () => {
  // Base 2,619 households in 2025 growing 0.29% a year: 2,619 × 1.0029^5 = 2,619 × 1.014585… = 2,657.2 → 2,657.
  const r = renderExplanation(explain(p, 'entity/D01-S01-C001/2030/households'), 'zh-CN');

  it('writes the growth rate into the formula, not 0', () => {
    expect(r.formula).toBe('round(2,619 × (1 + 0.29%)^5) = 2,657');
    expect(r.inputs.map((i) => i.value)).toEqual(['2,619 户', '0.29%', '5']);
  });
});

describe("the city's spending in 2026", () => {
  const x = explain(p, 'funding/city/2026');
  const r = renderExplanation(x, 'zh-CN');

  it('reads in 万元 with separators, names its cost lines and gives the yuan', () => {
    expect(r.value).toMatch(/^\d{1,3}(,\d{3})+ 万元$/);
    expect(r.exact).toMatch(/^\d{1,3}(,\d{3})+ 元$/);
    // every part is a cost line the city pays, and the formula names each one that is not zero
    const named = r.parts.filter((part) => part.value !== 0).map((part) => part.label);
    expect(named.length).toBeGreaterThan(0);
    for (const label of named) expect(r.formula).toContain(label);
    expect(r.formula).toMatch(/= \d{1,3}(,\d{3})+$/);
    expect(r.formula).not.toMatch(/\d{5}/);
  });

  it('its parts add up to the figure, to the yuan', () => {
    expect(x.parts!.reduce((s, part) => s + part.value, 0)).toBeCloseTo(x.value, 6);
    expect(r.exact).toBe(`${new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }).format(x.value)} 元`);
  });
});
