import { describe, expect, it } from 'vitest';
import { History } from './history';

describe('History', () => {
  it('undoes and redoes in order, and a new edit clears redo', () => {
    const h = new History<number>();
    h.record(0, 'a', 0);
    h.record(1, 'b', 10_000);
    expect(h.undo(2)).toBe(1);
    expect(h.undo(1)).toBe(0);
    expect(h.undo(0)).toBeUndefined();
    expect(h.redo(0)).toBe(1);
    h.record(1, 'c', 20_000);
    expect(h.canRedo).toBe(false);
  });

  it('merges quick edits of the same field into one step', () => {
    const h = new History<number>(200, 800);
    h.record(0, 'slider', 0);
    h.record(1, 'slider', 300);
    h.record(2, 'slider', 600);
    expect(h.undo(3)).toBe(0);
    expect(h.canUndo).toBe(false);
  });

  it('keeps at most the limit of steps', () => {
    const h = new History<number>(3, 0);
    for (let i = 0; i < 10; i++) h.record(i, String(i), i * 1000);
    expect([h.undo(10), h.undo(9), h.undo(8), h.undo(7)]).toEqual([9, 8, 7, undefined]);
  });
});
