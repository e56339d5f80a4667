/**
 * A fresh run's m² started and building lines wait to be made until read (startsLater.ts): made then,
 * every value is the one building.ts stores when it writes them (a run on an Arena), to the last bit, on
 * the demo, with projects on cells the programme also builds on, and on random scenarios; with building
 * earmarked they are written as before; each is made once, and a released projection's cannot be read.
 * The programme's m² kept on targets are read by the target's position in the list of places with a gap.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbMoneyBinding } from '../../fixtures/arbMoneyBinding';
import { arbScenario } from '../../fixtures/arbScenario';
import { demoScenario } from '../../fixtures/demo/demoScenario';
import { countWaited, freshAndWritten, waits } from '../../fixtures/madeOnRead';
import { project } from '../project';
import type { Projection } from '../projection';
import { releaseProjection } from '../release';
import { COST_LINES } from '../runState';
import type { Scenario } from '../scenario';
import { orderCut } from './buildingOrder';
import { startedAtTargets, type StartsLater } from './startsLater';

const BUILDING = COST_LINES.flatMap(({ item }, k) => (item === 'building' ? [k] : []));

/** What of p still waits to be made: whether its m² started, and which building lines. */
const waiting = (p: Projection) => ({ started: waits(p.series, 'spaceStarted'), lines: BUILDING.filter((k) => waits(p.costs, k)) });

/** Compares a fresh run of s with one whose steps write every array (an Arena's); returns what waited and the run's project starts. */
function check(s: Scenario): { started: boolean; lines: number[]; projects: number } {
  const { waited, writtenWaited, differences } = freshAndWritten(s, (p) => ({ ...waiting(p), projects: p.projectStarts.length }));
  expect(writtenWaited).toMatchObject({ started: false, lines: [] });
  expect(differences).toEqual([]);
  return waited;
}

/**
 * The demo with its projects moved onto the communities the programme builds on first, started in every
 * year and paid by each payer in turn, at a cost per m² of their own: cells where both start, so the
 * replay's order of sums decides the bits.
 */
function sharedCells(demo: Scenario): Scenario {
  const p = project(demo);
  const built: string[] = [];
  for (let i = 0; i < p.series.spaceStarted.length && built.length < 6; i++) {
    const id = p.entities.id[i % p.nEntities];
    if (p.series.spaceStarted[i] > 0 && !built.includes(id)) built.push(id);
  }
  const { firstYear, lastYear } = demo.horizon;
  const projects = built.flatMap((target, j) =>
    Array.from({ length: lastYear - firstYear + 1 }, (_, k) => ({ id: `p${j}-${k}`, target, m2: 37.3 + j, startYear: firstYear + k, priority: k, payer: PAYERS[(j + k) % 3], costPerM2: 3137.7, leadTimeYears: 1 + (k % 3) })),
  );
  return { ...demo, plan: { ...demo.plan, building: { ...demo.plan.building, projects } } };
}

const PAYERS = ['city', 'district', 'street'] as const;

/** Random projects on any entity of a random scenario's city, with their own lead times, costs and payers, and the programme's lead time drawn too. */
const arbWithProjects = fc
  .tuple(
    fc.oneof(arbScenario, arbMoneyBinding),
    fc.array(
      fc.record({
        at: fc.nat(),
        m2: fc.double({ min: 0, max: 800, noNaN: true }),
        year: fc.nat({ max: 4 }),
        lead: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
        costPerM2: fc.option(fc.double({ min: 0, max: 6000, noNaN: true }), { nil: undefined }),
        payer: fc.option(fc.constantFrom(...PAYERS), { nil: undefined }),
      }),
      { maxLength: 8 },
    ),
    fc.integer({ min: 1, max: 3 }),
  )
  .map(([s, drawn, lead]): Scenario => {
    const ids = s.city.districts.flatMap((d) => [d.id, ...d.streets.flatMap((st) => [st.id, ...st.communities.map((c) => c.id)])]);
    const projects = drawn.map(({ at, year, ...p }, j) => ({ ...p, id: `P${j}`, target: ids[at % ids.length], startYear: s.horizon.firstYear + year, priority: j }));
    return { ...s, plan: { ...s.plan, building: { ...s.plan.building, leadTimeYears: lead, projects } } };
  });

