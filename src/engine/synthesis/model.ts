/**
 * A mixed-integer linear programme as plain arrays, with every row and bound tagged by the target or
 * limit it stands for, so an infeasible programme can be explained in those terms.
 */

/** What a row or a bound expresses: a chosen target, or one of the user's limits. */
export type Group =
  | { kind: 'target'; targetId: string }
  | { kind: 'budgetCeiling'; payer: string; yuan: number }
  | { kind: 'fixedBudget'; payer: string }
  | { kind: 'hiringCapacity'; capacity: number }
  | { kind: 'buildingCapacity'; m2: number }
  | { kind: 'nonDecreasing'; payer: string };

export interface Row {
  lower: number;
  upper: number;
  cols: number[];
  vals: number[];
  /** index into LinearModel.groups; -1 for the engine's own rules (stock, lead time, greedy hiring) */
  group: number;
}

export interface Col {
  name: string;
  lower: number;
  upper: number;
  cost: number;
  integer: boolean;
  /** a limit carried by the column's upper bound (a budget ceiling, the hiring capacity) */
  group: number;
}

export class LinearModel {
  cols: Col[] = [];
  rows: Row[] = [];
  groups: Group[] = [];
  /** constant part of the objective (the spending the plan does not change), 万元 */
  offset = 0;

  col(name: string, lower: number, upper: number, cost = 0, integer = false, group = -1): number {
    this.cols.push({ name, lower, upper, cost, integer, group });
    return this.cols.length - 1;
  }

  row(terms: [number, number][], lower: number, upper: number, group = -1): number {
    const merged = new Map<number, number>();
    for (const [c, v] of terms) if (v !== 0) merged.set(c, (merged.get(c) ?? 0) + v);
    this.rows.push({ lower, upper, cols: [...merged.keys()], vals: [...merged.values()], group });
    return this.rows.length - 1;
  }

  group(g: Group): number {
    const key = JSON.stringify(g);
    const found = this.groups.findIndex((x) => JSON.stringify(x) === key);
    if (found >= 0) return found;
    this.groups.push(g);
    return this.groups.length - 1;
  }

  get integers(): number {
    return this.cols.filter((c) => c.integer).length;
  }
}

export type SolveStatus = 'optimal' | 'infeasible' | 'unbounded' | 'limit' | 'error';

export interface Ranged {
  /** the limiting values of the row's or column's bound, below and above, over which its dual holds */
  down: number;
  up: number;
}

export interface Solution {
  status: SolveStatus;
  objective: number;
  /** the least objective any solution can have, as proved by the solver (the objective itself for a programme without integers) */
  bound?: number;
  x: number[];
  /** with duals asked: per row and column, objective change per unit of the bound (minimisation) */
  rowDual?: number[];
  colDual?: number[];
  rowRange?: Ranged[];
  colRange?: Ranged[];
}

export interface SolveOptions {
  /** duals and ranging of the programme with its integer columns fixed (an LP) */
  duals?: boolean;
  /** the programme with its integer columns taken as continuous (its LP relaxation), without duals */
  relaxed?: boolean;
  timeLimitSeconds?: number;
  /** stop branch and bound once the solution is proved within this much of the best possible (objective units) */
  absoluteGap?: number;
  /** stop branch and bound once within this share of the objective (the solver's own default otherwise) */
  relativeGap?: number;
  /** columns whose bounds are replaced (to fix integers, or to lift a limit) */
  bounds?: Map<number, [number, number]>;
  /** rows whose bounds are replaced (to lift a target or limit) */
  rowBounds?: Map<number, [number, number]>;
  /** a plan to start branch and bound from, a value per column (the solver checks it, and drops it when infeasible) */
  start?: number[];
}

/** The solver behind the synthesis: HiGHS in the app and the CLI, anything equivalent in a test. */
export interface Solver {
  solve(model: LinearModel, options?: SolveOptions): Solution;
}
