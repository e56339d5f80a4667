/**
 * Walking on a network: footpaths as a graph whose edges are as long as the straight line between
 * their nodes in the local plane. Cells and facilities step onto their nearest node (the snap adds its
 * straight-line length to the walk); a multi-source Dijkstra from a type's open facilities gives every
 * node its walk to the nearest one. Every leg is at least its straight line, so a network walk is never
 * shorter than the straight-line distance (the triangle inequality) and coverage can only fall.
 */
import { MinHeap } from './minHeap';
import { buildNearestIndex, nearest, type NearestIndex } from './nearestIndex';

export interface PreparedNetwork {
  nodes: number;
  /** the edges of node v are adjacency[start[v]] … adjacency[start[v + 1] − 1], with their lengths */
  start: Int32Array;
  adjacency: Int32Array;
  length: Float64Array;
  /** the node each population cell steps onto, and how far */
  cellNode: Int32Array;
  cellSnap: Float64Array;
  facilityNode: Int32Array;
  facilitySnap: Float64Array;
  /** the nodes, for snapping facilities added later (a site suggestion's) */
  nodeIndex: NearestIndex;
}

/** Node coordinates and edges in the local plane; cells and facilities to snap onto it. */
export function prepareNetwork(
  nx: Float64Array,
  ny: Float64Array,
  edges: readonly (readonly [number, number])[],
  cells: { x: Float64Array; y: Float64Array },
  facilities: { x: Float64Array; y: Float64Array },
): PreparedNetwork {
  const n = nx.length;
  const degree = new Int32Array(n + 1);
  for (const [a, b] of edges) {
    degree[a + 1]++;
    degree[b + 1]++;
  }
  for (let v = 0; v < n; v++) degree[v + 1] += degree[v];
  const start = degree;
  const fill = start.slice(0, n);
  const adjacency = new Int32Array(start[n]);
  const length = new Float64Array(start[n]);
  for (const [a, b] of edges) {
    const d = Math.hypot(nx[a] - nx[b], ny[a] - ny[b]);
    adjacency[fill[a]] = b;
    length[fill[a]++] = d;
    adjacency[fill[b]] = a;
    length[fill[b]++] = d;
  }
  const index = buildNearestIndex(nx, ny);
  const snap = (xs: Float64Array, ys: Float64Array) => {
    const node = new Int32Array(xs.length);
    const dist = new Float64Array(xs.length);
    for (let i = 0; i < xs.length; i++) {
      const hit = nearest(index, xs[i], ys[i]);
      node[i] = hit.index;
      dist[i] = hit.distance;
    }
    return { node, dist };
  };
  const c = snap(cells.x, cells.y);
  const f = snap(facilities.x, facilities.y);
  return { nodes: n, start, adjacency, length, cellNode: c.node, cellSnap: c.dist, facilityNode: f.node, facilitySnap: f.dist, nodeIndex: index };
}

/**
 * Lowers dist (metres from each node to the nearest source so far) for new sources, in place. Run once
 * a year with that year's openings: paths only get shorter as facilities open, so settling from the
 * new sources alone, and stopping wherever a node is already as close to an older one, gives the same
 * distances as a fresh run from all of them.
 */
export function relaxFrom(net: PreparedNetwork, dist: Float64Array, sources: readonly number[], heap = new MinHeap()): void {
  for (const f of sources) {
    const v = net.facilityNode[f];
    if (v < 0) continue;
    const d = net.facilitySnap[f];
    if (d < dist[v]) {
      dist[v] = d;
      heap.push(d, v);
    }
  }
  while (heap.size > 0) {
    const d = heap.peekKey();
    const v = heap.peekValue();
    heap.pop();
    if (d > dist[v]) continue;
    for (let k = net.start[v]; k < net.start[v + 1]; k++) {
      const w = net.adjacency[k];
      const nd = d + net.length[k];
      if (nd < dist[w]) {
        dist[w] = nd;
        heap.push(nd, w);
      }
    }
  }
}

/** A cell's walk: its snap, then the network from its node. */
export function cellWalk(net: PreparedNetwork, dist: Float64Array, c: number): number {
  const v = net.cellNode[c];
  return v < 0 ? Infinity : net.cellSnap[c] + dist[v];
}
