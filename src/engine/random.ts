/**
 * Seeded randomness for the engine and its generators: sfc32 (Chris Doty-Humphrey's small fast
 * counting generator), its 128-bit state filled by splitmix32. No Math.random, no platform API, so a
 * seed gives the same numbers in the browser, in a worker and in Node.
 *
 * Monte Carlo draws each take streamFor(seed, drawIndex): a draw's numbers depend only on the seed
 * and its own index, never on which worker ran it or in what order (DESIGN.md, convention 6).
 */

export interface Random {
  /** uniform in [0, 1) */
  next(): number;
  /** uniform in [lo, hi) */
  uniform(lo: number, hi: number): number;
  /** a whole number from lo to hi, both included */
  int(lo: number, hi: number): number;
  normal(mean: number, sd: number): number;
  /** triangular distribution: lo ≤ mode ≤ hi */
  triangular(lo: number, mode: number, hi: number): number;
}

const TWO_32 = 4294967296;
const GOLDEN = 0x9e3779b9;

/** splitmix32: a good 32-bit mixer, used to spread a seed over the generator's state. */
function splitmix32(state: number): () => number {
  let a = state | 0;
  return () => {
    a = (a + GOLDEN) | 0;
    let t = a ^ (a >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15;
    t = Math.imul(t, 0x735a2d97);
    return (t ^ (t >>> 15)) >>> 0;
  };
}

/** One 32-bit key from a seed of any size (scenario seeds may exceed 2³²). */
function keyOf(seed: number): number {
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  const whole = Math.floor(Math.abs(seed));
  const lo = whole % TWO_32;
  const hi = Math.floor(whole / TWO_32) % TWO_32;
  return splitmix32(lo ^ splitmix32(hi ^ (seed < 0 ? 1 : 0))())();
}

function fromKey(key: number): Random {
  const fill = splitmix32(key);
  let a = fill() | 0;
  let b = fill() | 0;
  let c = fill() | 0;
  let d = fill() | 0;
  const raw = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // The first outputs of a freshly filled sfc32 are still close to its seed words; discard them.
  for (let i = 0; i < 15; i++) raw();
  const next = () => raw() / TWO_32;
  return {
    next,
    uniform: (lo, hi) => lo + (hi - lo) * next(),
    int(lo, hi) {
      if (!Number.isInteger(lo) || !Number.isInteger(hi) || hi < lo) {
        throw new RangeError(`int(lo, hi) needs whole numbers with lo ≤ hi, got ${lo}, ${hi}`);
      }
      return lo + Math.floor(next() * (hi - lo + 1));
    },
    normal(mean, sd) {
      // Box–Muller; 1 − u keeps the logarithm away from 0.
      const u = 1 - next();
      const v = next();
      return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    triangular(lo, mode, hi) {
      if (!(lo <= mode && mode <= hi)) throw new RangeError(`triangular needs lo ≤ mode ≤ hi, got ${lo}, ${mode}, ${hi}`);
      if (hi === lo) return lo;
      const u = next();
      const cut = (mode - lo) / (hi - lo);
      return u < cut ? lo + Math.sqrt(u * (hi - lo) * (mode - lo)) : hi - Math.sqrt((1 - u) * (hi - lo) * (hi - mode));
    },
  };
}

/** A generator for one seed. */
export function createRandom(seed: number): Random {
  return fromKey(keyOf(seed));
}

/** An independent generator for (seed, index), e.g. one Monte Carlo draw or one district of a generated city. */
export function streamFor(seed: number, index: number): Random {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`stream index must be a whole number ≥ 0, got ${index}`);
  // Mixing the index with a different constant from the seed keeps streamFor(s, i) apart from createRandom(s).
  const key = splitmix32(keyOf(seed) ^ splitmix32(index ^ 0x5bd1e995)())();
  return fromKey(key);
}
