/** Undo and redo over immutable snapshots. Edits that arrive close together (a slider drag) merge into one step. */
export class History<T> {
  private past: T[] = [];
  private future: T[] = [];
  private lastKey: string | null = null;
  private lastAt = 0;

  constructor(
    private readonly limit = 200,
    private readonly mergeWithinMs = 800,
  ) {}

  /** Record the state before an edit. Edits with the same key within mergeWithinMs share one undo step. */
  record(before: T, key: string, now = Date.now()): void {
    const merge = key === this.lastKey && now - this.lastAt < this.mergeWithinMs;
    this.lastKey = key;
    this.lastAt = now;
    this.future = [];
    if (merge) return;
    this.past.push(before);
    if (this.past.length > this.limit) this.past.shift();
  }

  clear(): void {
    this.past = [];
    this.future = [];
    this.lastKey = null;
  }

  undo(current: T): T | undefined {
    return this.step(this.past, this.future, current);
  }

  redo(current: T): T | undefined {
    return this.step(this.future, this.past, current);
  }

  /** Undo and redo are one move in opposite directions: take the newest state from one stack, leave the current on the other. */
  private step(from: T[], to: T[], current: T): T | undefined {
    const state = from.pop();
    if (state === undefined) return undefined;
    to.push(current);
    this.lastKey = null;
    return state;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }
}
