/**
 * The key series a draw reads in one pass a year are keySeriesValue's to the bit, the district totals
 * the pass keeps give the staffing targets the figures they count for themselves, and the shares and
 * gaps it counts for the city's targets are the metrics' own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbScenario } from '../../fixtures/arbScenario';
import { keySeriesNames, keySeriesValue } from '../keySeries';
import { metricById } from '../metrics';
import { RULE_SET_IDS } from '../policyLibrary';
import { project } from '../project';
import type { Projection } from '../projection';
import type { Scenario } from '../scenario';
import { quotaLevelIn, sharingDistrictStaffing } from '../staffQuota';
import { readKeySeries } from './drawSeries';
import { figureKey } from './targetReader';

const STAFFING = ['staffingShareMet', 'staffGap'].map((id) => metricById(id)!);
const SPACE_SHARES = ['spaceShareMet', 'spaceMinShareMet'].map((id) => metricById(id)!);
const SPACE_GAP = metricById('spaceGap')!;

/** Years in which the pass counted the city's staffing share itself, and how many of them counted committee members. */
const staffCounted = { years: 0, withCommittee: 0, withGap: 0 };

/** Where the pass differs from the figures read one by one, as "what year: pass vs one by one" (Object.is, so −0 is not +0). */
function differences(p: Projection): string[] {
  const names = keySeriesNames(p.coverage !== null);
  const out: string[] = [];
  p.years.forEach((year, y) => {
    const pass = names.map(() => new Float64Array(1));
    const figures = new Map<string, number | null>();
    const staffing = sharingDistrictStaffing(() => {
      readKeySeries(p, y, names, pass, 0, { figures, withMin: true, weigh: false });
      return STAFFING.map((m) => m.compute(p, y, -1));
    });
    names.forEach((name, s) => {
      const alone = keySeriesValue(p, name, y);
      if (!Object.is(pass[s][0], alone)) out.push(`${name} ${year}: ${pass[s][0]} vs ${alone}`);
    });
    STAFFING.forEach((m, k) => {
      const alone = m.compute(p, y, -1);
      if (!Object.is(staffing[k], alone)) out.push(`${m.id} ${year}: ${staffing[k]} vs ${alone}`);
    });
    SPACE_SHARES.forEach((m) => {
      const counted = figures.get(figureKey(m.id, -1, y));
      const alone = m.compute(p, y, -1);
      if (!Object.is(counted, alone)) out.push(`${m.id} ${year}: ${counted} vs ${alone}`);
    });
    if (figures.has(figureKey('staffingShareMet', -1, y))) {
      staffCounted.years++;
      if (p.params['staffing.countCommitteeMembers']?.[y] === 1) staffCounted.withCommittee++;
      if (pass[names.indexOf('staffGap')][0] > 0) staffCounted.withGap++;
    }
    [...STAFFING, SPACE_GAP].forEach((m) => {
      const key = figureKey(m.id, -1, y);
      const alone = m.compute(p, y, -1);
      if (figures.has(key) && !Object.is(figures.get(key), alone)) out.push(`${m.id} counted ${year}: ${figures.get(key)} vs ${alone}`);
    });
  });
  return out;
}

const scenariosDir = new URL('../../../scenarios/', import.meta.url);
const json = (file: string) => JSON.parse(readFileSync(fileURLToPath(new URL(file, scenariosDir)), 'utf8'));
const read = (file: string): Scenario => (file.startsWith('training/') ? json(file).scenario : json(file));
const FILES = ['demo-15th-fyp.json', 'nanjing-2007-2010.json', 'qinghu-2026-2030.json', ...readdirSync(fileURLToPath(new URL('training/', scenariosDir))).filter((f) => f.endsWith('.json')).map((f) => `training/${f}`)];

describe('key series read in one pass a year', () => {
  it('are the figures read one by one on the built-ins and exercises under every rule set', () => {
    let quotaYears = 0;
    let gaps = 0;
    let partial = 0;
    for (const file of FILES) {
      for (const id of RULE_SET_IDS) {
        const p = project({ ...read(file), ruleSet: { ...read(file).ruleSet, id } });
        expect(differences(p), `${file} under ${id}`).toEqual([]);
        p.years.forEach((_, y) => {
          if (quotaLevelIn(p.params, y) === 'district') quotaYears++;
          if (keySeriesValue(p, 'spaceGap', y) > 0) gaps++;
          for (const m of SPACE_SHARES) if ((m.compute(p, y, -1) ?? 1) < 1) partial++;
        });
      }
    }
    // Both ways of counting staff (the pass's own count with gaps not all zero among them),
    // space gaps that are not all zero and shares short of 1 were compared.
    expect(quotaYears).toBeGreaterThan(0);
    expect(staffCounted.years).toBeGreaterThan(0);
    expect(staffCounted.withGap).toBeGreaterThan(0);
    expect(gaps).toBeGreaterThan(0);
    expect(partial).toBeGreaterThan(0);
  });

  it('count committee members among the staff as the staffing metrics do (YX2008-5)', () => {
    const before = staffCounted.withCommittee;
    // Random cities under YX2008, 0–3 committee members a community, so a member can close a gap or not.
    const withMembers = (s: Scenario): Scenario => ({
      ...s,
      ruleSet: { ...s.ruleSet, id: 'YX2008' },
      city: {
        ...s.city,
        districts: s.city.districts.map((d) => ({
          ...d,
          streets: d.streets.map((st) => ({ ...st, communities: st.communities.map((c, k) => ({ ...c, staff: { ...c.staff, committeeMembers: k % 4 } })) })),
        })),
      },
    });
    fc.assert(
      fc.property(arbScenario, (s) => differences(project(withMembers(s))).length === 0),
      { numRuns: 60 },
    );
    expect(staffCounted.withCommittee).toBeGreaterThan(before);
  });

  it('are the figures read one by one on random scenarios', () => {
    fc.assert(
      fc.property(arbScenario, (s) => differences(project(s)).length === 0),
      { numRuns: 60 },
    );
  });
});
