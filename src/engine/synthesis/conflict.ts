/**
 * Which targets and limits cannot all hold. HiGHS's own IIS (getIis) analyses linear programmes; ours
 * has integer columns, and an explanation is wanted in targets and limits rather than rows. So a
 * deletion filter runs over the groups of rows and bounds (each chosen target, each limit): drop a
 * group, solve again with HiGHS, and leave it out for good if the rest is still infeasible. What
 * remains is irreducible: every group in it is needed for the conflict.
 */
import type { Group, LinearModel, SolveOptions, Solver } from './model';

/** Bounds that lift every group in `lifted`: its rows become free, its columns lose their upper bound. */
export function lifting(model: LinearModel, lifted: Set<number>): Pick<SolveOptions, 'bounds' | 'rowBounds'> {
  const rowBounds = new Map<number, [number, number]>();
  model.rows.forEach((r, i) => {
    if (lifted.has(r.group)) rowBounds.set(i, [-Infinity, Infinity]);
  });
  const bounds = new Map<number, [number, number]>();
  model.cols.forEach((c, j) => {
    if (lifted.has(c.group)) bounds.set(j, [c.lower, Infinity]);
  });
  return { bounds, rowBounds };
}

export function conflictOf(model: LinearModel, solver: Solver, timeLimitSeconds?: number): Group[] {
  const lifted = new Set<number>();
  for (let g = 0; g < model.groups.length; g++) {
    lifted.add(g);
    const status = solver.solve(model, { ...lifting(model, lifted), timeLimitSeconds }).status;
    // still infeasible without it: the group is not part of the conflict
    if (status !== 'infeasible') lifted.delete(g);
  }
  // targets first, then the limits they run into
  const left = model.groups.filter((_, g) => !lifted.has(g));
  return [...left.filter((g) => g.kind === 'target'), ...left.filter((g) => g.kind !== 'target')];
}
