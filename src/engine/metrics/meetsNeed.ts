/**
 * Whether a place meets a need: one rule for every figure that says so (a share of places meeting a
 * standard, a gap summed over places, a verdict's binding, the draws' key series), so that no two of
 * them disagree. A shortfall within 1e-9 × max(1, need) is a residue of rounding, not a shortfall: the
 * tolerance targets.ts's passes gives a threshold. A programme that closes a gap in two starts can
 * land a few ulps short of its aim (652.544 + 1,030.156 is 1,682.6999999999998 against 1,682.7); read
 * exactly, the gap's verdict (within its tolerance) would call that met and the share short.
 */
import { positivePart } from '../positivePart';

const residue = (need: number): number => 1e-9 * Math.max(1, Math.abs(need));

/** have ≥ need, a residue short of it included. */
export const meets = (have: number, need: number): boolean => need - have <= residue(need);

/**
 * need − have where that is a shortfall, else 0 (+0): a sum of these is 0 exactly when every place
 * meets its need, and otherwise above every residue, so a gap's verdict and a share's agree. Without
 * a branch (see positivePart): whether a place falls short follows no pattern a branch could guess.
 */
export function shortfall(need: number, have: number): number {
  const d = need - have;
  return positivePart(d) * +(d > residue(need));
}
