/**
 * Tells the other tabs of this origin which scenario was just saved (or deleted), so a tab showing it
 * takes the newer revision or says there is one. BroadcastChannel does not deliver to the sender.
 */
export interface Change {
  id: string;
  /** the stored revision after the change; absent when the record was deleted */
  revision?: number;
}

export class ChangeFeed {
  private readonly channel: BroadcastChannel | null;
  private readonly listeners = new Set<(change: Change) => void>();

  constructor(name: string) {
    this.channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : null;
    if (this.channel) this.channel.onmessage = (event: MessageEvent<Change>) => this.listeners.forEach((l) => l(event.data));
  }

  post(change: Change): void {
    this.channel?.postMessage(change);
  }

  /** Returns the function that stops listening. */
  listen(listener: (change: Change) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  close(): void {
    this.listeners.clear();
    this.channel?.close();
  }
}
