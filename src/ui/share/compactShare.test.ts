import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Community, Scenario } from '../../engine/scenario';
import { expandCity } from '../../io/divisions/format';
import { editClearingEstimate } from '../editor/city/estimateEdit';
import { cityFromDivisions } from '../divisions/cityFromDivisions';
import { scenarioFromCity } from '../divisions/scenarioFromCity';
import { setIn, type Path } from '../state/setIn';
import { divisionCityOf, type ShareBases } from './compactShare';
import { decodePayload, encodeCompact, encodeScenario, encodeShortest, ShareError, shareUrl } from './shareLink';

const file = (path: string) => JSON.parse(readFileSync(fileURLToPath(new URL(`../../../${path}`, import.meta.url)), 'utf8')) as unknown;
const demo = file('scenarios/demo-15th-fyp.json') as Scenario;
const bases: ShareBases = { cityDivisions: async (code) => expandCity(file(`public/divisions/${code}.json`)), demo: async () => demo };

/** What the division picker makes of a city with every district and village kept. */
async function pickerScenario(code: string, keep = (_d: string) => true): Promise<Scenario> {
  const source = await bases.cityDivisions(code);
  const districts = source.districts.filter((d) => d.streets.length > 0 && keep(d.code));
  const city = cityFromDivisions(source, { districts: new Set(districts.map((d) => d.code)), villages: true });
  const leftOut = districts.reduce((n, d) => n + d.leftOut, 0);
  return scenarioFromCity(demo, city, { code: source.code, province: source.province, source: source.source, leftOut });
}

const communityPath = (s: Scenario, n: number): Path => {
  for (const [d, district] of s.city.districts.entries())
    for (const [t, street] of district.streets.entries()) {
      if (n < street.communities.length) return ['city', 'districts', d, 'streets', t, 'communities', n];
      n -= street.communities.length;
    }
  throw new Error('no such community');
};
const countOf = (s: Scenario) => s.city.districts.reduce((n, d) => n + d.streets.reduce((m, t) => m + t.communities.length, 0), 0);
/** The i-th community among those an earlier random edit left: a removal shortens the list. */
const nthLeft = (s: Scenario, i: number): Path => communityPath(s, i % countOf(s));

/** An edit as the city editor makes it: an estimated figure loses its mark with the same step. */
const edit = (s: Scenario, path: Path, value: unknown) => editClearingEstimate(s, path, value) ?? setIn(s, path, value);

async function roundTrip(s: Scenario): Promise<unknown> {
  const payload = await encodeCompact(s, bases);
  expect(payload).toMatch(/^s2\.[A-Za-z0-9_-]+$/);
  return decodePayload(payload!, bases);
}

