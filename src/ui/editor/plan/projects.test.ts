import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../engine/scenario';
import { addProject, nextProjectId, removeProject } from './projects';

const scenario = {
  horizon: { baseYear: 2025, firstYear: 2026, lastYear: 2030 },
  plan: {
    hiring: {},
    building: {
      costPerM2: 5000,
      projects: [
        { id: 'P2', target: 'D01', m2: 500, startYear: 2027, priority: 3 },
        { id: 'X', target: 'D01-S01', m2: 200, startYear: 2026, priority: 1 },
      ],
    },
  },
} as unknown as Scenario;

describe('building projects', () => {
  it('numbers a new project after those taken (P3: two projects, P2 taken)', () => {
    expect(nextProjectId(scenario.plan.building.projects)).toBe('P3');
    expect(nextProjectId([])).toBe('P1');
  });

  it('adds a project at the end, from the first horizon year, after the highest priority', () => {
    const before = structuredClone(scenario);
    const next = addProject(scenario, 'D01-S01-C001');
    expect(next.plan.building.projects.at(-1)).toEqual({ id: 'P3', target: 'D01-S01-C001', m2: 100, startYear: 2026, priority: 4 });
    expect(next.plan.building.costPerM2).toBe(5000);
    expect(next.plan.hiring).toBe(scenario.plan.hiring);
    expect(scenario).toEqual(before);
  });

  it('removes the project at an index', () => {
    expect(removeProject(scenario, 0).plan.building.projects.map((p) => p.id)).toEqual(['X']);
    expect(scenario.plan.building.projects).toHaveLength(2);
  });
});
