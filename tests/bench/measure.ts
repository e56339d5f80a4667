/**
 * Timing and memory measurement for the benchmark. Every case runs in the same process, so figures and
 * ratios compare like with like on one machine and one Node version.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const MB = 1024 * 1024;

/**
 * A full collection, so memory figures are not blurred by the previous case's garbage. Uses the
 * `--expose-gc` global when Node was started with it; otherwise turns the flag on at run time and
 * takes `gc` from a fresh context, which works in Node 20+ without changing how the script is launched.
 */
const gc: () => void = (globalThis as { gc?: () => void }).gc ?? (setFlagsFromString('--expose-gc'), runInNewContext('gc'));

/** Two passes, because array buffers freed by the first are only accounted for once it has swept them. */
export function collect(): void {
  gc();
  gc();
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export interface Timing {
  median: number;
  min: number;
  max: number;
  runs: number;
}

/**
 * Median wall time of `runs` calls after `warmup` untimed ones (the JIT settles during warm-up).
 * Each result is handed to `keep` so the work cannot be optimised away.
 */
export function time<T>(fn: () => T, runs: number, warmup: number, keep: (x: T) => void = () => {}): Timing {
  for (let k = 0; k < warmup; k++) keep(fn());
  const ms: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    const x = fn();
    ms.push(performance.now() - t0);
    keep(x);
  }
  return { median: median(ms), min: Math.min(...ms), max: Math.max(...ms), runs };
}

/** V8 heap plus ArrayBuffer backing stores: typed arrays live outside the JS heap, in `arrayBuffers`. */
export function liveBytes(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

export interface Memory {
  /** bytes still reachable from the result after a full collection */
  retainedMB: number;
  /** growth of heap + array buffers from a collected start to the end of the call, before collecting: an estimate of the call's peak working set (young-generation scavenges during the call can only make it lower) */
  allocatedMB: number;
  /** process resident-set high-water mark so far (getrusage maxrss): an upper bound that includes everything run before */
  rssHighMB: number;
}

/** Runs fn once from a collected heap and reports what it took; returns its result too. */
export function memory<T>(fn: () => T): { result: T; memory: Memory } {
  collect();
  const before = liveBytes();
  const result = fn();
  const allocated = liveBytes() - before;
  collect();
  const retained = liveBytes() - before;
  return {
    result,
    memory: {
      retainedMB: retained / MB,
      allocatedMB: allocated / MB,
      rssHighMB: process.resourceUsage().maxRSS / 1024,
    },
  };
}

export const fmtMs = (ms: number): string =>
  ms >= 100 ? `${ms.toFixed(0)} ms` : ms >= 1 ? `${ms.toFixed(2)} ms` : `${(ms * 1000).toFixed(0)} µs`;
export const fmtMB = (mb: number): string => `${mb.toFixed(1)} MB`;
export const fmtX = (x: number): string => (x >= 100 ? `${x.toFixed(0)}×` : `${x.toFixed(1)}×`);
export const mark = (ok: boolean): string => (ok ? '✓' : '✗');

/** A plain-text table with columns padded to their widest cell (East Asian text counted as two columns). */
export function table(rows: string[][]): string {
  const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u2e80-\u9fff\uff00-\uff60]/.test(ch) ? 2 : 1), 0);
  const cols = rows[0].map((_, c) => Math.max(...rows.map((r) => width(r[c] ?? ''))));
  const line = (r: string[]) => r.map((cell, c) => cell + ' '.repeat(cols[c] - width(cell))).join('  ').trimEnd();
  return [line(rows[0]), cols.map((w) => '─'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}
