/**
 * Valid scenarios to start fuzzing from: the small fixture, its version-0 form, and the built-in
 * scenarios whole and cut down to a district or two (a whole one is slow enough that it is used
 * for fewer runs).
 */
import { readFileSync } from 'node:fs';
import type { Scenario } from '../../engine/scenario';
import { smallScenario } from '../fixtures/smallScenario';
import { v0Scenario } from '../migrations/fixtures/v0Scenario';

export const BUILT_IN_FILES = ['demo-15th-fyp.json', 'nanjing-2007-2010.json'] as const;

export function builtIn(file: string): Scenario {
  return JSON.parse(readFileSync(new URL(`../../../scenarios/${file}`, import.meta.url), 'utf8')) as Scenario;
}

/** The first districts and, in each, the first streets; plan and targets that name what is cut are dropped with it. */
export function shrink(s: Scenario, districts: number, streets: number): Scenario {
  const kept = s.city.districts.slice(0, districts).map((d) => ({ ...d, streets: d.streets.slice(0, streets) }));
  const ids = new Set(kept.flatMap((d) => [d.id, ...d.streets.flatMap((st) => [st.id, ...st.communities.map((c) => c.id)])]));
  const prefixes = kept.map((d) => d.id);
  return {
    ...s,
    city: {
      ...s.city,
      districts: kept,
      ...(s.city.facilities && { facilities: s.city.facilities.filter((f) => prefixes.some((p) => f.id.includes(p))) }),
    },
    plan: { ...s.plan, building: { ...s.plan.building, projects: s.plan.building.projects.filter((p) => ids.has(p.target)) } },
    targets: s.targets.filter((t) => !t.scope?.district || ids.has(t.scope.district)),
  };
}

export interface Source {
  name: string;
  make: () => unknown;
}

export function smallSources(): Source[] {
  const shrunk = BUILT_IN_FILES.map((f) => shrink(builtIn(f), 1, 2));
  return [
    { name: 'smallScenario', make: smallScenario },
    { name: 'v0Scenario', make: v0Scenario },
    ...shrunk.map((s, i) => ({ name: `${BUILT_IN_FILES[i]} (1 district, 2 streets)`, make: () => structuredClone(s) })),
  ];
}

export function wholeSources(): Source[] {
  return BUILT_IN_FILES.map((f) => {
    const s = builtIn(f);
    return { name: f, make: () => structuredClone(s) };
  });
}
