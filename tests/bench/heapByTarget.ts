/**
 * The JavaScript heap of each of a tab's threads (the page and every dedicated worker), through the
 * browser's DevTools protocol: VmHWM counts the renderer process as a whole, this tells which thread
 * holds the memory.
 */
import type { Browser, CDPSession } from 'playwright-core';

export interface ThreadHeap {
  type: string;
  url: string;
  usedMB: number;
  totalMB: number;
  /** ArrayBuffers' backing stores (typed arrays), outside the heap */
  buffersMB: number;
}

const MB = 1024 * 1024;

interface Usage {
  usedSize: number;
  totalSize: number;
  backingStorageSize?: number;
}

/** A DevTools call in one target, through the browser session's message relay. */
function ask<T>(cdp: CDPSession, sessionId: string, id: number, method: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const listener = (e: { sessionId: string; message: string }) => {
      if (e.sessionId !== sessionId) return;
      const m = JSON.parse(e.message) as { id?: number; result?: T; error?: unknown };
      if (m.id !== id) return;
      cdp.off('Target.receivedMessageFromTarget', listener);
      if (m.result) resolve(m.result);
      else reject(new Error(JSON.stringify(m.error)));
    };
    cdp.on('Target.receivedMessageFromTarget', listener);
    void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
  });
}

export async function heapByThread(browser: Browser): Promise<ThreadHeap[]> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
    const out: ThreadHeap[] = [];
    for (const t of targetInfos.filter((t) => t.type === 'page' || t.type === 'worker')) {
      const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: t.targetId, flatten: false })) as { sessionId: string };
      // Garbage collected first, so the figures are what the thread holds, not what it has yet to free.
      await ask(cdp, sessionId, 1, 'HeapProfiler.collectGarbage');
      const h = await ask<Usage>(cdp, sessionId, 2, 'Runtime.getHeapUsage');
      await cdp.send('Target.detachFromTarget', { sessionId });
      out.push({ type: t.type, url: t.url.replace(/^.*\//, ''), usedMB: h.usedSize / MB, totalMB: h.totalSize / MB, buffersMB: (h.backingStorageSize ?? NaN) / MB });
    }
    return out;
  } finally {
    await cdp.detach();
  }
}

export function heapLines(label: string, heaps: ThreadHeap[]): string {
  const sum = heaps.reduce((a, h) => a + h.usedMB + h.buffersMB, 0);
  return (
    `  JS heap and typed arrays by thread, ${label}: ${sum.toFixed(0)} MB in all\n` +
    heaps.map((h) => `    ${h.type.padEnd(7)} ${h.url.slice(0, 40).padEnd(40)} used ${h.usedMB.toFixed(0).padStart(5)} MB of ${h.totalMB.toFixed(0).padStart(5)} MB, typed arrays ${h.buffersMB.toFixed(0).padStart(5)} MB`).join('\n')
  );
}
