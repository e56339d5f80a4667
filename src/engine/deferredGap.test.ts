/**
 * Deferred spending is a funding gap: when the plan defers on shortfall, hires and building starts the
 * money cannot pay for wait, the payer never overspends — and the no-gap target must still fail.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { deferringCity } from '../fixtures/deferringCity';
import { runScenario } from './run';
import type { Scenario } from './scenario';
import { summarize } from './summary';

const deferring = (districtBudget2026: number): Scenario =>
  deferringCity(districtBudget2026, [
    { id: 'gap-2026', metric: 'fundingGap.district', threshold: 0, year: 2026 },
    { id: 'gap-2027', metric: 'fundingGap.district', threshold: 0, year: 2027 },
    { id: 'city-2026', metric: 'fundingGap.city', threshold: 0, year: 2026 },
  ]);

describe('deferred spending counts as a funding gap', () => {
  it('a building start that waits for money fails the no-gap target of its payer and year', () => {
    // As in project.test.ts: GOV2020-4 asks max(300, 30 × 2,701 / 100) = 810.3 m²; 600 in use → 210.3 m² to start.
    // District 2026: 1,000,000 − pay 6 × 50,000 − legal adviser 20,000 − election 20,000 − 1 hire 50,000
    //   = 610,000 → 152.5 m² start, 57.8 m² wait: 57.8 × 4,000 = 231,200 deferred, nothing overspent.
    // 2027: 580,000 left pays the 231,200 start: nothing waits.
    const r = runScenario(deferring(1_000_000));
    const d = r.projection.payers.district;
    expect(d[0].shortfall).toBe(0);
    expect(d[0].deferred).toBeCloseTo(231_200, 6);
    expect(d[1].deferred).toBe(0);
    const [y2026, y2027, city] = r.verdicts;
    expect(y2026).toMatchObject({ met: false, binding: { kind: 'budget', payer: 'district', year: 2026 } });
    expect(y2026.value).toBeCloseTo(231_200, 6);
    expect(y2027).toMatchObject({ met: true, value: 0 });
    expect(city).toMatchObject({ met: true, value: 0 });
  });

  it('a hire that waits is deferred for the payer whose money ran out, not for the one that had it', () => {
    // District 2026 budget 340,000 = pay 6 × 50,000 + legal adviser 20,000 + election 20,000: nothing left.
    // The hire (district's half of 100,000 pay = 50,000) waits, and so do all 210.3 m² (841,200):
    //   deferred 50,000 + 841,200 = 891,200. The city (no budget row: unlimited) defers nothing.
    const r = runScenario(deferring(340_000));
    expect(r.projection.hiring[0]).toMatchObject({ hired: 0, limitedBy: 'budget', payer: 'district' });
    expect(r.projection.payers.district[0].deferred).toBeCloseTo(891_200, 6);
    expect(r.projection.payers.city[0].deferred).toBe(0);
    const summary = summarize(r);
    expect(summary.funding.find((f) => f.payer === 'district' && f.year === 2026)?.deferred).toBeCloseTo(891_200, 6);
    expect(r.verdicts[0].value).toBeCloseTo(891_200, 6);
    expect(r.verdicts[2].met).toBe(true);
  });

  it('the demo no longer calls the district funds sufficient beside its own budget binding', () => {
    // The demo defers: its district budget cannot start the floor space the space targets bind on in 2026.
    const demo = JSON.parse(readFileSync(fileURLToPath(new URL('../../scenarios/demo-15th-fyp.json', import.meta.url)), 'utf8')) as Scenario;
    const r = runScenario(demo);
    const byId = (id: string) => r.verdicts[demo.targets.findIndex((t) => t.id === id)];
    const space = byId('space-90-2027');
    const funds = byId('district-funds-2026');
    expect(space.binding).toMatchObject({ kind: 'budget', payer: 'district', year: 2026 });
    expect(funds.met).toBe(false);
    expect(funds.value).toBe(r.projection.payers.district[0].deferred);
    expect(funds.value).toBeGreaterThan(0);
  });
});
