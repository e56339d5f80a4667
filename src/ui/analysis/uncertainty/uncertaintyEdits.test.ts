import { describe, expect, it } from 'vitest';
import { community, tinyCity } from '../../../fixtures/tinyCity';
import { addInput, NEW_BLOCK_DRAWS, removeInput, withUncertainty } from './uncertaintyEdits';

describe('uncertainty edits', () => {
  const bare = tinyCity([community({ id: 'A' })]);

  it('adds a block of 500 draws and no inputs, once', () => {
    const s = withUncertainty(bare);
    expect(s.uncertainty).toEqual({ draws: NEW_BLOCK_DRAWS, inputs: [] });
    expect(withUncertainty(s)).toBe(s);
    expect(bare.uncertainty).toBeUndefined();
  });

  it('adds an input to a scenario without a block, and removes it again, leaving the scenario passed in as it was', () => {
    const before = structuredClone(bare);
    const added = addInput(bare, { what: 'hiringSuccess' });
    expect(added.uncertainty?.inputs.map((i) => i.what)).toEqual(['hiringSuccess']);
    const more = addInput(added, { what: 'budget', payer: 'street' });
    expect(more.uncertainty?.inputs.map((i) => (i.what === 'budget' ? `budget.${i.payer}` : i.what))).toEqual(['hiringSuccess', 'budget.street']);
    const removed = removeInput(more, 0);
    expect(removed.uncertainty?.inputs.map((i) => i.what)).toEqual(['budget']);
    expect(more.uncertainty?.inputs).toHaveLength(2);
    expect(bare).toEqual(before);
  });

  it('ignores an index that is not there', () => {
    const s = addInput(bare, { what: 'wageGrowth' });
    expect(removeInput(s, 3)).toBe(s);
    expect(removeInput(bare, 0)).toBe(bare);
  });
});
