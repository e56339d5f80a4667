/**
 * A distribution's value at a probability u in (0, 1): its inverse distribution function. Each input
 * of a draw takes one uniform number through this, so an input's values keep their order across
 * draws (the tornado ranks draws by them) and a truncated normal needs no rejection loop.
 */
import type { Distribution } from '../scenario';
import { normalCdf, normalQuantile } from './normal';

export function quantileOf(d: Distribution, u: number): number {
  switch (d.kind) {
    case 'uniform':
      return d.min + (d.max - d.min) * u;
    case 'triangular': {
      const { min, mode, max } = d;
      if (max === min) return min;
      const cut = (mode - min) / (max - min);
      return u < cut ? min + Math.sqrt(u * (max - min) * (mode - min)) : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
    }
    case 'normal':
      return truncatedNormal(d.mean, d.sd, d.min ?? -Infinity, d.max ?? Infinity, u);
  }
}

/**
 * The normal conditioned on [lo, hi]: u maps into [Φ(α), Φ(β)] and back through Φ⁻¹. When both bounds
 * lie above the mean the mirror image is drawn instead, so the probabilities stay small numbers near 0,
 * where they are precise, rather than near 1.
 */
function truncatedNormal(mean: number, sd: number, lo: number, hi: number, u: number): number {
  if (sd <= 0) return Math.min(hi, Math.max(lo, mean));
  const a = (lo - mean) / sd;
  const b = (hi - mean) / sd;
  if (a > 0) return mean - sd * standardBetween(-b, -a, 1 - u);
  return mean + sd * standardBetween(a, b, u);
}

function standardBetween(a: number, b: number, u: number): number {
  const pa = normalCdf(a);
  const pb = normalCdf(b);
  // Checks keep the bounds within four standard deviations of the mean; this guards hand-made inputs.
  if (!(pb > pa)) return Math.min(b, Math.max(a, 0));
  const z = normalQuantile(pa + u * (pb - pa));
  return Math.min(b, Math.max(a, z));
}
