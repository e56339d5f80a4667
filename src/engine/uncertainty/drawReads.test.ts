/**
 * Draws leave unworked what neither their targets nor their key series read (drawReads.ts). Every draw
 * figure stays what a full run of the drawn scenario gives, on random scenarios whose targets span
 * every metric, scope and year, qualifications and earmarks included; and a run that left out what a
 * target does read would give that target another value, which shows the comparison can fail.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbScenario } from '../../fixtures/arbScenario';
import { demoScenario } from '../../fixtures/demo/demoScenario';
import type { Alloc } from '../arena';
import { flatten } from '../flatten';
import { keySeriesOf } from '../keySeries';
import { METRIC_IDS } from '../metrics';
import { project } from '../project';
import { runScenario } from '../run';
import { COST_LINES } from '../runState';
import type { Scenario, Target } from '../scenario';
import { evaluateTargets } from '../targets';
import type { Unread } from '../unread';
import { applyDraw } from './applyDraw';
import { drawInputs } from './drawInputs';
import { unreadByDraws } from './drawReads';
import { runDraws } from './runDraws';

const DRAWS = 3;

/** Every input a draw can move, each over a range that changes the run. */
const UNCERTAINTY: Scenario['uncertainty'] = {
  draws: DRAWS,
  inputs: [
    { what: 'householdGrowth', distribution: { kind: 'uniform', min: -0.05, max: 0.08 } },
    { what: 'wageGrowth', distribution: { kind: 'uniform', min: -0.02, max: 0.04 } },
    { what: 'budget', payer: 'district', distribution: { kind: 'uniform', min: 0.2, max: 1.5 } },
    { what: 'budget', payer: 'city', distribution: { kind: 'uniform', min: 0.2, max: 1.5 } },
    { what: 'buildingDelay', distribution: { kind: 'uniform', min: 0, max: 2 } },
    { what: 'hiringSuccess', distribution: { kind: 'uniform', min: 0.3, max: 1 } },
  ],
};

/** Targets on any metric, for the city or one of the scenario's districts, in any horizon year. */
const arbTargets = (districts: number, years: number[]) =>
  fc.array(
    fc.record({
      metric: fc.constantFrom(...METRIC_IDS),
      district: fc.integer({ min: -1, max: districts - 1 }),
      year: fc.constantFrom(...years),
      threshold: fc.constantFrom(0, 0.5, 1, 100, 1e6),
    }),
    { minLength: 1, maxLength: 6 },
  );

/** A random scenario with certified and graduate staff, uncertain inputs, random targets and, at times, an earmark. */
const arbDrawn = arbScenario.chain((s) => {
  const years = Array.from({ length: s.horizon.lastYear - s.horizon.firstYear + 1 }, (_, k) => s.horizon.firstYear + k);
  return fc
    .record({
      targets: arbTargets(s.city.districts.length, years),
      qualified: fc.double({ min: 0, max: 1, noNaN: true }),
      earmark: fc.option(fc.record({ payer: fc.constantFrom('city' as const, 'district' as const), item: fc.constantFrom('staffPay' as const, 'building' as const), yuan: fc.integer({ min: 0, max: 3_000_000 }) })),
    })
    .map(({ targets, qualified, earmark }): Scenario => ({
      ...s,
      city: {
        ...s.city,
        districts: s.city.districts.map((d) => ({
          ...d,
          streets: d.streets.map((st) => ({
            ...st,
            communities: st.communities.map((c) => ({ ...c, staff: { ...c.staff, certified: Math.floor(c.staff.inPost * qualified), bachelor: Math.ceil(c.staff.inPost * qualified) } })),
          })),
        })),
      },
      targets: targets.map((t, k): Target => ({
        id: `t${k}`,
        metric: t.metric,
        threshold: t.threshold,
        year: t.year,
        ...(t.district >= 0 && { scope: { district: s.city.districts[t.district].id } }),
      })),
      plan: { ...s.plan, ...(earmark && { earmarks: { [earmark.payer]: { [earmark.item]: Object.fromEntries(years.map((y) => [String(y), earmark.yuan])) } } }) },
      uncertainty: UNCERTAINTY,
    }));
});

/** Where the draws differ from full runs of the drawn scenarios, compared with Object.is. */
function differences(s: Scenario): string[] {
  const chunk = runDraws(s, 0, DRAWS);
  const nt = s.targets.length;
  const ny = chunk.years.length;
  const out: string[] = [];
  const same = (what: string, a: number, b: number) => Object.is(a, b) || out.push(`${what}: ${a} vs ${b}`);
  for (let k = 0; k < DRAWS; k++) {
    const { verdicts, projection } = runScenario(applyDraw(s, drawInputs(s, k)));
    verdicts.forEach((v, t) => {
      same(`draw ${k} ${v.targetId} value`, chunk.values[k * nt + t], v.value ?? NaN);
      same(`draw ${k} ${v.targetId} met`, chunk.met[k * nt + t], v.met ? 1 : 0);
    });
    const own = keySeriesOf(projection);
    chunk.seriesNames.forEach((name, j) => own[name]!.forEach((x, y) => same(`draw ${k} ${name} ${y}`, chunk.series[j][k * ny + y], x)));
  }
  return out;
}

