/**
 * Zeroed arrays for a run's figures, by element type: 64-bit floats, and the narrower whole-number arrays
 * of counts. overwritten: the run writes every element before it reads it, so the array need not be
 * zeroed and may hold an earlier run's values.
 */
export interface Alloc {
  f64(length: number, overwritten?: boolean): Float64Array;
  i32(length: number, overwritten?: boolean): Int32Array;
  u16(length: number, overwritten?: boolean): Uint16Array;
  u8(length: number, overwritten?: boolean): Uint8Array;
}

type Typed = Float64Array | Int32Array | Uint16Array | Uint8Array;

/**
 * Arrays lent out zeroed and taken back all at once. Repeated runs of one city (Monte Carlo draws) ask
 * for the same arrays every run; reusing them keeps that memory in the core's cache and leaves no
 * garbage, where fresh arrays each run mean new pages to zero and collect — work that, with one worker
 * per core, the cores would otherwise take from each other.
 */
export class Arena implements Alloc {
  private free = new Map<number, Typed[]>();
  private lent: Typed[] = [];
  /** the arrays clear() let go, by the same key as free, for as long as no collection has taken them */
  private gone = new Map<number, WeakRef<Typed>[]>();

  /**
   * A zeroed array of the length, reused when one was given back; one to be overwritten is reused as it
   * was left, since clearing a draw's arrays is a pass over memory of its own (1–2 ms at province scale).
   */
  readonly f64 = (length: number, overwritten = false): Float64Array => this.lend(F64, length, Float64Array, overwritten);
  readonly i32 = (length: number, overwritten = false): Int32Array => this.lend(I32, length, Int32Array, overwritten);
  readonly u16 = (length: number, overwritten = false): Uint16Array => this.lend(U16, length, Uint16Array, overwritten);
  readonly u8 = (length: number, overwritten = false): Uint8Array => this.lend(U8, length, Uint8Array, overwritten);

  private lend<T extends Typed>(type: number, length: number, Make: new (length: number) => T, overwritten: boolean): T {
    const key = keyFor(type, length);
    const a = (this.free.get(key)?.pop() ?? this.revived(key)) as T | undefined;
    if (a && !overwritten) a.fill(0);
    const out = a ?? new Make(length);
    this.lent.push(out);
    return out;
  }

  /** Takes back every array lent since the last reset: whatever used them must be done with them. */
  reset(): void {
    for (const a of this.lent) listOf(this.free, keyOf(a)).push(a);
    this.lent = [];
  }

  /**
   * Lets every array go, lent or free (whatever used them must be done with them): for a pause between
   * runs, when holding them costs more than making them again. Until a collection takes them, a run that
   * asks again gets them back: made anew, they would stand beside the old ones, still uncollected, and
   * double the memory the arrays take.
   */
  clear(): void {
    this.reset();
    this.gone = new Map([...this.free].map(([key, list]) => [key, list.map((a) => new WeakRef(a))]));
    this.free.clear();
  }

  private revived(key: number): Typed | undefined {
    const list = this.gone.get(key);
    for (let ref = list?.pop(); ref; ref = list?.pop()) {
      const a = ref.deref();
      if (a) return a;
    }
    return undefined;
  }
}

const F64 = 0;
const I32 = 1;
const U16 = 2;
const U8 = 3;

/** An array's key in free and gone, its element type and length in one number: a string key would be a new string for every array lent, a draw's garbage. */
const keyFor = (type: number, length: number): number => length * 4 + type;

const keyOf = (a: Typed): number => keyFor(a instanceof Float64Array ? F64 : a instanceof Int32Array ? I32 : a instanceof Uint16Array ? U16 : U8, a.length);

function listOf<T>(lists: Map<number, T[]>, key: number): T[] {
  let list = lists.get(key);
  if (!list) lists.set(key, (list = []));
  return list;
}
