/**
 * The page's one way of talking to a worker. The worker starts on the first call; calls go through
 * comlink, with progress reported through a proxy. A projection cannot be interrupted from outside,
 * so cancel() terminates the worker, every call in flight rejects with CancelledError and the next
 * call starts a fresh one; latest() does the same to whatever is still running, so the newest request
 * wins. A worker that fails to load (a stale chunk after an update, a throw while loading) or dies
 * mid-run sends no answer, only an `error` event: every call in flight then rejects with
 * WorkerFailedError and the next call starts a fresh worker, so the page never waits forever.
 */
import { proxy, releaseProxy, wrap, type Endpoint, type Remote } from 'comlink';

/** done of total: years, draws or values tried, as the call counts them */
export type Progress = (done: number, total: number) => void;

/** What the bridge needs of a worker; a real Worker is one, tests pass stand-ins. */
export interface WorkerLike extends Endpoint {
  terminate(): void;
}

/** The call was cancelled, or superseded by a newer one. */
export class CancelledError extends Error {
  constructor() {
    super('cancelled');
  }
}

/** The worker could not load, or stopped without answering; the page says so (i18n: SHELL.workerFailed) and offers a retry. */
export class WorkerFailedError extends Error {
  constructor(readonly detail: string) {
    super(detail ? `the worker failed: ${detail}` : 'the worker failed');
  }
}

/** An ErrorEvent's message; a failed module fetch fires a bare Event, which has none. */
function detailOf(event: Event): string {
  const message = (event as Partial<ErrorEvent>).message;
  return typeof message === 'string' ? message : '';
}

interface Live<Api> {
  worker: WorkerLike;
  api: Remote<Api>;
}

export class WorkerBridge<Api> {
  private live: Live<Api> | null = null;
  /** how each call in flight is rejected when its worker goes */
  private readonly pending = new Set<(error: Error) => void>();

  constructor(private readonly spawn: () => WorkerLike) {}

  /** a call is in flight */
  get busy(): boolean {
    return this.pending.size > 0;
  }

  /** a worker is up: started and not since ended, by a cancel or a failure */
  get alive(): boolean {
    return this.live !== null;
  }

  /**
   * Settle with f's answer, or reject when the worker is cancelled or fails first. onProgress reaches
   * f as a comlink proxy, to pass on to the worker; reports that arrive once the call has settled
   * (they travel apart from the answer) are dropped.
   */
  call<T>(f: (api: Remote<Api>, progress?: Progress) => Promise<T>, onProgress?: Progress): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      // Inside the executor, so a worker that cannot even be constructed rejects the call like any other failure.
      const { api } = this.start();
      let open = true;
      const settle = (finish: () => void) => {
        if (!open) return;
        open = false;
        this.pending.delete(abandon);
        finish();
      };
      const abandon = (error: Error) => settle(() => reject(error));
      this.pending.add(abandon);
      const progress =
        onProgress &&
        proxy((done: number, total: number) => {
          if (open) onProgress(done, total);
        });
      f(api, progress).then(
        (value) => settle(() => resolve(value)),
        (error: unknown) => settle(() => reject(error)),
      );
    });
  }

  /** Start the worker before the first call, so it loads while the page does other work. */
  open(): void {
    this.start();
  }

  /** The newest request wins: a call still in flight is cancelled, with its worker, before this one starts. */
  latest<T>(f: (api: Remote<Api>, progress?: Progress) => Promise<T>, onProgress?: Progress): Promise<T> {
    if (this.busy) this.cancel();
    return this.call(f, onProgress);
  }

  /** End the worker; calls in flight reject with CancelledError and the next call starts a fresh worker. */
  cancel(): void {
    this.stop(new CancelledError());
  }

  dispose(): void {
    this.cancel();
  }

  private start(): Live<Api> {
    if (this.live) return this.live;
    const worker = this.spawn();
    const live: Live<Api> = { worker, api: wrap<Api>(worker) };
    const failed = (event: Event) => {
      // A late event from a worker already replaced concerns no call of the new one.
      if (this.live === live) this.stop(new WorkerFailedError(detailOf(event)));
    };
    worker.addEventListener('error', failed);
    worker.addEventListener('messageerror', failed);
    this.live = live;
    return live;
  }

  private stop(error: Error): void {
    const live = this.live;
    this.live = null;
    if (live) {
      live.api[releaseProxy]();
      live.worker.terminate();
    }
    const pending = [...this.pending];
    this.pending.clear();
    for (const abandon of pending) abandon(error);
  }
}
