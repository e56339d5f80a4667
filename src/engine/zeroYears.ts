/**
 * Which years of each cost line are all zeros, as most are: a rule set uses few of the cost items, so a
 * province's results view would otherwise add up 21 of 27 lines' years of zeros, several times over.
 * Leaving such a year out of a sum leaves the sum as it is, to the last bit: a sum starts at +0, and
 * adding +0 or −0 to a number gives that number back. Kept only while one view is built (buildCache.ts),
 * since Monte Carlo draws rewrite the arrays in place.
 */
import { buildCache } from './buildCache';
import type { Projection } from './projection';

const kept = buildCache<Projection, 'zeroYears', Uint8Array>();

export const sharingZeroYears = <T>(build: () => T): T => kept.during(build);

/** 1 at k × years + y where cost line k is all zeros in year y. */
function scan(p: Projection): Uint8Array {
  const years = p.years.length;
  const nE = p.nEntities;
  const zero = new Uint8Array(p.costs.length * years).fill(1);
  p.costs.forEach((line, k) => {
    for (let y = 0; y < years; y++) {
      for (let i = y * nE; i < (y + 1) * nE; i++) {
        if (line[i] !== 0) {
          zero[k * years + y] = 0;
          break;
        }
      }
    }
  });
  return zero;
}

/** The all-zero years of the cost lines, worked out once while a view is built; null outside one. */
export function keptZeroYears(p: Projection): Uint8Array | null {
  const perProjection = kept.of(p);
  if (!perProjection) return null;
  let zero = perProjection.get('zeroYears');
  if (!zero) perProjection.set('zeroYears', (zero = scan(p)));
  return zero;
}

/** The all-zero years of the cost lines: kept ones while a view is built, else worked out now. */
export const zeroYears = (p: Projection): Uint8Array => keptZeroYears(p) ?? scan(p);
