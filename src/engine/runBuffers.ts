/** How a run cuts its arrays from one buffer, and the starting phases it copies from the last run of its city size. */
import type { Alloc } from './arena';

/** The last city size's phases: they depend on the number of entities alone, and the remainder is slow to take a few hundred thousand times. */
let lastPhases: Float64Array | null = null;

/**
 * Starting remainders spread evenly over [0, 1) (golden-ratio steps): each entity still rounds to whole
 * people, but their fractions no longer all start at zero, so the city's leavers in a year come close to
 * rate × staff from the first year instead of arriving in a lump when the fractions first add up.
 */
export function phases(a: Float64Array): Float64Array {
  const n = a.length;
  if (lastPhases?.length === n) {
    a.set(lastPhases);
    return a;
  }
  for (let e = 0; e < n; e++) a[e] = ((e + 0.5) * 0.6180339887498949) % 1;
  lastPhases = a.slice();
  return a;
}

/**
 * Arrays cut from one buffer, then fresh ones once it is used up. A national sweep's thirty arrays of a
 * few megabytes each, allocated one by one, set off a full collection or two per run; cut from one
 * buffer they set off at most one. Each array starts on an 8-byte boundary. A buffer that is not zeroed
 * (an earlier run's) has each array cleared as it is cut, unless the run overwrites it (Alloc).
 */
export function slab(buffer: ArrayBuffer, zeroed = true): Alloc {
  let used = 0;
  const cut = <T extends { fill(v: number): T }>(bytes: number, overwritten: boolean | undefined, fresh: () => T, view: (at: number) => T): T => {
    const at = Math.ceil(used / 8) * 8;
    if (at + bytes > buffer.byteLength) return fresh();
    used = at + bytes;
    const a = view(at);
    return zeroed || overwritten ? a : a.fill(0);
  };
  return {
    f64: (k, over) => cut(8 * k, over, () => new Float64Array(k), (at) => new Float64Array(buffer, at, k)),
    i32: (k, over) => cut(4 * k, over, () => new Int32Array(k), (at) => new Int32Array(buffer, at, k)),
    u16: (k, over) => cut(2 * k, over, () => new Uint16Array(k), (at) => new Uint16Array(buffer, at, k)),
    u8: (k, over) => cut(k, over, () => new Uint8Array(k), (at) => new Uint8Array(buffer, at, k)),
  };
}
