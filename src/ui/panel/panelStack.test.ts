import { describe, expect, it } from 'vitest';
import { popped, pushed, samePanel, type Entry } from './panelStack';

const a: Entry = { kind: 'explain', path: 'funding/district/2028' };
const b: Entry = { kind: 'explain', path: 'funding/district/2028/staffPay' };
const c: Entry = { kind: 'clause', ruleId: 'GOV2020-3a' };

describe('panel history', () => {
  it('drilling pushes where the reader was; back returns there', () => {
    let stack = pushed([], a, b);
    stack = pushed(stack, b, c);
    expect(stack).toEqual([a, b]);
    const r = popped(stack);
    expect(r.panel).toEqual(b);
    expect(popped(r.stack)).toEqual({ stack: [], panel: a });
  });

  it('opening what is already shown adds no step', () => {
    expect(pushed([a], b, { ...b })).toEqual([a]);
  });

  it('back on an empty history closes', () => {
    expect(popped([])).toEqual({ stack: [], panel: null });
  });

  it('keeps the latest fifty steps of a long drill', () => {
    let stack: Entry[] = [];
    for (let i = 0; i < 60; i++) stack = pushed(stack, { kind: 'explain', path: String(i) }, { kind: 'explain', path: String(i + 1) });
    expect(stack).toHaveLength(50);
    expect(stack[49]).toEqual({ kind: 'explain', path: '59' });
  });

  it('compares panels by what they show', () => {
    expect(samePanel(a, { kind: 'explain', path: a.path })).toBe(true);
    expect(samePanel(a, c)).toBe(false);
    expect(samePanel(null, null)).toBe(true);
    expect(samePanel(a, null)).toBe(false);
  });
});
