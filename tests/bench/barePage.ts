/**
 * A page in a browser context of its own, opened and driven through the DevTools protocol itself rather
 * than as a Playwright page: Playwright holds each worker a page starts until its Node process has
 * answered (on a loaded machine, tens to hundreds of ms before the engine worker may start its run) and
 * reports every request the page makes. A visitor's browser does neither. Playwright's own session lets
 * go of a target in a context it did not make; this one sends the page its commands over the browser's
 * session (Target.sendMessageToTarget) and enables no domain.
 */
import type { Browser, CDPSession } from 'playwright-core';

type Waiting = { resolve: (result: unknown) => void; reject: (error: Error) => void };

export class BarePage {
  private sent = 0;
  private readonly waiting = new Map<number, Waiting>();

  private constructor(
    private readonly cdp: CDPSession,
    private readonly contextId: string,
    private readonly sessionId: string,
  ) {
    cdp.on('Target.receivedMessageFromTarget', ({ sessionId, message }) => {
      if (sessionId !== this.sessionId) return;
      const { id, result, error } = JSON.parse(message) as { id?: number; result?: unknown; error?: { message: string } };
      const call = id === undefined ? undefined : this.waiting.get(id);
      if (!call || id === undefined) return;
      this.waiting.delete(id);
      if (error) call.reject(new Error(error.message));
      else call.resolve(result);
    });
  }

  /** A blank page of `width` × `height` in a fresh context: empty cache, storage and service workers. */
  static async open(browser: Browser, width: number, height: number): Promise<BarePage> {
    const cdp = await browser.newBrowserCDPSession();
    const { browserContextId } = await cdp.send('Target.createBrowserContext', {});
    const { targetId } = await cdp.send('Target.createTarget', { url: 'about:blank', browserContextId, width, height });
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
    return new BarePage(cdp, browserContextId, sessionId);
  }

  send(method: string, params: object = {}): Promise<unknown> {
    const id = ++this.sent;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.cdp.send('Target.sendMessageToTarget', { sessionId: this.sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
    });
  }

  /** The value of an expression in the page (a promise's, once it settles). */
  async evaluate<T>(expression: string): Promise<T> {
    const { result, exceptionDetails } = (await this.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true })) as {
      result: { value: T };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  }

  /** Load `url`, resolving once its document has replaced the blank one. */
  async goto(url: string): Promise<void> {
    await this.send('Page.navigate', { url });
    while (!(await this.evaluate<boolean>(`location.href === ${JSON.stringify(url)}`))) await new Promise((r) => setTimeout(r, 5));
  }

  async close(): Promise<void> {
    await this.cdp.send('Target.disposeBrowserContext', { browserContextId: this.contextId });
    await this.cdp.detach();
  }
}
