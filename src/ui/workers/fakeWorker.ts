/**
 * For tests in Node: a stand-in Worker whose API runs in this thread, reached through comlink over a
 * MessageChannel as a real worker is, so answers and progress arrive as messages. fail() fires the
 * `error` event a real worker fires when its chunk cannot load or it crashes.
 */
import { expose } from 'comlink';
import type { WorkerLike } from './bridge';

export interface FakeWorker extends WorkerLike {
  readonly terminated: boolean;
  fail(message?: string): void;
}

export function fakeWorker(api: object): FakeWorker {
  const { port1, port2 } = new MessageChannel();
  expose(api, port2);
  const events = new EventTarget();
  let terminated = false;
  return {
    get terminated() {
      return terminated;
    },
    postMessage: (message: unknown, transfer?: Transferable[]) => port1.postMessage(message, transfer ?? []),
    addEventListener: (type, listener) => (type === 'message' ? port1.addEventListener(type, listener) : events.addEventListener(type, listener)),
    removeEventListener: (type, listener) => (type === 'message' ? port1.removeEventListener(type, listener) : events.removeEventListener(type, listener)),
    terminate() {
      terminated = true;
      port1.close();
      port2.close();
    },
    fail(message) {
      events.dispatchEvent(Object.assign(new Event('error'), message === undefined ? {} : { message }));
    },
  };
}

/** Spawns fake workers of one API, keeping each so a test can fail or count them. */
export function fakeSpawner(api: () => object) {
  const spawned: FakeWorker[] = [];
  const spawn = (): FakeWorker => {
    const w = fakeWorker(api());
    spawned.push(w);
    return w;
  };
  return { spawn, spawned };
}
