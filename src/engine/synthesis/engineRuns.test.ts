/** The engine's runs of successive plans (engineRuns.ts) give what a fresh run gives, coverage reused or not. */
import { describe, expect, it } from 'vitest';
import { lifeCircleCity } from '../../fixtures/lifeCircleCity';
import { project } from '../project';
import { engineRuns } from './engineRuns';

describe('runs of successive plans', () => {
  // lifeCircleCity: 80% within reach of all five types; with every type planned at C in 2028, 100% from 2028.
  it('reuse coverage while the facilities stay, and compute it again once they change', () => {
    const s = lifeCircleCity();
    const planned = lifeCircleCity({ planned: true });
    const runOf = engineRuns(s, true);
    const first = runOf(s);
    const hired = { ...s, plan: { ...s.plan, hiring: { ...s.plan.hiring, capacityPerYear: s.plan.hiring.capacityPerYear + 7 } } };
    const again = runOf(hired);
    expect(again.coverage).toBe(first.coverage);
    expect(again).toEqual(project(hired));
    const moved = runOf(planned);
    expect(moved).toEqual(project(planned));
    expect(moved.coverage!.city.all5.residentShare.at(-1)).toBe(1);
    expect(first.coverage!.city.all5.residentShare.at(-1)).toBe(0.8);
  });

  it('leave coverage out when no chosen target asks for it', () => {
    expect(engineRuns(lifeCircleCity(), false)(lifeCircleCity()).coverage).toBeNull();
  });
});
