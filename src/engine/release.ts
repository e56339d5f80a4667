/**
 * A host that is done with a projection hands its storage back, so the next run reuses it: a sweep of
 * runs, a goal seek's probes and a lever's range then find each run's figures in the last one's pages
 * instead of fresh ones (about 0.45 ms a megabyte to fault in, ~60 MB a national run) and leave no
 * garbage to collect. A released projection cannot be read again: its series, cost lines and quotas
 * throw when read, through the projection or through its series and cost-line lists.
 *
 * The buffer is handed on as it is, not moved to a new ArrayBuffer (which would detach every view of
 * it): V8 counts a moved buffer's bytes again until the old one is swept, so each release would set off
 * the full collection that reuse is meant to spare. An array the caller took out of the projection
 * before releasing it therefore shows the next run's figures: the caller must be done with those too.
 */
import type { Projection } from './projection';
import { handOnKept } from './runBuffers';

/** The buffer each projection's series and cost lines were cut from, when its run made one (runState.ts). */
const storage = new WeakMap<Projection, ArrayBuffer>();

export function ownStorage(projection: Projection, buffer: ArrayBuffer): void {
  storage.set(projection, buffer);
}

const RELEASED = '投影已释放，不能再读 / this projection was released (releaseProjection) and can no longer be read';

function refuse(): never {
  throw new Error(RELEASED);
}

/** Makes each named property of o throw when read or written. */
function sealOff(o: object, keys: Iterable<string>): void {
  for (const key of keys) Object.defineProperty(o, key, { get: refuse, set: refuse, configurable: false });
}

/**
 * Hands the projection's storage to the next run (of a city that size) and makes its figures unreadable.
 * A projection whose arrays came from an Arena (project.ts Prepared.alloc) is made unreadable too; its
 * arrays stay the Arena's. Releasing a projection twice throws, as any read of a released one does.
 */
export function releaseProjection(projection: Projection): void {
  const { series, costs } = projection;
  const buffer = storage.get(projection);
  storage.delete(projection);
  sealOff(series, Object.keys(series));
  sealOff(costs, Object.keys(costs));
  sealOff(projection, ['series', 'costs', 'quotas']);
  // A buffer sent to another thread (workers/runApi.ts) is detached here: nothing is left to hand on.
  if (buffer && buffer.byteLength > 0) handOnKept(buffer);
}
