/**
 * The mark nearest the pointer, found with a Delaunay triangulation of the marks' unzoomed positions:
 * hovering over 800 communities and 700 facilities needs no listener on each of them, and a small dot
 * is as easy to hit as a large one.
 */
import { Delaunay } from 'd3';
import type { Pair } from './mapGeometry';

export class Picker {
  private readonly delaunay: Delaunay<Pair> | null;
  private readonly index: number[];
  private readonly points: Pair[];

  /** points[i] null: mark i has no place and is never picked */
  constructor(points: readonly (Pair | null)[]) {
    this.index = [];
    this.points = [];
    points.forEach((p, i) => {
      if (!p || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) return;
      this.index.push(i);
      this.points.push(p);
    });
    this.delaunay = this.points.length > 0 ? Delaunay.from(this.points) : null;
  }

  /** The mark nearest (x, y) no farther than maxDistance, or −1. */
  nearest(x: number, y: number, maxDistance: number): number {
    if (!this.delaunay) return -1;
    const k = this.delaunay.find(x, y);
    const [px, py] = this.points[k];
    return Math.hypot(px - x, py - y) <= maxDistance ? this.index[k] : -1;
  }
}
