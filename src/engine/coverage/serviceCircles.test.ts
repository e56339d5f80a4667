/**
 * CASES-wuhai: Wuhai's "ten-minute service circle" (culture station, health and family-planning
 * station, comprehensive governance station, elderly rooms and day care, elderly school), measured at
 * 10 minutes beside the scenario's 15-minute life circle. The circle's types here: culture (culture
 * station, elderly school), health (health and family-planning station), service (governance station)
 * and elderly (elderly rooms and day care).
 */
import { describe, expect, it } from 'vitest';
import { facility, placed, spatialCity } from '../../fixtures/spatialCity';
import { evaluateFormula } from '../explain/formula';
import { explain } from '../explain/index';
import { metricById } from '../metrics';
import { runScenario } from '../run';
import type { FacilityType } from '../scenario';
import { coverage } from './coverage';

const YEARS = [2026, 2027, 2028, 2029, 2030];
const WUHAI: FacilityType[] = ['culture', 'health', 'service', 'elderly'];
const at = (id: string, types: FacilityType[], x: number, y: number, opening = 2020) => types.map((t) => facility(`${id}-${t}`, t, x, y, opening));

// Walk 70 m a minute, detour 1.25, 1 m cells. Life circle 15 min: 15 × 70 ÷ 1.25 = 840 m;
// the ten-minute circle: 10 × 70 ÷ 1.25 = 560 m.
// A (300.5, 0.5) 100 residents; B (700.5, 0.5) 200; C (2000.5, 0.5) 300.
// All four types at the origin (0.5, 0.5): A 300 m, B 700 m, C 2,000 m away.
// Culture, service and elderly at (2000.5, 500.5): 500 m from C; a health station at (2000.5, 550.5)
// opening 2028: 550 m from C.
// Ten-minute circle: A in (300 ≤ 560); B out (700 > 560, though within the 15-minute 840);
// C out until 2028, in from 2028 (500 and 550 ≤ 560).
// Share: 2026–2027 100 / 600 = 1/6; 2028 on (100 + 300) / 600 = 2/3.
// Culture at 15 minutes: A 300, B 700, C 500 ≤ 840 → 600 / 600 = 1.
function wuhai(circles = [{ id: 'WH10', minutes: 10, types: WUHAI }]) {
  return spatialCity(
    [placed('A', 300.5, 0.5, 100), placed('B', 700.5, 0.5, 200), placed('C', 2000.5, 0.5, 300)],
    [...at('O', WUHAI, 0.5, 0.5), ...at('N', ['culture', 'service', 'elderly'], 2000.5, 500.5)],
    {
      planned: [facility('N-health', 'health', 2000.5, 550.5, 2028)],
      spatial: { cellSize: 1, walk: { minutes: 15, speedMetresPerMinute: 70, detourFactor: 1.25 }, serviceCircles: circles },
    },
  );
}

describe('service circles with their own walking time (CASES-wuhai)', () => {
  it('measures the ten-minute circle at 560 m beside the 15-minute life circle at 840 m', () => {
    const c = coverage(wuhai(), YEARS)!;
    expect(c.reach).toBeCloseTo(840, 9);
    const [wh] = c.circles;
    expect(wh.reach).toBeCloseTo(560, 9);
    expect(wh.city.residentShare.map((v) => v!.toFixed(4))).toEqual(['0.1667', '0.1667', '0.6667', '0.6667', '0.6667']);
    expect(wh.city.coveredResidents[2]).toBe(400);
    expect(Array.from(wh.communityShare.subarray(0, 3))).toEqual([1, 0, 0]); // 2026: A, B, C
    expect(c.city.culture.residentShare[0]).toBe(1);
  });

  it('is a metric a target can use: the least-covered circle decides', () => {
    const p = runScenario(wuhai()).projection;
    const metric = metricById('coverage.serviceCircles')!;
    expect(metric.compute(p, 2, -1)).toBeCloseTo(2 / 3, 12);
    // A five-minute elderly circle reaches 5 × 70 ÷ 1.25 = 280 m: A (300 m) is out, so nobody is in and it decides.
    const two = runScenario(wuhai([{ id: 'WH10', minutes: 10, types: WUHAI }, { id: 'E5', minutes: 5, types: ['elderly'] }])).projection;
    expect(metric.compute(two, 2, -1)).toBe(0);
    const r = runScenario({ ...wuhai(), targets: [{ id: 'T', metric: 'coverage.serviceCircles', threshold: 0.9, year: 2028 }] });
    expect(r.verdicts[0]).toMatchObject({ met: false, binding: { kind: 'circleGap', circle: { id: 'WH10', minutes: 10 }, uncoveredResidents: 200 } });
  });

  it('explains a share from its residents and its own reach', () => {
    const p = runScenario(wuhai()).projection;
    const x = explain(p, 'circle/WH10/2028');
    expect(x.value).toBeCloseTo(2 / 3, 12);
    expect(evaluateFormula(x.formula, x.inputs)).toBeCloseTo(2 / 3, 12);
    expect(x.rules).toEqual(['CASES-wuhai']);
    expect(evaluateFormula(x.derived![0].formula, x.inputs)).toBeCloseTo(560, 9);
    expect(() => explain(p, 'circle/NONE/2028')).toThrow(/no service circle/);
  });

  it('leaves the life circle alone and has no metric without circles', () => {
    const plain = spatialCity([placed('A', 300.5, 0.5, 100)], at('O', WUHAI, 0.5, 0.5));
    const p = runScenario(plain).projection;
    expect(p.coverage!.circles).toEqual([]);
    expect(metricById('coverage.serviceCircles')!.compute(p, 0, -1)).toBeNull();
  });
});
