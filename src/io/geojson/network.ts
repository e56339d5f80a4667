/**
 * A walking network from LineString and MultiLineString features: each vertex is a node, each pair of
 * consecutive vertices an edge. Positions arrive rounded (positions.ts), so lines that end where
 * another starts or passes share that node and the network joins up; an edge drawn twice, or from a
 * node to itself, is kept once or dropped.
 */
import type { WalkingNetwork } from '../../engine/scenario';

export interface NetworkBuild {
  network: WalkingNetwork;
  lines: number;
}

export function buildNetwork(lines: readonly (readonly [number, number])[][]): NetworkBuild {
  const nodes: [number, number][] = [];
  const edges: [number, number][] = [];
  const nodeAt = new Map<string, number>();
  const seen = new Set<string>();
  const node = ([x, y]: readonly [number, number]) => {
    const key = `${x},${y}`;
    let k = nodeAt.get(key);
    if (k === undefined) {
      k = nodes.length;
      nodeAt.set(key, k);
      nodes.push([x, y]);
    }
    return k;
  };
  for (const line of lines) {
    for (let i = 1; i < line.length; i++) {
      const a = node(line[i - 1]);
      const b = node(line[i]);
      if (a === b) continue;
      const key = a < b ? `${a}-${b}` : `${b}-${a}`;
      if (seen.has(key)) continue;
      seen.add(key);
      edges.push([a, b]);
    }
  }
  return { network: { nodes, edges }, lines: lines.length };
}