const scenariosDir = new URL('../../../scenarios/', import.meta.url);
const nanjing = (): Scenario => JSON.parse(readFileSync(fileURLToPath(new URL('nanjing-2007-2010.json', scenariosDir)), 'utf8'));

/** Arrays as an Arena lends them, except that those it may lend uncleared come full of junk. */
const junkAlloc: Alloc = {
  f64: (k, over) => (over ? new Float64Array(k).fill(1e300) : new Float64Array(k)),
  i32: (k, over) => (over ? new Int32Array(k).fill(-12345) : new Int32Array(k)),
  u16: (k, over) => (over ? new Uint16Array(k).fill(54321) : new Uint16Array(k)),
  u8: (k, over) => (over ? new Uint8Array(k).fill(7) : new Uint8Array(k)),
};

/** The targets' values of a run that leaves out what `unread` says, its arrays lent as junkAlloc lends them. */
const valuesLeaving = (s: Scenario, unread: Unread) => evaluateTargets(project(s, {}, { flat: flatten(s.city), prep: null, alloc: junkAlloc, unread }), s.targets).map((v) => v.value);

const allLines = (unread: boolean) => COST_LINES.map(() => unread);

describe('what draws leave unworked', () => {
  it('reads qualifications and cost lines only where a target, an earmark or the reward fund reads them', () => {
    const demo = demoScenario();
    const district = demo.city.districts[0].id;
    const funding = demo.targets.find((t) => t.metric === 'fundingGap.district')!;
    // The demo's targets read neither; the reward fund's own line is always worked out.
    expect(unreadByDraws(demo)).toEqual({ qualifications: true, costLines: COST_LINES.map((l) => l.item !== 'modelReward') });
    expect(unreadByDraws(nanjing()).qualifications).toBe(false);
    // A city's funding gap reads the payers' totals; a district's, its share of the payer's cost lines.
    expect(unreadByDraws({ ...demo, targets: [{ ...funding, scope: { district } }] }).costLines.some(Boolean)).toBe(false);
    expect(unreadByDraws({ ...demo, targets: [{ ...funding, metric: 'modelRewardsUnpaid' }] }).costLines.some(Boolean)).toBe(false);
    // An earmark reads its own item's line of its payer, and no other.
    const earmarked = unreadByDraws({ ...demo, plan: { ...demo.plan, earmarks: { district: { building: { '2026': 1 } } } } });
    expect(COST_LINES.filter((_, k) => !earmarked.costLines[k])).toEqual([{ item: 'modelReward', payer: 'city' }, { item: 'building', payer: 'district' }]);
  });

  it('give every draw figure a full run of the drawn scenario gives, on random scenarios and targets', () => {
    fc.assert(
      fc.property(arbDrawn, (s) => {
        expect(differences(s)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('give every draw figure of a full run where targets read qualifications (Nanjing) and a district’s funding gap', () => {
    const s = nanjing();
    expect(differences({ ...s, uncertainty: UNCERTAINTY })).toEqual([]);
    const demo = demoScenario();
    const funding = demo.targets.find((t) => t.metric === 'fundingGap.district')!;
    const scoped = { ...demo, targets: [...demo.targets, ...demo.city.districts.map((d, k) => ({ ...funding, id: `funds-${k}`, scope: { district: d.id } }))] };
    expect(differences({ ...scoped, uncertainty: { ...demo.uncertainty!, draws: DRAWS } })).toEqual([]);
  });

  it('would change the value of a target that reads what the run left out', () => {
    // Nanjing's qualified-staff target reads certified and graduate staff.
    const s = nanjing();
    const whole = valuesLeaving(s, { qualifications: false, costLines: allLines(false) });
    const k = s.targets.findIndex((t) => t.metric === 'qualifiedShareMet');
    expect(valuesLeaving(s, { qualifications: true, costLines: allLines(false) })[k]).not.toBe(whole[k]);
    // A district's funding gap in a year the district budget falls short reads the district's cost
    // lines: the demo's district overspends in 2026 when it reports shortfalls instead of deferring.
    const demo = demoScenario();
    const funding = demo.targets.find((t) => t.metric === 'fundingGap.district' && t.year === 2026)!;
    const plan = { ...demo.plan, shortfall: { ...demo.plan.shortfall, mode: 'report' as const } };
    const scoped = { ...demo, plan, targets: [{ ...funding, scope: { district: demo.city.districts[0].id } }] };
    const [read] = valuesLeaving(scoped, { qualifications: true, costLines: allLines(false) });
    expect(read).toBeGreaterThan(0);
    expect(valuesLeaving(scoped, { qualifications: true, costLines: allLines(true) })[0]).not.toBe(read);
  });
});
