import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../engine/run';
import { FACILITY_TYPES, type City, type Community } from '../../engine/scenario';
import { demoScenario } from './demoScenario';
import { generateCity } from './generateCity';

const communitiesOf = (city: City): Community[] => city.districts.flatMap((d) => d.streets.flatMap((s) => s.communities));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

describe('generateCity with geometry', () => {
  const options = { seed: 7, districts: 5, streetsPerDistrict: 3, communitiesPerStreet: 4, baseYear: 2025, geometry: true };

  it('is the same for the same seed, and leaves every other figure as without geometry', () => {
    const city = generateCity(options);
    expect(city).toEqual(generateCity(options));
    const plain = generateCity({ ...options, geometry: false });
    const stripped = structuredClone(city);
    delete stripped.spatial;
    delete stripped.facilities;
    for (const c of communitiesOf(stripped)) delete c.area;
    expect(stripped).toEqual(plain);
  });

  it('gives small areas in the old core and large ones in the villages', () => {
    const city = generateCity(options); // 2 core, 2 new towns, 1 county
    const core = communitiesOf({ ...city, districts: city.districts.slice(0, 2) }).map((c) => c.area!);
    const villages = communitiesOf(city).filter((c) => c.kind === 'rural').map((c) => c.area!);
    expect(median(core)).toBeLessThan(500_000); // about 8,000 residents at 18,000–40,000 per km²
    expect(median(villages)).toBeGreaterThan(2_000_000); // at 600–3,000 per km²
  });
});

describe('the demo’s life circle', () => {
  const demo = demoScenario();
  const { projection: p, verdicts } = runScenario(demo);
  const c = p.coverage!;

  it('is synthetic geometry, labelled so, well under 1 MB on disk', () => {
    expect(demo.city.spatial).toEqual({ crs: 'wgs84', cellSize: 100, walk: { minutes: 15, speedMetresPerMinute: 70, detourFactor: 1.25 } });
    expect(communitiesOf(demo.city).every((x) => x.area! > 0)).toBe(true);
    expect(demo.description).toMatch(/生活圈设施的位置同样是虚构的/);
    expect(demo.description).toMatch(/places of facilities of seven life-circle types are synthetic/);
    const file = fileURLToPath(new URL('../../../scenarios/demo-15th-fyp.json', import.meta.url));
    expect(statSync(file).size).toBeLessThan(1_000_000);
  });

  it('has facilities of all seven types open by the base year, and planned complexes with costs', () => {
    const existing = demo.city.facilities!;
    expect(new Set(existing.map((f) => f.type))).toEqual(new Set(FACILITY_TYPES));
    expect(existing.every((f) => f.openingYear <= 2025)).toBe(true);
    const planned = demo.plan.facilities!;
    expect(planned.length).toBeGreaterThan(0);
    for (const f of planned) {
      expect(f.openingYear).toBeGreaterThanOrEqual(2027);
      expect(f.openingYear).toBeLessThanOrEqual(2029);
      expect(f.capitalCost).toBeGreaterThan(0);
      expect(f.payer).toBe('city');
    }
  });

  it('is dense in the old core, sparse in the new towns, thin in the counties', () => {
    const all5 = (d: number) => c.byDistrict[d].all5.residentShare[0]!;
    for (const d of [0, 1, 2]) expect(all5(d)).toBeGreaterThan(0.9); // the old core
    for (const d of [3, 4, 5]) expect(all5(d)).toBeLessThan(0.7); // new towns, with holes
    for (const d of [6, 7]) expect(all5(d)).toBeLessThan(0.2); // counties
    const share = c.city.all5.residentShare;
    expect(share[4]!).toBeGreaterThan(share[0]!); // the planned complexes help
  });

  it('adds one verdict, the life circle, missed for want of coverage; the others are as before', () => {
    const life = verdicts.find((v) => v.targetId === 'life-circle-2030')!;
    expect(life).toMatchObject({ met: false, binding: { kind: 'coverageGap', type: 'all5', year: 2030, minutes: 15 } });
    // The verdicts before the life circle was added, unchanged: the city pays for the complexes from its slack.
    const before: [string, boolean, number, string | undefined][] = [
      ['staff-2030', false, 0.89937106918239, 'hiringCapacity'],
      ['staff-gap-2028', true, 516, undefined],
      ['space-90-2027', false, 0.3868520859671302, 'budget'],
      ['space-all-2028', false, 0.7944514501891551, 'budget'],
      ['space-min-2028', true, 0.9646910466582598, undefined],
      ['district-funds-2026', true, 0, undefined],
      ['district-funds-2030', true, 0, undefined],
    ];
    for (const [id, met, value, binding] of before) {
      const v = verdicts.find((x) => x.targetId === id)!;
      expect([v.met, v.binding?.kind]).toEqual([met, binding]);
      expect(v.value).toBeCloseTo(value, 12);
    }
  });
});
