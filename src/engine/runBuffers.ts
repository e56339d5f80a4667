/** How a run cuts its arrays from one buffer, the buffers one run hands on to the next, and the starting phases it copies from the last run of its city size. */
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
  // x − ⌊x⌋ rather than x % 1: the same bits for x > 0 (exact: for x ≥ 1 by Sterbenz's lemma, as ⌊x⌋ ≤ x < 2⌊x⌋), where % calls fmod, about eight times slower for a run's first city of its size.
  for (let e = 0; e < n; e++) {
    const x = (e + 0.5) * 0.6180339887498949;
    a[e] = x - Math.floor(x);
  }
  lastPhases = a.slice();
  return a;
}

/**
 * The working buffer of the last run that ended (endRun.ts). The next run of a city that size
 * reuses it, clearing only the arrays it reads before writing: its working arrays die with the run, and
 * fresh ones each run would be ~19 MB of new pages for a national sweep. Only one is kept, so a process
 * that ran many sizes holds one buffer at most.
 */
let spareWorking: Float64Array | null = null;

/**
 * The storage of the last projection a host released (release.ts): a national run's figures are ~60 MB,
 * which made anew each run are pages to fault in (about 0.45 ms a megabyte) and, with the last run's
 * still uncollected, a full collection a run. One is kept, and only until the next run: a run that
 * cannot use it (another size, or arrays from an Arena) lets it go, so it outlives no search or sweep.
 */
let spareKept: ArrayBuffer | null = null;

/** The working buffer, and whether it is fresh (zeroed) or an earlier run's. */
export function workingBuffer(length: number): { buffer: Float64Array; zeroed: boolean } {
  const spare = spareWorking;
  if (spare === null || spare.length !== length) return { buffer: new Float64Array(length), zeroed: true };
  spareWorking = null;
  return { buffer: spare, zeroed: false };
}

export function handOnWorking(buffer: Float64Array): void {
  spareWorking = buffer;
}

/**
 * A buffer of at least `bytes` for a run's series and cost lines, and whether it is fresh (zeroed); null
 * for a run whose arrays come from elsewhere (bytes null). A released one is taken when it is no more
 * than half as large again, so a run of a slightly smaller city (fewer active cost lines, a few
 * communities less) reuses it without keeping much it never uses.
 */
export function keptStorage(bytes: number | null): { buffer: ArrayBuffer; zeroed: boolean } | null {
  const spare = spareKept;
  spareKept = null;
  if (bytes === null) return null;
  if (spare === null || spare.byteLength < bytes || spare.byteLength > 1.5 * bytes) return { buffer: new ArrayBuffer(bytes), zeroed: true };
  return { buffer: spare, zeroed: false };
}

export function handOnKept(buffer: ArrayBuffer): void {
  spareKept = buffer;
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
