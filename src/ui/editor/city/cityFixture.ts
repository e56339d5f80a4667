/** A two-district city for the editor's tests. */
import type { Community, Scenario } from '../../../engine/scenario';

export function community(id: string, name: string, over: Partial<Community> = {}): Community {
  return {
    id,
    name,
    kind: 'urbanExisting',
    households: 1000,
    residents: 2500,
    growth: 0.01,
    staff: { inPost: 5, certified: 1, bachelor: 2 },
    space: 300,
    ...over,
  };
}

export function testScenario(): Scenario {
  return {
    schemaVersion: 3,
    name: 'test',
    horizon: { baseYear: 2025, firstYear: 2026, lastYear: 2030 },
    city: {
      name: '测试市',
      districts: [
        {
          id: 'D01',
          name: '云洲区',
          centreSpace: 2900,
          streets: [
            {
              id: 'D01-S01',
              name: '兴港街道',
              class: 1,
              centreSpace: 1450,
              stationStaff: 6,
              communities: [
                community('D01-S01-C001', '阳洲社区', { households: 2619, residents: 6895, space: 660, staff: { inPost: 6, certified: 2, bachelor: 3 } }),
                community('D01-S01-C002', '西坝社区', { households: 2865, residents: 8240, space: 480, staff: { inPost: 8, certified: 1, bachelor: 3 } }),
              ],
            },
            {
              id: 'D01-S02',
              name: '柳台街道',
              class: 2,
              centreSpace: 1000,
              stationStaff: 4,
              communities: [community('D01-S02-C001', '华圩社区', { kind: 'rural', households: 500, dwellings: 800 })],
            },
          ],
        },
        {
          id: 'D02',
          name: '红坝区',
          centreSpace: 2270,
          streets: [
            { id: 'D02-S01', name: '东门街道', class: 3, centreSpace: 800, stationStaff: 3, communities: [community('D02-S01-C001', '兴泉社区', { households: 1500 })] },
            { id: 'D02-S02', name: '空街道', class: 1, centreSpace: 0, stationStaff: 0, communities: [] },
          ],
        },
      ],
    },
    ruleSet: { id: 'GOV2020' },
    plan: {
      hiring: { capacityPerYear: 100, attritionRate: 0.05, certifiedShare: 0.3, bachelorShare: 0.5 },
      pay: { perWorker: 90_000, growth: 0.03 },
      building: { costPerM2: 4000, leadTimeYears: 2, payer: 'district', projects: [] },
      budgets: {},
      shortfall: { mode: 'report', priority: ['hiring', 'building'] },
    },
    targets: [{ id: 'T1', metric: 'staffingShareMet', threshold: 1, year: 2030 }],
    seed: 1,
  };
}
