import { describe, expect, it } from 'vitest';
import { buildNetwork } from './network';

describe('buildNetwork', () => {
  it('merges the shared endpoints of lines into one node', () => {
    // Two lines meeting at (1, 0), and a third from there up to (1, 1): a T of 4 nodes and 3 edges.
    const { network, lines } = buildNetwork([
      [
        [0, 0],
        [1, 0],
      ],
      [
        [1, 0],
        [2, 0],
      ],
      [
        [1, 0],
        [1, 1],
      ],
    ]);
    expect(lines).toBe(3);
    expect(network.nodes).toEqual([
      [0, 0],
      [1, 0],
      [2, 0],
      [1, 1],
    ]);
    expect(network.edges).toEqual([
      [0, 1],
      [1, 2],
      [1, 3],
    ]);
  });

  it('keeps a path drawn twice once, and drops a step that goes nowhere', () => {
    const { network } = buildNetwork([
      [
        [0, 0],
        [0, 0],
        [5, 5],
      ],
      [
        [5, 5],
        [0, 0],
      ],
    ]);
    expect(network.nodes).toHaveLength(2);
    expect(network.edges).toEqual([[0, 1]]);
  });
});