describe('m² started and building lines made when read', () => {
  it('give every value building.ts writes, on the demo, and are written as before where building is earmarked', () => {
    const demo = demoScenario();
    const waited = check(demo);
    expect(waited.started).toBe(true);
    expect(waited.lines).toContain(COST_LINES.findIndex((l) => l.item === 'building' && l.payer === demo.plan.building.payer));
    const years = Object.keys(demo.plan.budgets.district ?? { [demo.horizon.baseYear + 1]: 0 });
    const earmarked: Scenario = { ...demo, plan: { ...demo.plan, earmarks: { district: { building: Object.fromEntries(years.map((y) => [y, 1e9])) } } } };
    expect(check(earmarked)).toMatchObject({ started: false, lines: [] });
  });

  it('give every value where projects start on cells the programme builds on too', () => {
    const s = sharedCells(demoScenario());
    const waited = check(s);
    expect(waited.started).toBe(true);
    expect(waited.projects).toBeGreaterThan(10);
  });

  it('give every value building.ts writes, on random scenarios', () => {
    let withProjects = 0;
    const waited = countWaited(
      fc.oneof(arbScenario, arbMoneyBinding, arbWithProjects),
      (s) => {
        const w = check(s);
        if (w.started && w.projects > 0) withProjects++;
        return w.started;
      },
      1200,
    );
    expect(waited).toBeGreaterThan(100);
    expect(withProjects).toBeGreaterThan(20);
  });

  it('are made once, then kept', () => {
    const p = project(demoScenario());
    const started = p.series.spaceStarted;
    const [k] = waiting(p).lines;
    const line = p.costs[k];
    expect(waiting(p)).toEqual({ started: false, lines: waiting(p).lines.filter((j) => j !== k) });
    expect(p.series.spaceStarted).toBe(started);
    expect(p.costs[k]).toBe(line);
  });

  it('cannot be read once the projection is released, made or not', () => {
    const p = project(demoScenario());
    const [k] = waiting(p).lines;
    void p.series.spaceStarted;
    releaseProjection(p);
    expect(() => p.series.spaceStarted).toThrow(/released/);
    expect(() => p.costs[k]).toThrow(/released/);
  });
});

describe('the programme\'s m² kept on targets', () => {
  // Places 2, 5 and 8 are listed with gaps 10, 4 and 6 (by position 0, 1, 2); targets 5, 9, 2, 0 and 8:
  // 9 (past the last listed place) and 0 (before the first) have no gap and keep 0. Only year y's row is
  // written (the other holds the 7 it was filled with).
  const places = Int32Array.of(2, 5, 8);
  const claims = Float64Array.of(10, 4, 6);
  const later = (): StartsLater => ({ lead: 1, from: 2, late: new Float64Array(0), targets: [5, 9, 2, 0, 8], atTargets: new Float64Array(10).fill(7), lines: [] });

  it('reads each listed target\'s share by its position in the list', () => {
    // Shares 6, 0 and 6 by position: place 2 gets 6, place 5 none, place 8 its 6.
    const kept = later();
    startedAtTargets(kept, 1, places, claims, Float64Array.of(6, 0, 6));
    expect([...kept.atTargets]).toEqual([7, 7, 7, 7, 7, 0, 0, 6, 0, 6]);
  });

  it('reads them off the order\'s cut', () => {
    // Worst first with 13 m²: 10 whole (place 2), the last 3 to the 6 (place 8), none to the 4 (place 5).
    const kept = later();
    const cut = orderCut(claims, 13, 'worstFirst', new Float64Array(3), 10)!;
    startedAtTargets(kept, 0, places, claims, cut);
    expect([...kept.atTargets]).toEqual([0, 0, 10, 0, 3, 7, 7, 7, 7, 7]);
  });

  it('keeps 0 where no place is listed', () => {
    const kept = later();
    startedAtTargets(kept, 1, new Int32Array(0), new Float64Array(0), new Float64Array(0));
    expect([...kept.atTargets]).toEqual([7, 7, 7, 7, 7, 0, 0, 0, 0, 0]);
  });
});
