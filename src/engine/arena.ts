/**
 * Float64Arrays lent out zeroed and taken back all at once. Repeated runs of one city (Monte Carlo
 * draws) ask for the same arrays every run; reusing them keeps that memory in the core's cache and
 * leaves no garbage, where fresh arrays each run mean new pages to zero and collect — work that, with
 * one worker per core, the cores would otherwise take from each other.
 */
export class Arena {
  private free = new Map<number, Float64Array[]>();
  private lent: Float64Array[] = [];

  /** A zeroed array of the length, reused when one was given back. */
  readonly f64 = (length: number): Float64Array => {
    const a = this.free.get(length)?.pop();
    if (a) a.fill(0);
    const out = a ?? new Float64Array(length);
    this.lent.push(out);
    return out;
  };

  /** Takes back every array lent since the last reset: whatever used them must be done with them. */
  reset(): void {
    for (const a of this.lent) {
      let list = this.free.get(a.length);
      if (!list) this.free.set(a.length, (list = []));
      list.push(a);
    }
    this.lent = [];
  }

  /** Lets every array go, lent or free: for a pause between runs, when holding them costs more than making them again. */
  clear(): void {
    this.free.clear();
    this.lent = [];
  }
}
