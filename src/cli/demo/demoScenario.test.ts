import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../engine/run';
import type { City, Community } from '../../engine/scenario';
import { validateScenario } from '../../io/validateScenario';
import { DEMO_FILES } from '../generateDemo';
import { demoScenario } from './demoScenario';
import { generateCity } from './generateCity';
import { nanjingReplay } from './nanjingReplay';

const communitiesOf = (city: City): Community[] => city.districts.flatMap((d) => d.streets.flatMap((s) => s.communities));
const read = (file: string): unknown => JSON.parse(readFileSync(fileURLToPath(new URL(`../../../${file}`, import.meta.url)), 'utf8'));

describe('the committed demo files', () => {
  for (const { file, make } of DEMO_FILES) {
    it(`${file} equals a fresh generation (run \`npm run gen:demo\` if not) and validates`, () => {
      const committed = read(file);
      expect(committed).toEqual(make());
      const checked = validateScenario(committed);
      expect(checked.ok ? [] : checked.errors).toEqual([]);
    });
  }
});

describe('demoScenario', () => {
  const demo = demoScenario();
  const communities = communitiesOf(demo.city);
  // GOV2020-2b: below half occupied an estate has no committee yet, so it may be small.
  const filling = (c: Community) => c.kind === 'urbanNew' && c.dwellings !== undefined && c.households < 0.5 * c.dwellings;

  it('has about 800 communities of average size near NJ2007-2’s 2,500 households', () => {
    expect(communities).toHaveLength(800);
    const mean = communities.reduce((s, c) => s + c.households, 0) / communities.length;
    expect(mean).toBeGreaterThan(2200);
    expect(mean).toBeLessThan(2600);
  });

  it('keeps every community within QY-4’s 1,000–3,000 households, except estates still filling up', () => {
    const outside = communities.filter((c) => !filling(c) && (c.households < 1000 || c.households > 3000));
    expect(outside.map((c) => c.id)).toEqual([]);
    expect(communities.filter(filling).length).toBeGreaterThan(0);
  });

  it('covers 2026–2030 under GOV2020 with a labelled, cited target list', () => {
    expect(demo.horizon).toEqual({ baseYear: 2025, firstYear: 2026, lastYear: 2030 });
    expect(demo.ruleSet.id).toBe('GOV2020');
    expect(demo.seed).toBe(2026);
    for (const t of demo.targets) {
      expect(t.label?.zh).toBeTruthy();
      expect(t.label?.en).toBeTruthy();
    }
    expect(demo.description).toMatch(/虚构/);
    expect(demo.description).toMatch(/synthetic/);
  });

  it('meets some targets and misses others, for more than one reason', () => {
    const { verdicts } = runScenario(demo);
    expect(verdicts.some((v) => v.met)).toBe(true);
    const binds = new Set(verdicts.filter((v) => !v.met).map((v) => (v.binding?.kind === 'budget' ? `budget:${v.binding.payer}` : v.binding?.kind)));
    expect(binds).toContain('hiringCapacity');
    expect(binds).toContain('budget:district');
  });
});

describe('nanjingReplay', () => {
  const replay = nanjingReplay();

  it('replays 2007–2010 under NJ2007 on a synthetic city of eleven districts and two counties', () => {
    expect(replay.horizon).toEqual({ baseYear: 2006, firstYear: 2007, lastYear: 2010 });
    expect(replay.ruleSet.id).toBe('NJ2007');
    expect(replay.city.districts).toHaveLength(13);
    expect(replay.city.districts.filter((d) => d.name.endsWith('县'))).toHaveLength(2);
    expect(replay.description).toMatch(/synthetic/);
  });

  it('carries the document’s dated targets', () => {
    const byRule = replay.targets.map((t) => `${t.rule} ${t.metric} ${t.threshold} ${t.year}`);
    expect(byRule).toEqual(
      expect.arrayContaining([
        'NJ2007-18a spaceMinShareMet 1 2008',
        'NJ2007-18b spaceShareMet 1 2010',
        'NJ2007-18b spaceHighShare 0.5 2010',
        'NJ2007-15 staffingShareMet 1 2010',
        'NJ2007-16 qualifiedShareMet 1 2010',
        'NJ2007-18c streetCentreShareMet 1 2010',
        'NJ2007-18c streetCentreHighShare 0.5 2010',
        'NJ2007-18d districtCentreShareMet 1 2010',
      ]),
    );
  });
});

describe('generateCity', () => {
  const options = { seed: 7, districts: 5, streetsPerDistrict: 3, communitiesPerStreet: 4, baseYear: 2025 };

  it('gives the same city for the same seed and a different one for another', () => {
    expect(generateCity(options)).toEqual(generateCity(options));
    expect(generateCity({ ...options, seed: 8 })).not.toEqual(generateCity(options));
  });

  it('numbers ids by level and keeps names unique', () => {
    const city = generateCity(options);
    expect(city.districts.map((d) => d.id)).toEqual(['D01', 'D02', 'D03', 'D04', 'D05']);
    expect(city.districts[1].streets[2].id).toBe('D02-S03');
    expect(city.districts[1].streets[2].communities[3].id).toBe('D02-S03-C004');
    const names = [...city.districts.map((d) => d.name), ...city.districts.flatMap((d) => d.streets.map((s) => s.name)), ...communitiesOf(city).map((c) => c.name)];
    expect(new Set(names).size).toBe(names.length);
  });

  it('places the old core near the centre and the counties far out', () => {
    const city = generateCity(options); // default mix for 5: 2 core, 2 new towns, 1 county
    const km = (c: Community) => {
      const at = c.location as { lon: number; lat: number };
      return Math.hypot((at.lon - 118.78) * 94.3, (at.lat - 32.04) * 111.2);
    };
    const core = city.districts[0].streets.flatMap((s) => s.communities).map(km);
    const county = city.districts[4].streets.flatMap((s) => s.communities).map(km);
    expect(Math.max(...core)).toBeLessThan(8);
    expect(Math.min(...county)).toBeGreaterThan(15);
  });

  it('makes a county’s seat urban and its towns rural', () => {
    const [seat, ...towns] = generateCity(options).districts[4].streets;
    expect(seat.communities.every((c) => c.kind === 'urbanExisting')).toBe(true);
    expect(towns.flatMap((s) => s.communities).every((c) => c.kind === 'rural')).toBe(true);
    expect(towns.every((s) => s.name.endsWith('镇'))).toBe(true);
  });

  it('keeps qualified staff within the staff in post', () => {
    for (const c of communitiesOf(generateCity({ ...options, seed: 99 }))) {
      expect(c.staff.certified).toBeLessThanOrEqual(c.staff.inPost);
      expect(c.staff.bachelor).toBeLessThanOrEqual(c.staff.inPost);
    }
  });

  it('rejects a mix that does not add up', () => {
    expect(() => generateCity({ ...options, mix: { core: 1, newTown: 1, county: 1 } })).toThrow(/mix/);
  });
});
