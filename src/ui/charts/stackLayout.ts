/**
 * Stacked bars: each key's segment in each column, bottom and top, laid on the previous keys. A mark
 * (a payer's budget) sits in its key's own frame, measured from the foot of that key's segment, so
 * that a segment reaching its mark means "spent all of it".
 */
import { stack } from 'd3';

export interface StackInput<K extends string> {
  column: number;
  values: Record<K, number>;
  /** per key, a level to mark in that key's frame, or null for none */
  marks?: Partial<Record<K, number | null>>;
}

export interface StackSegment<K extends string> {
  column: number;
  key: K;
  value: number;
  y0: number;
  y1: number;
  /** y0 + mark, or null */
  markAt: number | null;
}

export function stackLayout<K extends string>(keys: readonly K[], columns: readonly StackInput<K>[]): StackSegment<K>[] {
  const rows = columns.map((c) => ({ ...c.values }) as Record<string, number>);
  const layers = stack<Record<string, number>>().keys(keys as readonly string[] as string[])(rows);
  const out: StackSegment<K>[] = [];
  columns.forEach((c, i) => {
    layers.forEach((layer, k) => {
      const key = keys[k];
      const [y0, y1] = layer[i];
      const mark = c.marks?.[key];
      out.push({ column: c.column, key, value: c.values[key], y0, y1, markAt: mark === null || mark === undefined ? null : y0 + mark });
    });
  });
  return out;
}

/** The highest point any segment or mark reaches, for the value axis. */
export function stackMax<K extends string>(segments: readonly StackSegment<K>[]): number {
  let max = 0;
  for (const s of segments) max = Math.max(max, s.y1, s.markAt ?? 0);
  return max;
}
