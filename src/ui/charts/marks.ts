/** Paths for lines with gaps and for point markers, so a series reads in grey print as well as in colour. */
import { line } from 'd3';
import type { Marker } from './palette';

/** A line through the points whose value is known; a null breaks the line (a year without the rule). */
export function linePath(xs: readonly number[], ys: readonly (number | null)[]): string {
  const points = xs.map((x, i) => [x, ys[i]] as const);
  return (
    line<readonly [number, number | null]>()
      .defined((p) => p[1] !== null && Number.isFinite(p[1]))
      .x((p) => p[0])
      .y((p) => p[1] as number)(points) ?? ''
  );
}

/** A marker of about r px radius centred on (x, y). */
export function markerPath(marker: Marker, x: number, y: number, r = 3.5): string {
  switch (marker) {
    case 'circle':
      return `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
    case 'square':
      return `M${x - r},${y - r}h${2 * r}v${2 * r}h${-2 * r}Z`;
    case 'triangle':
      return `M${x},${y - r * 1.15}L${x + r * 1.1},${y + r * 0.75}L${x - r * 1.1},${y + r * 0.75}Z`;
    case 'diamond':
      return `M${x},${y - r * 1.3}L${x + r * 1.1},${y}L${x},${y + r * 1.3}L${x - r * 1.1},${y}Z`;
  }
}