describe('compact share links of real-city scenarios', () => {
  it('a Nanjing scenario with ten communities edited fits in 2,000 characters, against 23,000 for the whole scenario', async () => {
    let s = await pickerScenario('3201');
    expect(countOf(s)).toBeGreaterThan(1000);
    for (let i = 0; i < 10; i++) {
      const at = communityPath(s, i * 97);
      s = edit(s, [...at, 'households'], 2000 + i * 113);
      s = edit(s, [...at, 'staff', 'inPost'], 5 + (i % 4));
      s = edit(s, [...at, 'space'], 320 + i * 10);
    }
    s = setIn(s, ['plan', 'hiring', 'capacityPerYear'], 140);
    const page = 'https://shapan.example.gov.cn/shapan/index.html';
    const whole = shareUrl(page, await encodeScenario(s));
    const compact = shareUrl(page, (await encodeCompact(s, bases))!);
    // The whole scenario deflates to ~17 kB (1,290 communities); the compact form is the code and 10 small changes.
    expect(whole.length).toBeGreaterThan(15_000);
    expect(compact.length).toBeLessThanOrEqual(2000);
    expect(shareUrl(page, await encodeShortest(s, bases))).toBe(compact);
    expect(await decodePayload(compact.slice(compact.indexOf('#/share/') + 8), bases)).toEqual(s);
  });

  it('rebuilds a scenario as the picker made it, with no change at all, and one with some districts left out', async () => {
    const s = await pickerScenario('3201');
    expect(await roundTrip(s)).toEqual(s);
    const part = await pickerScenario('3201', (d) => d.endsWith('02') || d.endsWith('04'));
    expect(part.city.districts.length).toBe(2);
    expect(await roundTrip(part)).toEqual(part);
  });

  it('gives back any lightly edited scenario deep-equal (random edits of figures, names, marks, order, plan and targets)', async () => {
    const start = await pickerScenario('3211');
    const n = countOf(start);
    const figure = fc.record({
      i: fc.nat(n - 1),
      key: fc.constantFrom<Path>(['households'], ['residents'], ['space'], ['growth'], ['staff', 'inPost'], ['staff', 'bachelor'], ['name'], ['volunteers'], ['kind']),
      value: fc.oneof(fc.integer({ min: 0, max: 20_000 }), fc.constantFrom('新建社区', 'rural', 'urbanNew', 0.03)),
    });
    const change = fc.oneof(
      figure.map((f) => (s: Scenario) => edit(s, [...nthLeft(s, f.i), ...f.key], f.value)),
      fc.nat(n - 1).map((i) => (s: Scenario) => {
        const at = nthLeft(s, i);
        const list = (s.city.districts[at[2] as number]!.streets[at[4] as number]!.communities).filter((_, k) => k !== at[6]);
        return setIn(s, at.slice(0, -1), list);
      }),
      fc.record({ i: fc.nat(n - 1), id: fc.stringMatching(/^[a-z0-9]{1,8}$/) }).map(({ i, id }) => (s: Scenario) => {
        const at = nthLeft(s, i);
        const list = s.city.districts[at[2] as number]!.streets[at[4] as number]!.communities;
        if (list.some((c) => c.id === `new-${id}`)) return s;
        const added: Community = { ...list[0]!, id: `new-${id}`, name: `新社区${id}`, households: 900 };
        return setIn(s, at.slice(0, -1), [added, ...list]);
      }),
      fc.nat(start.city.districts.length - 1).map((d) => (s: Scenario) => setIn(s, ['city', 'districts', d, 'streets'], [...(s.city.districts[d]?.streets ?? [])].reverse())),
      fc.integer({ min: 1, max: 5000 }).map((v) => (s: Scenario) => setIn(s, ['plan', 'hiring', 'capacityPerYear'], v)),
      fc.string({ maxLength: 30 }).map((name) => (s: Scenario) => setIn(s, ['name'], name)),
      fc.constant((s: Scenario) => setIn(s, ['description'], undefined)),
      fc.constant((s: Scenario) => setIn(s, ['targets'], s.targets.slice(1))),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 8 }), async (changes) => {
        const s = changes.reduce((acc, f) => f(acc), start);
        expect(await roundTrip(s)).toEqual(s);
      }),
      { numRuns: 30 },
    );
    // thirty rebuilds of a 767-community city: seconds alone, longer on a busy machine
  }, 120_000);

  it('is not offered for a scenario whose districts are not one city’s division codes (the demo)', async () => {
    expect(divisionCityOf(demo)).toBeNull();
    expect(await encodeCompact(demo, bases)).toBeNull();
    expect(await encodeShortest(demo, bases)).toMatch(/^s1\./);
  });

  it('keeps the whole link when the division files cannot be read while sharing', async () => {
    const s = await pickerScenario('3201');
    const offline: ShareBases = { ...bases, cityDivisions: () => Promise.reject(new Error('offline')) };
    expect(await encodeShortest(s, offline)).toBe(await encodeScenario(s));
  });

  it('refuses to rebuild from another version of the demo or the division data, and says when they cannot be read, in both languages', async () => {
    const s = edit(await pickerScenario('3201'), [...communityPath(await pickerScenario('3201'), 3), 'households'], 1800);
    const payload = (await encodeCompact(s, bases))!;
    const changedDemo: ShareBases = { ...bases, demo: async () => setIn(demo, ['plan', 'hiring', 'capacityPerYear'], 1) };
    const errorOf = (b: ShareBases) => decodePayload(payload, b).then(() => { throw new Error('decoded'); }, (e: unknown) => e as ShareError);
    const changed = await errorOf(changedDemo);
    expect(changed).toBeInstanceOf(ShareError);
    expect(changed.zh).toContain('另一版本的区划数据或示范方案');
    expect(changed.en).toContain('another version of the division data');
    const failed = await errorOf({ ...bases, cityDivisions: () => Promise.reject(new Error('HTTP 504')) });
    expect(failed.zh).toContain('HTTP 504');
    expect(failed.en).toContain('could not be read');
  });
});
