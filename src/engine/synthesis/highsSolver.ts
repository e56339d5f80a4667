/**
 * The synthesis solver on HiGHS (npm `highs`, WebAssembly). The host loads the runtime (Node finds
 * highs.wasm beside the package; the app's worker points locateFile at the bundled asset) and passes it in.
 */
import type { Highs } from 'highs';
import type { LinearModel, Ranged, Solution, SolveOptions, SolveStatus, Solver } from './model';

export function highsSolver(highs: Highs): Solver {
  return { solve: (model, options = {}) => solveWith(highs, model, options) };
}

function statusOf(highs: Highs, code: number): SolveStatus {
  const s = highs.constants.modelStatus;
  if (code === s.optimal) return 'optimal';
  if (code === s.infeasible) return 'infeasible';
  if (code === s.unbounded || code === s.unboundedOrInfeasible) return code === s.unbounded ? 'unbounded' : 'infeasible';
  if (code === s.timeLimit || code === s.iterationLimit || code === s.solutionLimit || code === s.interrupted) return 'limit';
  return 'error';
}

function solveWith(highs: Highs, m: LinearModel, o: SolveOptions): Solution {
  const inf = highs.infinity;
  const clamp = (v: number) => (v === Infinity ? inf : v === -Infinity ? -inf : v);
  const nr = m.rows.length;
  const nc = m.cols.length;
  const starts = new Int32Array(nr + 1);
  let nnz = 0;
  m.rows.forEach((r, i) => {
    nnz += r.cols.length;
    starts[i + 1] = nnz;
  });
  const indices = new Int32Array(nnz);
  const values = new Float64Array(nnz);
  let k = 0;
  for (const r of m.rows) {
    for (let j = 0; j < r.cols.length; j++, k++) {
      indices[k] = r.cols[j];
      values[k] = r.vals[j];
    }
  }
  const colLower = m.cols.map((c, j) => clamp(o.bounds?.get(j)?.[0] ?? c.lower));
  const colUpper = m.cols.map((c, j) => clamp(o.bounds?.get(j)?.[1] ?? c.upper));
  const rowLower = m.rows.map((r, i) => clamp(o.rowBounds?.get(i)?.[0] ?? r.lower));
  const rowUpper = m.rows.map((r, i) => clamp(o.rowBounds?.get(i)?.[1] ?? r.upper));
  const integer = highs.constants.variableType.integer;
  const continuous = highs.constants.variableType.continuous;
  const mip = !o.duals && !o.relaxed && m.cols.some((c) => c.integer);
  return highs.withModel(
    {
      numCols: nc,
      numRows: nr,
      offset: m.offset,
      colCost: m.cols.map((c) => c.cost),
      colLower,
      colUpper,
      rowLower,
      rowUpper,
      matrix: { format: 'csr', numRows: nr, numCols: nc, starts, indices, values },
      ...(mip && { integrality: m.cols.map((c) => (c.integer ? integer : continuous)) }),
    },
    (model) => {
      model.options.set({ output_flag: false, ...(o.timeLimitSeconds && { time_limit: o.timeLimitSeconds }), ...(mip && o.absoluteGap !== undefined && { mip_abs_gap: o.absoluteGap }), ...(mip && o.relativeGap !== undefined && { mip_rel_gap: o.relativeGap }) });
      if (mip && o.start?.length === nc) model.setSolution({ colValue: o.start });
      model.run();
      const status = statusOf(highs, model.getModelStatus());
      if (status !== 'optimal') return { status, objective: NaN, x: [] };
      const sol = model.getSolution();
      const objective = model.getObjectiveValue();
      const out: Solution = { status, objective, bound: mip ? dualBound(model, objective) : objective, x: Array.from(sol.colValue) };
      if (!o.duals) return out;
      out.rowDual = Array.from(sol.rowDual);
      out.colDual = Array.from(sol.colDual);
      // Ranging needs an optimal simplex basis: the fixed programme is an LP, so it has one.
      const r = model.getRanging();
      const pair = (down: Float64Array, up: Float64Array): Ranged[] => Array.from(down, (d, i) => ({ down: d, up: up[i] }));
      out.rowRange = pair(r.rowBoundDown.value, r.rowBoundUp.value);
      out.colRange = pair(r.colBoundDown.value, r.colBoundUp.value);
      return out;
    },
  );
}

/** HiGHS stops branch and bound within its gap tolerance: what it proved is the dual bound (none when it reports none). */
function dualBound(model: { info: { get(name: string): number | bigint } }, objective: number): number | undefined {
  try {
    const bound = Number(model.info.get('mip_dual_bound'));
    return Number.isFinite(bound) ? Math.min(objective, bound) : undefined;
  } catch {
    return undefined;
  }
}
