/** A life-circle or service-circle share explains itself: covered residents over residents, and the walk behind the reach. */
import type { CoverageFigures, CoverageKey } from '../coverage/types';
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

/** A service circle's share (CASES-wuhai): residents within its own minutes of all its types. district: a district number, or −1. */
export function explainCircle(p: Projection, path: string, id: string, y: number, district: number): Explanation {
  const circle = p.coverage?.circles.find((c) => c.id === id);
  if (!circle) throw new Error(`explain("${path}"): no service circle "${id}" (city.spatial.serviceCircles)`);
  const f: CoverageFigures = district < 0 ? circle.city : circle.byDistrict[district];
  const inputs = new Inputs();
  const covered = inputs.add({ kind: 'coveredResidents', value: f.coveredResidents[y], unit: 'person' });
  const residents = inputs.add({ kind: 'residents', value: f.residents[y], unit: 'person' });
  const share = f.residentShare[y];
  const walk = { ...p.coverage!.walk, minutes: circle.minutes };
  return {
    path,
    subject: {
      kind: 'serviceCircle',
      circle: { id: circle.id, minutes: circle.minutes, types: circle.types },
      year: p.years[y],
      ...(district >= 0 && { district: entityRef(p, p.nCommunities + p.nStreets + district) }),
    },
    value: share ?? 0,
    unit: 'share',
    inputs: inputs.list,
    formula: share === null ? num(0) : op('div', covered, residents),
    rules: ['CASES-wuhai'],
    derived: [reach(p.coverage!.mode, walk, circle.reach, inputs)],
    ...(share === null && { note: 'noResidents' as const }),
  };
}

/** Minutes × metres per minute along the network; in a straight line, shortened by the detour factor (coverage/defaults.ts). */
function reach(mode: 'straightLine' | 'network', walk: { minutes: number; speedMetresPerMinute: number; detourFactor: number }, value: number, inputs: Inputs): DerivedFigure {
  const walked = op('mul', inputs.add({ kind: 'walkMinutes', value: walk.minutes, unit: 'minute' }), inputs.add({ kind: 'walkSpeed', value: walk.speedMetresPerMinute, unit: 'metrePerMinute' }));
  if (mode === 'network') return { what: 'networkReach', value, unit: 'metre', formula: walked };
  return { what: 'straightLineReach', value, unit: 'metre', formula: op('div', walked, inputs.add({ kind: 'detourFactor', value: walk.detourFactor, unit: 'factor' })) };
}
