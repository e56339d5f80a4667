/**
 * Web Locks (navigator.locks) where the browser has them: one writer at a time across tabs, and a
 * lock each tab holds while it lives so that its edit journal is known to be live. Where they are
 * absent (Node tests, old browsers) a lock queue and a set of held names within this page stand in.
 */
const held = new Set<string>();
const queues = new Map<string, Promise<unknown>>();

const webLocks = (): LockManager | undefined => (globalThis.navigator as Navigator | undefined)?.locks;

/** Run `f` while holding the named lock; others asking for it wait their turn. */
export function withLock<T>(name: string, f: () => Promise<T>): Promise<T> {
  const locks = webLocks();
  if (locks) return locks.request(name, f) as Promise<T>;
  const previous = queues.get(name) ?? Promise.resolve();
  const run = previous.then(f, f);
  queues.set(name, run.catch(() => {}));
  return run;
}

/** Hold a lock until `release` is called (or the tab goes away). */
export function holdLock(name: string): () => void {
  let release = () => {};
  const locks = webLocks();
  if (locks) void locks.request(name, () => new Promise<void>((resolve) => (release = resolve)));
  else {
    held.add(name);
    release = () => void held.delete(name);
  }
  return () => release();
}

/** The names of locks held now by any tab of this origin. */
export async function heldLocks(): Promise<Set<string>> {
  const locks = webLocks();
  if (!locks) return new Set(held);
  const snapshot = await locks.query();
  return new Set((snapshot.held ?? []).map((l) => l.name ?? ''));
}
