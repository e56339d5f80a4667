/**
 * Draws [0, n) handed out in ranges on demand to the workers of a pool, each asking for the next when
 * it has drawn the last. Fixed equal shares left one worker idle while another, slowed by whatever
 * else shared its core, finished its share; taken on demand, the workers finish together. The ranges
 * shrink as the draws run out (each is 1/(2·parts) of what is left), so there are few of them but the
 * last ones are short. A draw's figures depend only on its index, so the chunks merged in draw order
 * (mergeChunks) are what one worker would have made, however the ranges fell.
 */
export class DrawQueue {
  private next = 0;
  private handed = false;
  /** ranges a worker gave up, handed out again first */
  private readonly given: [number, number][] = [];
  /** the shortest range: a few per worker at most, so asking costs nothing against drawing */
  private readonly least: number;

  constructor(
    readonly draws: number,
    readonly parts: number,
  ) {
    this.least = Math.max(1, Math.floor(draws / (64 * parts)));
  }

  /** The next range to draw, null when every draw has been handed out. No draws at all is handed out once, as [0, 0). */
  take(): [number, number] | null {
    const again = this.given.shift();
    if (again) return again;
    if (this.next >= this.draws && this.handed) return null;
    this.handed = true;
    const size = Math.max(this.least, Math.ceil((this.draws - this.next) / (2 * this.parts)));
    const from = this.next;
    this.next = Math.min(this.draws, from + size);
    return [from, this.next];
  }

  /** A range taken but not drawn (its worker was lost): the next to ask draws it. */
  giveBack(range: [number, number]): void {
    this.given.push(range);
  }
}

/** How many workers a run of `draws` draws uses out of `size`: each gets at least one draw, and one does none. */
export const partsFor = (draws: number, size: number): number => Math.max(1, Math.min(Math.floor(size), draws));
