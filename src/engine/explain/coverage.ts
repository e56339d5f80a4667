/** A life-circle share explains itself: covered residents over residents, and the walk behind the reach. */
import type { CoverageKey } from '../coverage/types';
import type { Projection } from '../projection';
import { entityRef } from './entities';
import { Inputs, num, op } from './formula';
import type { DerivedFigure, Explanation } from './types';

/** district: a district number, or −1 for the city. */
export function explainCoverage(p: Projection, path: string, key: CoverageKey, y: number, district: number): Explanation {
  const c = p.coverage;
  if (!c) throw new Error(`explain("${path}"): the scenario has no spatial data (city.spatial)`);
  const f = district < 0 ? c.city[key] : c.byDistrict[district][key];
  const inputs = new Inputs();
  const covered = inputs.add({ kind: 'coveredResidents', value: f.coveredResidents[y], unit: 'person' });
  const residents = inputs.add({ kind: 'residents', value: f.residents[y], unit: 'person' });
  const share = f.residentShare[y];
  return {
    path,
    subject: {
      kind: 'coverage',
      key,
      year: p.years[y],
      walkMinutes: c.walk.minutes,
      ...(district >= 0 && { district: entityRef(p, p.nCommunities + p.nStreets + district) }),
    },
    value: share ?? 0,
    unit: 'share',
    inputs: inputs.list,
    formula: share === null ? num(0) : op('div', covered, residents),
    rules: key === 'elderly' ? ['NT2011-4'] : ['GOV2020-4b'],
    derived: [reach(c.mode, c.walk, c.reach, inputs)],
    ...(share === null && { note: 'noResidents' as const }),
  };
}

/** Minutes × metres per minute along the network; in a straight line, shortened by the detour factor (coverage/defaults.ts). */
function reach(mode: 'straightLine' | 'network', walk: { minutes: number; speedMetresPerMinute: number; detourFactor: number }, value: number, inputs: Inputs): DerivedFigure {
  const walked = op('mul', inputs.add({ kind: 'walkMinutes', value: walk.minutes, unit: 'minute' }), inputs.add({ kind: 'walkSpeed', value: walk.speedMetresPerMinute, unit: 'metrePerMinute' }));
  if (mode === 'network') return { what: 'networkReach', value, unit: 'metre', formula: walked };
  return { what: 'straightLineReach', value, unit: 'metre', formula: op('div', walked, inputs.add({ kind: 'detourFactor', value: walk.detourFactor, unit: 'factor' })) };
}
