/**
 * Whether to offer the user a reload, and why: a new version is installed and waiting, or a piece of
 * the app (a chunk loaded on first use) could not be fetched. A new version never takes over on its
 * own: it waits until the user chooses to reload, so no edit is cut short.
 */
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';

/** vite-plugin-pwa's registerSW: its result asks the waiting worker to take over. */
export type RegisterSW = (options: RegisterSWOptions) => () => Promise<void>;

export type Offer = 'update' | 'chunkFailed' | null;

export class UpdateOffer {
  #waiting = $state(false);
  #dismissed = $state(false);
  #chunkFailed = $state(false);
  /** the user asked for the new version in this page */
  #accepted = false;
  /** the new version took over (asked for here or in another tab): this page still runs the old code */
  #replaced = false;
  readonly #takeOver: () => Promise<void>;
  readonly #reload: () => void;

  constructor(register: RegisterSW, reload: () => void, page: EventTarget) {
    this.#reload = reload;
    this.#takeOver = register({
      onNeedRefresh: () => {
        this.#waiting = true;
        this.#dismissed = false;
      },
      // Another tab's choice replaces the worker here too; this page reloads only on its own user's word.
      onNeedReload: () => {
        this.#replaced = true;
        if (this.#accepted) reload();
      },
    });
    // Vite fires this when a dynamic import fails; the import still rejects, so its caller's own error path runs too.
    page.addEventListener('vite:preloadError', () => {
      this.#chunkFailed = true;
    });
  }

  get shown(): Offer {
    if (this.#chunkFailed) return 'chunkFailed';
    return this.#waiting && !this.#dismissed ? 'update' : null;
  }

  /** Reload into the newest version: let the waiting worker take over first, if there is one. */
  accept(): void {
    if (!this.#waiting || this.#replaced) {
      this.#reload();
      return;
    }
    this.#accepted = true;
    void this.#takeOver();
  }

  dismiss(): void {
    this.#dismissed = true;
  }
}
