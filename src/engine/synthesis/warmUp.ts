/**
 * A stand-in programme solved once when the solver is loaded, before anyone is waiting on it. The
 * WebAssembly runtime first runs the solver through a quick baseline compiler and compiles a function
 * for speed only once it has run a while: the first synthesis in a process ran several times slower
 * than the same synthesis again. A capacitated siting programme (binary openings, continuous shares,
 * capacity and demand rows) takes the solver through presolve, simplex, cuts, branching and its
 * sub-programme heuristics, the paths a synthesis takes, in well under a second once compiled.
 * Its data come from a fixed sequence, so the warm-up is the same every time.
 */
import { LinearModel, type Solver } from './model';

/** 12 sites and 30 places: a larger stand-in warms little more and costs more itself. */
const SITES = 12;
const PLACES = 30;

/** Each site holds two and a half times its even share of the demand. */
export const SITE_CAPACITY = 2.5 / SITES;

export function warmUpModel(): LinearModel {
  // Park–Miller: every product stays below 2^53, so the sequence is exact in any runtime.
  let seed = 20260101;
  const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const m = new LinearModel();
  const demand = Array.from({ length: PLACES }, () => 5 + Math.round(next() * 30));
  const capacity = Math.round(demand.reduce((a, b) => a + b, 0) * SITE_CAPACITY);
  const open = Array.from({ length: SITES }, (_, f) => m.col(`y${f}`, 0, 1, 400 + Math.round(next() * 400), true));
  const share = open.map((_, f) => demand.map((_, c) => m.col(`x${f}_${c}`, 0, 1, Math.round(next() * 100) + 1)));
  open.forEach((y, f) => {
    m.row([...share[f].map((x, c): [number, number] => [x, demand[c]]), [y, -capacity]], -Infinity, 0);
    share[f].forEach((x) => m.row([[x, 1], [y, -1]], -Infinity, 0));
  });
  demand.forEach((_, c) => m.row(share.map((s): [number, number] => [s[c], 1]), 1, 1));
  return m;
}

export function warmUp(solver: Solver): void {
  solver.solve(warmUpModel());
}
