import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../engine/scenario';
import { smallScenario } from '../fixtures/smallScenario';
import { fieldBound } from './fieldBounds';
import { scenarioJsonSchema } from './scenarioSchema';
import { validateScenario } from './validateScenario';

type Edit = (s: Scenario) => void;
const community = (s: Scenario) => s.city.districts[0].streets[0].communities[0];
const LOCAL: Edit = (s) => {
  s.city.spatial = { crs: 'local' };
  for (const d of s.city.districts) for (const st of d.streets) for (const c of st.communities) c.location = { x: 100, y: 200 };
};

// Each of these passed validation before and then hung the engine, took seconds and gigabytes, or
// printed Infinity: each must now be refused before the engine sees it, naming the field.
const cases: { name: string; edit: Edit; path: string; zh: RegExp; en: RegExp }[] = [
  { name: 'a lead time of 2⁵³−1 years', edit: (s) => void (s.plan.building.leadTimeYears = Number.MAX_SAFE_INTEGER), path: 'plan.building.leadTimeYears', zh: /超过上限 10：/, en: /more than the most allowed, 10:/ },
  { name: 'a lead time of 11 years, one past the bound', edit: (s) => void (s.plan.building.leadTimeYears = 11), path: 'plan.building.leadTimeYears', zh: /1–3 年/, en: /1–3 years/ },
  {
    name: 'an area of 10¹⁵ m²',
    edit: (s) => void (community(s).area = 1e15),
    path: 'city.districts[0].streets[0].communities[0].area',
    zh: /超过上限 20,000,000,000：/,
    en: /20,000 km²/,
  },
  {
    name: 'a local coordinate of 10¹⁸ m',
    edit: (s) => {
      LOCAL(s);
      community(s).location = { x: 1e18, y: 0 };
    },
    path: 'city.districts[0].streets[0].communities[0].location.x',
    zh: /超过上限 1,000,000：/,
    en: /1,000 km/,
  },
  {
    name: 'a local coordinate of −10¹⁸ m',
    edit: (s) => {
      LOCAL(s);
      community(s).location = { x: 0, y: -1e18 };
    },
    path: 'city.districts[0].streets[0].communities[0].location.y',
    zh: /低于下限 -1,000,000：/,
    en: /less than the least allowed, -1,000,000/,
  },
  { name: 'pay of 10³⁰⁸ yuan a worker', edit: (s) => void (s.plan.pay.perWorker = 1e308), path: 'plan.pay.perWorker', zh: /1 万亿元/, en: /a trillion yuan/ },
  { name: 'a budget of 10¹³ yuan', edit: (s) => void (s.plan.budgets.city = { '2026': 1e13 }), path: 'plan.budgets.city["2026"]', zh: /超过上限 1,000,000,000,000：/, en: /trillion/ },
  { name: '2 million households in one community', edit: (s) => void (community(s).households = 2e6), path: 'city.districts[0].streets[0].communities[0].households', zh: /超过上限 1,000,000：/, en: /tens of thousands/ },
];

describe('field bounds', () => {
  it.each(cases)('$name is refused, naming the field, in both languages', ({ edit, path, zh, en }) => {
    const s = smallScenario();
    edit(s);
    const result = validateScenario(s);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const error = result.errors.find((e) => e.path === path);
    expect(error?.zh).toMatch(zh);
    expect(error?.en).toMatch(en);
  });

  it('keeps staff, households and floor space finite and far below where the engine\'s positive part would overflow (8.9e307)', () => {
    const community = ['city', 'districts', 0, 'streets', 0, 'communities', 0];
    for (const field of [['staff', 'inPost'], ['households'], ['dwellings'], ['space']]) {
      const { max } = fieldBound([...community, ...field]);
      expect(max, field.join('.')).toBeLessThanOrEqual(1e7);
    }
  });

  it('a lead time of 10 years and an area of 20,000 km² are still accepted', () => {
    const s = smallScenario();
    s.plan.building.leadTimeYears = 10;
    community(s).area = 2e10;
    const result = validateScenario(s);
    expect(result.ok && result.scenario.plan.building.leadTimeYears).toBe(10);
  });

  it('the built-in scenarios are within every bound', () => {
    for (const file of ['demo-15th-fyp.json', 'nanjing-2007-2010.json']) {
      const result = validateScenario(JSON.parse(readFileSync(new URL(`../../scenarios/${file}`, import.meta.url), 'utf8')));
      expect(result.ok).toBe(true);
    }
  });

  it('scenarios/schema.json gives every number a maximum, and the bounded fields their reason', () => {
    const schema = scenarioJsonSchema();
    // A replacer sees every node of the schema; the numbers without a maximum are named by their description.
    const unbounded: string[] = [];
    JSON.stringify(schema, (_key, node: { type?: string; maximum?: number; description?: string } | null) => {
      if ((node?.type === 'number' || node?.type === 'integer') && typeof node.maximum !== 'number') unbounded.push(node.description ?? '?');
      return node;
    });
    expect(unbounded).toEqual([]);
    const building = (schema as { properties: { plan: { properties: { building: { properties: { leadTimeYears: Record<string, unknown> } } } } } }).properties.plan.properties.building.properties;
    expect(building.leadTimeYears).toMatchObject({ maximum: 10, $comment: expect.stringMatching(/1–3 年.* \/ .*1–3 years/) });
  });
});

