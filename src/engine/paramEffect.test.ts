/**
 * No parameter on the Rules tab is without effect: for every built-in rule set and each of its
 * parameters, moving the value within its range (in a small city that exercises every rule) moves some
 * series, cost, payer total or metric. A parameter the rule set keeps only to cite a number (marked
 * citationOnly) must instead leave every result unchanged, so the mark stays honest.
 */
import { describe, expect, it } from 'vitest';
import { community } from '../fixtures/tinyCity';
import { METRICS } from './metrics';
import type { ParamKey } from './params';
import { PARAMS } from './params';
import { RULE_SET_IDS, RULE_SETS } from './policyLibrary';
import type { Parameter } from './ruleSet';
import { runScenario } from './run';
import type { Community, Scenario, Street } from './scenario';

const kinds: Community['kind'][] = ['rural', 'urbanExisting', 'urbanNew', 'urbanExisting'];
const households = [700, 1500, 2600, 3400];
const spaces = [0, 320, 650, 900];

/** A street whose communities spread over sizes, kinds, staff and space, so each threshold has someone on either side. */
function street(id: string, cls: Street['class'], centreSpace: number): Street {
  const communities = households.map((h, i) =>
    community({
      id: `${id}C${i}`,
      kind: kinds[i],
      households: h,
      residents: h * 3,
      growth: 0.04,
      staff: { inPost: 3 + 2 * i, certified: i % 2, bachelor: (i + 1) % 2, committeeMembers: 3 },
      space: spaces[i],
      // migrants around each coordinator ratio, yearly registrations (QY-8) and volunteers either side of 8% (QY-14)
      migrants: 250 + 350 * i,
      registrationsPerYear: 10 * i,
      volunteers: Math.round(h * 3 * (0.05 + 0.02 * i)),
      // public-benefit shares either side of NJ2007-19's 2/3 and of half of it; villages are outside the clause
      ...(i > 0 && { publicBenefitShare: [0.5, 0.7, 0.9][i - 1] }),
      // occupancy 30% growing 12% a year crosses GOV2020-2b's 50% in the fifth year
      ...(kinds[i] === 'urbanNew' && { dwellings: h, households: h * 0.3, growth: 0.12 }),
    }),
  );
  return { id, name: id, class: cls, centreSpace, stationStaff: 4 + cls, communities };
}

function city(ruleSetId: string, firstYear: number, early: boolean, overrides?: Partial<Record<ParamKey, number>>, citySplit?: number): Scenario {
  const start = early ? firstYear - 1 : firstYear;
  return {
    schemaVersion: 3,
    name: 'every rule',
    horizon: { baseYear: start - 1, firstYear: start, lastYear: firstYear + 6 },
    city: {
      name: 'every rule',
      districts: [
        { id: 'D1', name: 'D1', centreSpace: 3400, streets: [street('S1', 1, 1400), street('S2', 2, 1700), street('S3', 3, 3200)] },
        { id: 'D2', name: 'D2', centreSpace: 5600, streets: [street('S4', 2, 2200)] },
      ],
    },
    ruleSet: { id: ruleSetId, overrides },
    plan: {
      hiring: { capacityPerYear: 2, attritionRate: 0.05, certifiedShare: 0.3, bachelorShare: 0.3 },
      // below CS2010-7c-1's floor of 19,200 a year, so the floor binds; a plan's own split brings in 7c-3's district part
      pay: { perWorker: 15_000, growth: 0.05, ...(citySplit !== undefined && { cityShare: citySplit }) },
      building: { costPerM2: 4000, leadTimeYears: 1, payer: 'district', autoCloseFrom: firstYear,
        // started the year before, brings S1's rural community from 0 to 350 m² in the rule set's first
        // year (NJ2007-21b's window); a new estate is, though, established in a year before its rule.
        // Q brings S2's rural community over the threshold a year later, at the window's last year, since
        // no minimum forces a crossing then (villages' minimum and the urban ones fall later or are met).
        projects: early
          ? [
              { id: 'P', target: 'S1C0', m2: 350, startYear: start, priority: 1 },
              { id: 'Q', target: 'S2C0', m2: 350, startYear: start + 1, priority: 2 },
            ]
          : [],
      },
      budgets: {},
      shortfall: { mode: 'report', priority: ['hiring', 'building'] },
    },
    targets: [],
    seed: 1,
  };
}

/**
 * Everything a parameter could move: series, cost lines, payers and every metric in every year and
 * scope, with the horizon starting in the rule set's first year and the year before, and with a plan's own pay split.
 */
function results(id: string, firstYear: number, overrides?: Partial<Record<ParamKey, number>>): string {
  return [city(id, firstYear, true, overrides), city(id, firstYear, false, overrides), city(id, firstYear, false, overrides, 0.5)].map(resultsOf).join();
}

function resultsOf(s: Scenario): string {
  const r = runScenario(s);
  const p = r.projection;
  const metrics = METRICS.map((m) => p.years.map((_, y) => [-1, 0, 1].map((d) => m.compute(p, y, d))));
  return JSON.stringify([Object.values(p.series).map((a) => [...a]), p.costs.map((a) => [...a]), p.payers, metrics]);
}

/** Other values the document allows: the ends of its range, else plainly different ones. */
function moved(param: Parameter, value: number): number[] {
  if (param.range) return param.range.filter((end) => end !== value);
  if (param.unit === 'flag') return [1 - value];
  if (param.unit === 'year') return [value - 1, value + 1];
  if (value === 0) return [1, 10];
  if (param.unit === 'share') return [value / 2];
  // a total such as NJ2007-21c's fund binds only in a city far larger than this one, so try a small one too
  if (param.unit === 'yuan') return [value * 1.5, value / 100];
  return [value * 1.5];
}

/** The latest dated value and the first year it is in force. */
function latest(param: Parameter): { value: number; year: number } {
  const date = Object.keys(param.values).sort().at(-1)!;
  return { value: param.values[date], year: Number(date.slice(0, 4)) };
}

describe.each(RULE_SET_IDS)('every parameter of %s has an effect', (id) => {
  const set = RULE_SETS[id];
  const entries = Object.entries(set.parameters) as [ParamKey, Parameter][];
  const firstYear = Math.min(...entries.map(([, param]) => Number(Object.keys(param.values).sort()[0].slice(0, 4))));

  it.each(entries.map(([key, param]) => [key, param] as const))('%s', (key, param) => {
    expect(PARAMS[key], key).toBeDefined();
    const { value } = latest(param);
    const base = results(id, firstYear);
    const moves = moved(param, value).some((other) => results(id, firstYear, { [key]: other }) !== base);
    if (param.citationOnly) expect(moves, `${key} is marked citation-only but moves a result`).toBe(false);
    else expect(moves, `${key}: ${value} → ${moved(param, value).join(' or ')} moves nothing`).toBe(true);
  });
});
