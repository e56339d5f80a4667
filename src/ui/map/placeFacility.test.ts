import { describe, expect, it } from 'vitest';
import { community, tinyCity } from '../../fixtures/tinyCity';
import type { Scenario } from '../../engine/scenario';
import { ScenarioDoc } from '../state/scenarioDoc.svelte';
import { draftFor, draftValid, placeFacility } from './placeFacility';

function city(): Scenario {
  const s = tinyCity([community({ id: 'A', location: { lon: 118.8, lat: 32.0 } })]);
  s.city.spatial = { crs: 'wgs84' };
  return s;
}

describe('placing a facility on the map', () => {
  it('prefills the type’s cost estimate in 万元 and the horizon’s first year, as 添加设施 does', () => {
    const s = city();
    // scenarios/facilityCosts.json: a service centre 3,000,000 yuan to build, 400,000 a year: 300 and 40 万元.
    expect(draftFor(s, 'service')).toEqual({ type: 'service', openingYear: s.horizon.firstYear, capitalWan: 300, runningWan: 40 });
    // a clinic: 5,000,000 and 600,000 yuan; the year chosen stays.
    expect(draftFor(s, 'medical', 2029)).toEqual({ type: 'medical', openingYear: 2029, capitalWan: 500, runningWan: 60 });
    expect(draftValid({ ...draftFor(s, 'market'), runningWan: -1 })).toBe(false);
    expect(draftValid({ ...draftFor(s, 'market'), capitalWan: NaN })).toBe(false);
  });

  it('adds the facility at the clicked place with its costs in yuan, and one undo removes it', () => {
    const s = city();
    const doc = new ScenarioDoc('x', s);
    const draft = { ...draftFor(s, 'market', 2028), capitalWan: 250.5 };
    doc.replace(placeFacility(s, draft, [118.8123456, 32.0054321], '甲市场'), 'plan.facilities.placed');
    expect(doc.scenario.plan.facilities).toEqual([
      // 250.5 万元 = 2,505,000 yuan; the market's running estimate 200,000 yuan; the place rounded to 1e-5°.
      { id: 'PF-market-1', name: '甲市场', type: 'market', location: { lon: 118.81235, lat: 32.00543 }, openingYear: 2028, capitalCost: 2_505_000, runningCost: 200_000 },
    ]);
    doc.undo();
    expect(doc.scenario).toBe(s);
    expect(doc.canUndo).toBe(false);
  });
});
