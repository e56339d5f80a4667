/** A share link carries a scenario's own rule set and its per-district overrides whole, and they validate on arrival. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../engine/scenario';
import { validateScenario } from '../../io/validateScenario';
import { decodePayload, encodeScenario } from './shareLink';

const qinghu = JSON.parse(readFileSync(fileURLToPath(new URL('../../../scenarios/qinghu-2026-2030.json', import.meta.url)), 'utf8')) as Scenario;

describe('share link with overrides', () => {
  it('round-trips the worked example with its rule set’s 6:4 split from 2028 and a district’s own ratio', async () => {
    const scenario: Scenario = { ...qinghu, ruleSet: { ...qinghu.ruleSet, districtOverrides: { 'staffing.householdsPerWorker': { D2: { '2029': 220 } } } } };
    const back = await decodePayload(await encodeScenario(scenario));
    expect(back).toEqual(scenario);
    const checked = validateScenario(back);
    expect(checked.ok && checked.scenario.ruleSet.custom?.parameters['pay.cityShare']?.values).toEqual({ '2026-01-01': 0.5, '2028-01-01': 0.6 });
    expect(checked.ok && checked.scenario.ruleSet.districtOverrides?.['staffing.householdsPerWorker']).toEqual({ D2: { '2029': 220 } });
  });
});
