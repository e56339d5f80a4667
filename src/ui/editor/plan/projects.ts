/** Adding and removing building projects: structural edits of plan.building.projects. */
import type { BuildingProject, Scenario } from '../../../engine/scenario';

/** "P1", "P2", … the first not taken, so a new project never collides with one read from a file. */
export function nextProjectId(projects: readonly BuildingProject[]): string {
  const taken = new Set(projects.map((p) => p.id));
  let n = projects.length + 1;
  while (taken.has(`P${n}`)) n++;
  return `P${n}`;
}

function withProjects(scenario: Scenario, projects: BuildingProject[]): Scenario {
  const { plan } = scenario;
  return { ...scenario, plan: { ...plan, building: { ...plan.building, projects } } };
}

/** A new project at the end: built for `target` from the first horizon year, funded after those already listed. */
export function addProject(scenario: Scenario, target: string, m2 = 100): Scenario {
  const projects = scenario.plan.building.projects;
  const priority = projects.reduce((max, p) => Math.max(max, p.priority), 0) + 1;
  const project: BuildingProject = { id: nextProjectId(projects), target, m2, startYear: scenario.horizon.firstYear, priority };
  return withProjects(scenario, [...projects, project]);
}

export function removeProject(scenario: Scenario, index: number): Scenario {
  return withProjects(
    scenario,
    scenario.plan.building.projects.filter((_, i) => i !== index),
  );
}
